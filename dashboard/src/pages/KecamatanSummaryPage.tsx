import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { loadStateOf } from '../modules/api/utils/load-state';
import { ChartPanel } from '../modules/analytics/components/ChartPanel';
import { UnitComparisonChart } from '../modules/analytics/components/UnitComparisonChart';
import { GET_KECAMATAN_SUMMARY } from '../modules/analytics/graphql/queries';
import '../modules/analytics/styles/analytics.css';
import { unitRows } from '../modules/analytics/utils/distribution';
import { useAbility } from '../modules/authz';
import { KecamatanRecaps } from '../modules/documents/components/KecamatanRecaps';
import { canDownloadKecamatanRecaps } from '../modules/documents/utils/access';
import { useI18n } from '../modules/i18n';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { QueryState } from '../modules/ui/components/QueryState';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { TableScroll } from '../modules/ui/components/TableScroll';

/** Ringkasan Kecamatan: the units side by side (LEADER/HR). */
export function KecamatanSummaryPage() {
  const { t, locale } = useI18n();
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
  const percent = (value: number | null) =>
    value === null
      ? '–'
      : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} %`;

  let content: ReactNode = null;
  if (cycle && units) {
    const rows = unitRows(units);
    const headers = [
      t('analytics.unit'),
      t('summary.members'),
      t('summary.approvedPlans'),
      t('summary.planCompletion'),
      t('summary.evaluations'),
      t('summary.evaluationCompletion'),
      t('summary.averageAchievement'),
    ];
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
                  {headers.map((header, index) => (
                    <th key={header} scope="col" className={index ? 'table__number' : undefined}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
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
