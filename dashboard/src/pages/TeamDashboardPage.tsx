import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { hasErrorCode } from '../modules/api/utils/graphql-errors';
import { loadStateOf } from '../modules/api/utils/load-state';
import { ChartPanel } from '../modules/analytics/components/ChartPanel';
import { PendingActions } from '../modules/analytics/components/PendingActions';
import { PredicateCountTable } from '../modules/analytics/components/PredicateCountTable';
import { PredicateStackChart } from '../modules/analytics/components/PredicateStackChart';
import { TeamMembersTable } from '../modules/analytics/components/TeamMembersTable';
import { TeamFilters, TeamPager } from '../modules/analytics/components/TeamTableControls';
import { TeamTrendPanel } from '../modules/analytics/components/TeamTrendPanel';
import { UnitPicker } from '../modules/analytics/components/UnitPicker';
import { GET_TEAM_PAGE } from '../modules/analytics/graphql/queries';
import { useUnitSelection } from '../modules/analytics/hooks/useAnalyticsPlace';
import { useTeamTable } from '../modules/analytics/hooks/useTeamTable';
import {
  hasTeamFilter,
  nextSort,
  teamPageVariables,
  teamUnitChoices,
} from '../modules/analytics/utils/team-table';
import '../modules/analytics/styles/analytics.css';
import '../modules/deadlines/styles/deadlines.css';
import { periodStackedRows } from '../modules/analytics/utils/distribution';
import { teamTrendRows } from '../modules/analytics/utils/trend';
import { useSession } from '../modules/auth/hooks/useSession';
import { OverdueTable } from '../modules/deadlines/components/OverdueTable';
import { PREDICATES } from '../modules/evaluation/types';
import { useI18n } from '../modules/i18n';
import { curveRuleText } from '../modules/calibration/utils/curve-rule-text';
import { formatPercent } from '../modules/skp/utils/achievement';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { QueryState } from '../modules/ui/components/QueryState';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import { DownloadButton } from '../modules/documents/components/DownloadButton';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/evaluation/styles/evaluation.css';

