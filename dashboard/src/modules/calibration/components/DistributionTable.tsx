import { PredicateBadge } from '../../evaluation/components/PredicateBadge';
import { useI18n } from '../../i18n';
import { formatPercent } from '../../skp/utils/achievement';
import { formatNumber } from '../../ui/utils/format';
import type { DistributionRow } from '../utils/distribution';
import { TableScroll } from '../../ui/components/TableScroll';

export function DistributionTable({
  rows,
  total,
}: {
  rows: readonly DistributionRow[];
  total: number;
}) {
  const { t, locale } = useI18n();
  return (
    <TableScroll>
      <table className="table table--compact" data-testid="distribution-table">
        <caption className="visually-hidden">{t('calibration.distribution')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.predicate')}</th>
            <th scope="col" className="table__number">
              {t('calibration.count')}
            </th>
            <th scope="col" className="table__number">
              {t('calibration.percentage')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.predicate}>
              <td>
                <PredicateBadge predicate={row.predicate} />
              </td>
              <td className="table__number">{formatNumber(row.count, locale)}</td>
              <td className="table__number">{formatPercent(row.percentage, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('calibration.total')}</th>
            <td className="table__number">{formatNumber(total, locale)}</td>
            <td className="table__number">{total > 0 ? formatPercent(100, locale) : '–'}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
