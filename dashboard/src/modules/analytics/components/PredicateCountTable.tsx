import { PredicateBadge } from '../../evaluation/components/PredicateBadge';
import { PREDICATES } from '../../evaluation/types';
import { useI18n } from '../../i18n';
import { formatNumber } from '../../ui/utils/format';
import type { GroupRow, StackedRow } from '../utils/distribution';
import { TableScroll } from '../../ui/components/TableScroll';

/** The numbers behind a stacked predicate chart; suppressed groups say so instead of counting. */
export function PredicateCountTable({
  rows,
  labelHeader,
  caption,
  testId,
}: {
  rows: readonly (StackedRow | GroupRow)[];
  labelHeader: string;
  caption: string;
  testId?: string;
}) {
  const { t, locale } = useI18n();
  return (
    <TableScroll>
      <table className="table table--compact analytics-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            {PREDICATES.map((predicate) => (
              <th scope="col" key={predicate} className="table__number">
                <PredicateBadge predicate={predicate} />
              </th>
            ))}
            <th scope="col" className="table__number">
              {t('team.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              data-suppressed={'suppressed' in row && row.suppressed ? '' : undefined}
            >
              <th scope="row">{row.label}</th>
              {'suppressed' in row && row.suppressed ? (
                <td colSpan={PREDICATES.length + 1} className="muted">
                  {t('analysis.suppressed')}
                </td>
              ) : (
                <>
                  {PREDICATES.map((predicate) => (
                    <td key={predicate} className="table__number">
                      {formatNumber(row[predicate], locale)}
                    </td>
                  ))}
                  <td className="table__number">{formatNumber(row.total, locale)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
