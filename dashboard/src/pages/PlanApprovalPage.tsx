import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useI18n } from '../modules/i18n';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { QueryState } from '../modules/ui/components/QueryState';
import { PlanStatusBadge } from '../modules/skp/components/PlanStatusBadge';
import { GET_APPROVALS } from '../modules/skp/graphql/queries';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { useMyPlace } from '../modules/employees/hooks/useMyPlace';
import { formatDateTime } from '../modules/ui/utils/format';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import { PHONE_QUERY, useMediaQuery } from '../modules/ui/hooks/useMediaQuery';
import type { GetApprovalsQuery, TeamPlanFieldsFragment } from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { TableScroll } from '../modules/ui/components/TableScroll';

type DirectReport = GetApprovalsQuery['directReports']['edges'][number]['node'];

export interface TeamRow {
  employee: DirectReport;
  plan: TeamPlanFieldsFragment | null;
}

/** Every direct report with their plan of the cycle (or none), plus plans of people no longer listed. */
export function teamRows({
  plans,
  reports,
}: {
  plans: readonly TeamPlanFieldsFragment[];
  reports: readonly DirectReport[];
}): TeamRow[] {
  const planByEmployee = new Map(plans.map((plan) => [plan.employee?.id, plan]));
  const rows: TeamRow[] = reports.map((employee) => ({
    employee,
    plan: planByEmployee.get(employee.id) ?? null,
  }));
  const listed = new Set(reports.map((employee) => employee.id));
  for (const plan of plans) {
    if (plan.employee && !listed.has(plan.employee.id))
      rows.push({ employee: plan.employee, plan });
  }
  return rows;
}

export function PlanApprovalPage() {
  const { t } = useI18n();
  const place = useMyPlace();
  const selection = useCycleSelection();
  const employee = place.employee;
  const supervises = Boolean(employee && place.me?.isSupervisor);
  const cycle = selection.cycle;
  const approvals = useQuery(GET_APPROVALS, {
    variables: { cycleId: cycle?.id ?? '', evaluatorId: employee?.id ?? '' },
    skip: !cycle || !supervises,
    errorPolicy: 'all',
    // A decision taken on the review page must not leave the plan in a stale queue.
    fetchPolicy: 'cache-and-network',
  });
  const data = approvals.data;
  const cycleQuery = cycle ? `?siklus=${cycle.id}` : '';

  let content: ReactNode = null;
  if (data) {
    const queue = data.queue.edges.map((edge) => edge.node);
    const rows = teamRows({
      plans: data.team.edges.map((edge) => edge.node),
      reports: data.directReports.edges.map((edge) => edge.node),
    });
    content = (
      <>
        <section className="plan-section" aria-labelledby="queue-title">
          <div className="section-head">
            <h2 className="section-head__title" id="queue-title">
              {t('approval.queue', { count: queue.length })}
            </h2>
          </div>
          {queue.length === 0 ? (
            <EmptyState
              title={t('approval.queueEmpty')}
              body={t('approval.queueEmptyHint')}
              icon="checkList"
            />
          ) : (
            <PlanRows
              rows={queue.map((plan) => ({
                employee: plan.employee ?? {
                  __typename: 'Employee',
                  id: '',
                  name: null,
                  position: null,
                },
                plan,
              }))}
              linkSuffix={cycleQuery}
              testId="approval-queue"
              primary
            />
          )}
        </section>
        <section className="plan-section" aria-labelledby="team-title">
          <div className="section-head">
            <h2 className="section-head__title" id="team-title">
              {t('approval.team')}
            </h2>
          </div>
          {rows.length === 0 ? (
            <EmptyState title={t('approval.teamEmpty')} icon="users" />
          ) : (
            <PlanRows rows={rows} linkSuffix={cycleQuery} testId="team-plans" />
          )}
        </section>
      </>
    );
  }

  return (
    <div className="page__content">
      <PageHeader title={t('approval.title')} subtitle={t('approval.subtitle')}>
        {selection.cycles.length > 0 && cycle && <CycleSelect selection={selection} />}
      </PageHeader>
      <QueryState
        loads={[place, selection]}
        blocker={!supervises && <EmptyState title={t('approval.notSupervisor')} icon="lock" />}
        noCycle={!cycle}
        query={loadStateOf(approvals, data)}
        testId="approval-loading"
      >
        {content}
      </QueryState>
    </div>
  );
}

function PlanRows({
  rows,
  linkSuffix,
  testId,
  primary = false,
}: {
  rows: TeamRow[];
  linkSuffix: string;
  testId: string;
  primary?: boolean;
}) {
  const { t, locale } = useI18n();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const action = (row: TeamRow) =>
    row.plan && (
      <Link
        to={`/persetujuan/${row.plan.id}${linkSuffix}`}
        className={`button button--small ${primary ? 'button--primary' : 'button--secondary'}`}
        aria-label={`${primary ? t('approval.open') : t('approval.view')}: ${row.employee.name ?? ''}`}
      >
        {primary ? t('approval.open') : t('approval.view')}
        <Icon name="chevronRight" size={16} />
      </Link>
    );
  const status = (row: TeamRow) =>
    row.plan ? (
      <PlanStatusBadge status={row.plan.status} />
    ) : (
      <span className="badge badge--muted">{t('approval.noPlan')}</span>
    );

  if (isPhone) {
    return (
      <ul className="plan-cards" data-testid={testId}>
        {rows.map((row) => (
          <li
            key={row.plan?.id ?? row.employee.id}
            className="card plan-card"
            data-testid="plan-row"
          >
            <div className="plan-card__head">
              <div className="plan-card__who">
                <span className="plan-card__name">
                  {row.employee.name ?? t('directory.nameHidden')}
                </span>
                {row.employee.position && (
                  <span className="muted small">{row.employee.position.title}</span>
                )}
              </div>
              {status(row)}
            </div>
            {row.plan?.submittedAt && (
              <span className="muted small">
                {t('approval.submittedAt')}: {formatDateTime(row.plan.submittedAt, locale)}
              </span>
            )}
            {action(row)}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <TableScroll
      label={
        testId === 'approval-queue'
          ? t('approval.queue', { count: rows.length })
          : t('approval.team')
      }
    >
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('approval.employee')}</th>
            <th scope="col">{t('approval.status')}</th>
            <th scope="col">{t('approval.submittedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('approval.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.plan?.id ?? row.employee.id} data-testid="plan-row">
              <td>
                <div className="plan-card__who">
                  <span className="plan-card__name">
                    {row.employee.name ?? t('directory.nameHidden')}
                  </span>
                  {row.employee.position && (
                    <span className="muted small">{row.employee.position.title}</span>
                  )}
                </div>
              </td>
              <td>{status(row)}</td>
              <td>{formatDateTime(row.plan?.submittedAt, locale)}</td>
              <td className="table__action">{action(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
