import { PredicateBadge } from '../../evaluation/components/PredicateBadge';
import { useI18n } from '../../i18n';
import type { TrendRow } from '../utils/trend';
import { TableScroll } from '../../ui/components/TableScroll';
import { formatPercent } from '../../skp/utils/achievement';

export function TrendTable({ rows }: { rows: readonly TrendRow[] }) {
  const { t, locale } = useI18n();
  const percent = (value: number | null) => (value === null ? '–' : formatPercent(value, locale));
  return (
    <TableScroll>
      <table className="table table--compact analytics-table" data-testid="trend-table">
        <caption className="visually-hidden">{t('myPerformance.chartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('myPerformance.point')}</th>
            <th scope="col">{t('myPerformance.predicate')}</th>
            <th scope="col" className="table__number">
              {t('myPerformance.predicateLevel')}
            </th>
            <th scope="col" className="table__number">
              {t('myPerformance.achievement')}
            </th>
            <th scope="col" className="table__number">
              {t('myPerformance.productivity')}
            </th>
            <th scope="col" className="table__number">
              {t('myPerformance.qualityOfWork')}
            </th>
            <th scope="col" className="table__number">
              {t('myPerformance.professionalAttitude')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                <PredicateBadge predicate={row.predicate} />
              </td>
              <td className="table__number">{row.predicateLevel}</td>
              <td className="table__number">{percent(row.achievement)}</td>
              <td className="table__number">{percent(row.productivity)}</td>
              <td className="table__number">{percent(row.qualityOfWork)}</td>
              <td className="table__number">{row.professionalAttitude}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
