import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { loadStateOf } from '../modules/api/utils/load-state';
import { DownloadButton } from '../modules/documents/components/DownloadButton';
import { EvaluationStatusBadge } from '../modules/evaluation/components/EvaluationStatusBadge';
import { PredicateBadge } from '../modules/evaluation/components/PredicateBadge';
import { GET_TEAM_EVALUATIONS } from '../modules/evaluation/graphql/queries';
import { useOpeningPeriod } from '../modules/evaluation/hooks/useOpeningPeriod';
import { usePeriodParam } from '../modules/evaluation/hooks/usePeriodParam';
import { useI18n } from '../modules/i18n';
import { AchievementBar } from '../modules/skp/components/AchievementBar';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { PeriodTabs } from '../modules/cycles/components/PeriodTabs';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { useMyPlace } from '../modules/employees/hooks/useMyPlace';
import { QueryState } from '../modules/ui/components/QueryState';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import { PHONE_QUERY, useMediaQuery } from '../modules/ui/hooks/useMediaQuery';
import type {
  GetTeamEvaluationsQuery,
  Period,
  TeamEvaluationFieldsFragment,
} from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/evaluation/styles/evaluation.css';
import '../modules/skp/styles/skp.css';
import { TableScroll } from '../modules/ui/components/TableScroll';

type TeamPlan = GetTeamEvaluationsQuery['performancePlans']['edges'][number]['node'];

export interface EvaluationRow {
  plan: TeamPlan;
  evaluation: TeamEvaluationFieldsFragment | null;
}

export function EvaluationTeamPage() {
  const { t } = useI18n();
  const place = useMyPlace();
  const selection = useCycleSelection();
  const employee = place.employee;
  const supervises = Boolean(employee && place.me?.isSupervisor);
  const cycle = selection.cycle;
  const opening = useOpeningPeriod({
    cycleId: cycle?.id,
    evaluatorId: employee?.id,
    skip: !supervises,
  });
  const { period, reportable, setPeriod, ready } = usePeriodParam(cycle, opening);
  const team = useQuery(GET_TEAM_EVALUATIONS, {
    variables: { cycleId: cycle?.id ?? '', evaluatorId: employee?.id ?? '', period },
    skip: !cycle || !supervises || !ready,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const data = team.data;

  let content: ReactNode = null;
  if (data) {
    const byPlan = new Map(
      data.evaluations.edges.map(({ node }) => [node.plan?.id ?? '', node] as const),
    );
    const rows: EvaluationRow[] = data.performancePlans.edges.map(({ node }) => ({
      plan: node,
      evaluation: byPlan.get(node.id) ?? null,
    }));
    const done = rows.filter((row) => row.evaluation && row.evaluation.status !== 'DRAFT').length;
    content =
      rows.length === 0 ? (
        <EmptyState
          title={t('evaluation.teamEmpty')}
          body={t('evaluation.teamEmptyHint')}
          icon="users"
        />
      ) : (
        <section className="plan-section" aria-labelledby="team-evaluations-title">
          <div className="section-head">
            <h2 className="section-head__title" id="team-evaluations-title">
              {t('evaluation.teamProgress', {
                done,
                total: rows.length,
                period: t(`periodLong.${period}`),
              })}
            </h2>
            {cycle && (
              <DownloadButton
                href={`/exports/recap.xlsx?cycleId=${cycle.id}&period=${period}`}
                label="documents.recap"
                fallbackName="Rekap_Kinerja.xlsx"
              />
            )}
          </div>
          <EvaluationRows rows={rows} period={period} />
        </section>
      );
  }

  return (
    <div className="page__content">
      <PageHeader title={t('evaluation.title')} subtitle={t('evaluation.subtitle')}>
        {selection.cycles.length > 0 && cycle && <CycleSelect selection={selection} />}
      </PageHeader>
      {cycle && supervises && ready && (
        <PeriodTabs value={period} reportable={reportable} onChange={setPeriod} />
      )}
      <div className="report-body">
        <QueryState
          loads={[place, selection]}
          blocker={!supervises && <EmptyState title={t('approval.notSupervisor')} icon="lock" />}
          noCycle={!cycle}
          query={ready ? loadStateOf(team, data) : { loading: true, error: null, retry: () => {} }}
          testId="evaluations-loading"
        >
          {content}
        </QueryState>
      </div>
    </div>
  );
}

function EvaluationRows({ rows, period }: { rows: EvaluationRow[]; period: Period }) {
  const { t } = useI18n();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const action = (row: EvaluationRow) => {
    const name = row.plan.employee?.name ?? '';
    const status = row.evaluation?.status;
    const label = !status
      ? t('evaluation.start')
      : status === 'DRAFT'
        ? t('evaluation.continue')
        : t('approval.view');
    const document =
      row.evaluation && row.evaluation.status !== 'DRAFT' ? (
        <DownloadButton
          href={`/documents/evaluation/${row.evaluation.id}.pdf`}
          label="documents.evaluationShort"
          fallbackName="Evaluasi.pdf"
          ariaLabel={t('documents.evaluationOf', { name })}
          small
        />
      ) : null;
    return (
      <>
        <Link
          to={`/penilaian/${row.plan.id}/${period}`}
          className={`button button--small ${status && status !== 'DRAFT' ? 'button--secondary' : 'button--primary'}`}
          aria-label={`${label}: ${name}`}
        >
          {label}
          <Icon name="chevronRight" size={16} />
        </Link>
        {document}
      </>
    );
  };
  const who = (row: EvaluationRow) => (
    <div className="plan-card__who">
      <span className="plan-card__name">
        {row.plan.employee?.name ?? t('directory.nameHidden')}
      </span>
      {row.plan.employee?.position && (
        <span className="muted small">{row.plan.employee.position.title}</span>
      )}
    </div>
  );
  const achievement = (row: EvaluationRow) => (
    <AchievementBar value={row.plan.achievement} label={row.plan.employee?.name ?? ''} />
  );

  if (isPhone) {
    return (
      <ul className="plan-cards" data-testid="team-evaluations">
        {rows.map((row) => (
          <li key={row.plan.id} className="card plan-card" data-testid="evaluation-row">
            <div className="plan-card__head">
              {who(row)}
              <div className="badge-stack">
                <EvaluationStatusBadge status={row.evaluation?.status} />
                <PredicateBadge predicate={row.evaluation?.predicate} />
              </div>
            </div>
            {achievement(row)}
            {action(row)}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <TableScroll label={t('evaluation.title')}>
      <table className="table" data-testid="team-evaluations">
        <thead>
          <tr>
            <th scope="col">{t('approval.employee')}</th>
            <th scope="col">{t('evaluation.achievement')}</th>
            <th scope="col">{t('approval.status')}</th>
            <th scope="col">{t('evaluation.predicate')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('approval.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.plan.id} data-testid="evaluation-row">
              <td>{who(row)}</td>
              <td className="table__achievement">{achievement(row)}</td>
              <td>
                <EvaluationStatusBadge status={row.evaluation?.status} />
              </td>
              <td>
                <PredicateBadge predicate={row.evaluation?.predicate} />
              </td>
              <td className="table__action">
                <span className="table__actions">{action(row)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
