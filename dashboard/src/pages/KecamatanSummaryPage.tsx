import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { loadStateOf } from '../modules/api/utils/load-state';
import { ChartPanel } from '../modules/analytics/components/ChartPanel';
import { UnitComparisonChart } from '../modules/analytics/components/UnitComparisonChart';
import { GET_KECAMATAN_SUMMARY } from '../modules/analytics/graphql/queries';
import '../modules/analytics/styles/analytics.css';
import { unitRows } from '../modules/analytics/utils/distribution';
import {
  nextUnitSort,
  readUnitSort,
  sortUnitRows,
  teamOfUnitPath,
  type UnitSort,
  type UnitSortState,
  writeUnitSort,
} from '../modules/analytics/utils/unit-summary-table';
import { useSession } from '../modules/auth/hooks/useSession';
import { useAbility } from '../modules/authz';
import { KecamatanRecaps } from '../modules/documents/components/KecamatanRecaps';
import { canDownloadKecamatanRecaps } from '../modules/documents/utils/access';
import { useI18n } from '../modules/i18n';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { QueryState } from '../modules/ui/components/QueryState';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { SortHeader } from '../modules/ui/components/SortHeader';
import { TableScroll } from '../modules/ui/components/TableScroll';
import { formatPercent } from '../modules/skp/utils/achievement';

/** Ringkasan Kecamatan: the units side by side (LEADER/HR). */
export function KecamatanSummaryPage() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const ability = useAbility();
  const canRead = ability.can('read', 'Calibration');
  const selection = useCycleSelection();
  const cycle = selection.cycle;
  const query = useQuery(GET_KECAMATAN_SUMMARY, {
    variables: { cycleId: cycle?.id ?? '' },
    skip: !canRead || !cycle,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const units = query.data?.kecamatanSummary;
  const [searchParams, setSearchParams] = useSearchParams();
  const order = readUnitSort(searchParams);
  const setOrder = (next: UnitSortState) =>
    setSearchParams((current) => writeUnitSort(current, next), { replace: true });
  // Tim Saya covers every unit for the Camat and HR: their unit names open it, narrowed.
  const drills = me.roles.includes('LEADER') || me.roles.includes('HR_ADMIN');
  const percent = (value: number | null) => (value === null ? '–' : formatPercent(value, locale));

  let content: ReactNode = null;
  if (cycle && units) {
    const rows = sortUnitRows(unitRows(units), order, locale);
    const columns: [UnitSort, string][] = [
      ['unit', t('analytics.unit')],
      ['members', t('summary.members')],
      ['approvedPlans', t('summary.approvedPlans')],
      ['planCompletion', t('summary.planCompletion')],
      ['evaluations', t('summary.evaluations')],
      ['evaluationCompletion', t('summary.evaluationCompletion')],
      ['averageAchievement', t('summary.averageAchievement')],
    ];
    const headers = columns.map(([, header]) => header);
    content = (
      <ChartPanel
        title={t('summary.chartTitle')}
        testId="summary"
        fileName={['ringkasan-kecamatan', cycle.year]}
        chart={<UnitComparisonChart rows={rows} />}
        table={
          <TableScroll>
            <table className="table table--compact analytics-table" data-testid="summary-table">
              <caption className="visually-hidden">{t('summary.chartTitle')}</caption>
              <thead>
                <tr>
                  {columns.map(([column, header], index) => (
                    <SortHeader
                      key={column}
                      text={header}
                      className={index > 0 ? 'table__number' : undefined}
                      active={order.sort === column}
                      descending={order.descending}
                      onSort={() => setOrder(nextUnitSort(order, column))}
                      testId={`summary-sort-${column}`}
                    />
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">
                      {drills ? (
                        <Link
                          to={teamOfUnitPath(row.key)}
                          aria-label={t('summary.openTeam', { unit: row.label })}
                        >
                          {row.label}
                        </Link>
                      ) : (
                        row.label
                      )}
                    </th>
                    <td className="table__number">{row.members}</td>
                    <td className="table__number">{row.approvedPlans}</td>
                    <td className="table__number">{percent(row.planCompletion)}</td>
                    <td className="table__number">
                      {row.evaluationsDone} / {row.evaluationsExpected}
                    </td>
                    <td className="table__number">{percent(row.evaluationCompletion)}</td>
                    <td className="table__number">{percent(row.averageAchievement)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        }
        csv={() => ({
          headers: [
            ...headers.slice(0, 4),
            t('summary.evaluations'),
            t('summary.evaluationsExpected'),
            ...headers.slice(5),
          ],
          rows: rows.map((row) => [
            row.label,
            row.members,
            row.approvedPlans,
            row.planCompletion,
            row.evaluationsDone,
            row.evaluationsExpected,
            row.evaluationCompletion,
            row.averageAchievement,
          ]),
        })}
      />
    );
  }

  return (
    <div className="page__content">
      <PageHeader title={t('summary.title')} subtitle={t('summary.subtitle')}>
        {canRead && cycle && <CycleSelect selection={selection} />}
      </PageHeader>
      {canRead && cycle && canDownloadKecamatanRecaps(ability) && (
        <KecamatanRecaps cycleId={cycle.id} year={cycle.year} />
      )}
      {canRead ? (
        <QueryState
          loads={[selection]}
          noCycle={!cycle}
          query={loadStateOf(query, units)}
          empty={units?.length === 0 && <EmptyState title={t('summary.empty')} icon="chart" />}
          cards={2}
          testId="summary-loading"
        >
          {content}
        </QueryState>
      ) : (
        <EmptyState title={t('summary.forbidden')} icon="lock" />
      )}
    </div>
  );
}