/** Tim Saya: the viewer's team in a unit and cycle (their own line; everyone for LEADER/HR). */
export function TeamDashboardPage() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const allowed =
    Boolean(me.isSupervisor) || me.roles.includes('LEADER') || me.roles.includes('HR_ADMIN');
  const selection = useCycleSelection();
  const place = useUnitSelection();
  const cycle = selection.cycle;
  const unit = place.unit;
  const table = useTeamTable();
  const query = useQuery(GET_TEAM_PAGE, {
    variables: {
      unitId: unit?.id ?? '',
      cycleId: cycle?.id ?? '',
      ...teamPageVariables(table.state),
    },
    skip: !allowed || !unit || !cycle,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  // While another page or filter loads, the last one stays (same unit and cycle only): the
  // filters keep their focus and the table does not blink.
  const previous = query.previousData?.teamDashboard;
  const team =
    query.data?.teamDashboard ??
    (previous && previous.unitId === unit?.id && previous.cycleId === cycle?.id
      ? previous
      : undefined);

  let content: ReactNode = null;
  if (cycle && unit && team) {
    const page = team.memberPage;
    const distribution = periodStackedRows(team.predicateDistribution, (period) =>
      t(`period.${period}`),
    );
    const trend = teamTrendRows(team.averageTrend, t('period.ANNUAL'));
    const fileBase = ['tim', unit.name, cycle.year];
    content = (
      <div className="analytics-stack">
        <section className="card" aria-labelledby="team-members-title">
          <h2 className="card__title" id="team-members-title">
            {t('team.members', { count: page.totalCount })}
          </h2>
          <TeamFilters
            state={table.state}
            units={teamUnitChoices({
              tree: place.units,
              teamUnitId: unit.id,
              memberUnitIds: team.memberUnits.map((memberUnit) => memberUnit.id),
              selected: table.state.unit,
            })}
            onChange={table.update}
          />
          {page.members.length === 0 ? (
            <p className="muted" data-testid="team-no-match">
              {hasTeamFilter(table.state) ? t('team.noMatch') : t('team.noMembers')}
            </p>
          ) : (
            <TeamMembersTable
              members={page.members}
              caption={t('team.members', { count: page.totalCount })}
              sorting={{
                sort: table.state.sort,
                descending: table.state.descending,
                onSort: (column) => table.update(nextSort(table.state, column)),
              }}
            />
          )}
          <TeamPager
            page={table.state.page}
            totalCount={page.totalCount}
            onPage={(next) => table.update({ page: next })}
          />
        </section>
        <section className="card" aria-labelledby="team-pending-title">
          <h2 className="card__title" id="team-pending-title">
            {t('team.pending', { count: team.pendingActions.length })}
          </h2>
          <PendingActions actions={team.pendingActions} />
        </section>
        <OverdueTable unitId={unit.id} cycleId={cycle.id} />
        <div className="analytics-grid">
          <ChartPanel
            title={t('team.distribution')}
            testId="team-distribution"
            fileName={[...fileBase, 'sebaran']}
            chart={
              distribution.length === 0 ? (
                <p className="muted">{t('team.noDistribution')}</p>
              ) : (
                <PredicateStackChart rows={distribution} testId="team-distribution-chart" />
              )
            }
            table={
              <PredicateCountTable
                rows={distribution}
                labelHeader={t('analytics.period')}
                caption={t('team.distribution')}
                testId="team-distribution-table"
              />
            }
            csv={() => ({
              headers: [
                t('analytics.period'),
                ...PREDICATES.map((predicate) => t(`predicate.${predicate}`)),
                t('team.total'),
              ],
              rows: distribution.map((row) => [
                row.label,
                ...PREDICATES.map((predicate) => row[predicate]),
                row.total,
              ]),
            })}
          />
          <TeamTrendPanel rows={trend} members={page.members} fileName={[...fileBase, 'tren']} />
        </div>
        {team.curveCheck && (
          <section className="card" aria-labelledby="team-curve-title" data-testid="team-curve">
            <div className="section-head">
              <h2 className="card__title" id="team-curve-title">
                {t('team.curveCheck')}
              </h2>
              {team.curveCheck.passed !== null && (
                <span
                  className={`badge ${team.curveCheck.passed ? 'badge--plan-approved' : 'badge--plan-returned'}`}
                >
                  {team.curveCheck.passed ? t('team.curvePassed') : t('team.curveFailed')}
                </span>
              )}
            </div>
            {team.curveCheck.organizationPredicate === null ? (
              <p className="muted">{t('team.curveNoPredicate')}</p>
            ) : (
              <ul className="curve-list">
                {team.curveCheck.rules.map((rule) => (
                  <li key={rule.rule} className="curve-list__item">
                    <Icon name={rule.passed ? 'check' : 'alert'} size={18} />
                    <span>
                      {curveRuleText(t, rule)}:{' '}
                      {t('calibration.actual', {
                        count: rule.count,
                        total: team.curveCheck!.total,
                        percent: formatPercent(rule.actualPercent, locale),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    );
  }

  return (
    <div className="page__content">
      <PageHeader title={t('team.title')} subtitle={t('team.subtitle')}>
        {allowed && cycle && unit && (
          <>
            <UnitPicker units={place.units} value={unit.id} onChange={place.setUnitId} />
            <CycleSelect selection={selection} />
            <DownloadButton
              href={`/exports/recap.xlsx?cycleId=${cycle.id}&unitId=${unit.id}&period=ANNUAL`}
              label="documents.recap"
              fallbackName="Rekap_Kinerja.xlsx"
            />
            <DownloadButton
              href={`/exports/jp-recap.xlsx?cycleId=${cycle.id}&unitId=${unit.id}`}
              label="documents.jpRecap"
              fallbackName="Rekap_JP.xlsx"
            />
          </>
        )}
      </PageHeader>
      {allowed ? (
        <QueryState
          loads={[selection, place]}
          blocker={
            !team &&
            hasErrorCode(query.error, 'FORBIDDEN') && (
              <EmptyState title={t('team.noTeam')} body={t('team.noTeamHint')} icon="users" />
            )
          }
          noCycle={!cycle || !unit}
          query={loadStateOf(query, team)}
          testId="team-loading"
        >
          {content}
        </QueryState>
      ) : (
        <EmptyState title={t('team.forbidden')} icon="lock" />
      )}
    </div>
  );
}
