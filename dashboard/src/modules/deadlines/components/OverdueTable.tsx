import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { significantError } from '../../api/utils/graphql-errors';
import { useI18n } from '../../i18n';
import { CardError } from '../../home/components/HomeCard';
import { Skeleton } from '../../ui/components/Skeleton';
import { GET_OVERDUE_ITEMS } from '../graphql/queries';
import type { OverdueItem } from '../types';
import { formatDay, sortByDaysLate, type SortDirection } from '../utils/deadlines';
import { SortHeader } from '../../ui/components/SortHeader';
import { SelectField } from '../../ui/components/SelectField';
import { TableScroll } from '../../ui/components/TableScroll';
import { PHONE_QUERY, useMediaQuery } from '../../ui/hooks/useMediaQuery';

/** The team page's rows at most; the count above says when there are more. */
const TABLE_ROWS = 500;
/** Rows shown before the reader asks for all: the most days late, so the charts stay near. */
export const PREVIEW_ROWS = 10;

/** Who in a unit is behind, by what and since when; sortable by days late. A card each on a phone. */
export function OverdueTable({ unitId, cycleId }: { unitId: string; cycleId: string }) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const tableId = useId();
  const [direction, setDirection] = useState<SortDirection>('descending');
  const [expanded, setExpanded] = useState(false);
  const isPhone = useMediaQuery(PHONE_QUERY);
  const query = useQuery(GET_OVERDUE_ITEMS, {
    variables: { cycleId, unitId, first: TABLE_ROWS },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const list = query.data?.overdueItems;
  const loadError = list ? undefined : significantError(query.error);

  let body;
  if (query.loading && !list)
    body = (
      <div aria-busy="true" data-testid="overdue-loading">
        <span className="visually-hidden" role="status">
          {t('common.loading')}
        </span>
        <Skeleton width="90%" />
        <Skeleton width="70%" />
      </div>
    );
  else if (loadError || !list)
    body = (
      <CardError error={loadError} onRetry={() => void query.refetch()} testId="overdue-error" />
    );
  else if (list.totalCount === 0)
    body = (
      <p className="muted" data-testid="overdue-empty">
        {t('deadlines.table.none')}
      </p>
    );
  else {
    const sorted = sortByDaysLate(list.items, direction);
    const rows = expanded ? sorted : sorted.slice(0, PREVIEW_ROWS);
    const keyOf = (item: OverdueItem, index: number) =>
      `${item.employee?.id ?? index}-${item.kind}-${item.period ?? ''}`;
    const who = (item: OverdueItem) =>
      item.employee ? (
        <Link to={`/pegawai/${item.employee.id}`} className="employee-name__link">
          {item.employee.name ?? item.employee.id}
        </Link>
      ) : (
        '–'
      );
    const what = (item: OverdueItem) => (
      <>
        {t(`deadlines.kind.${item.kind}`)}
        {item.period && item.period !== 'ANNUAL' && (
          <span className="muted"> · {t(`period.${item.period}`)}</span>
        )}
      </>
    );
    const late = (item: OverdueItem) => t('deadlines.daysLate', { days: item.daysLate });
    body = (
      <>
        {isPhone ? (
          // On a phone each item is a card, days late beside what is late: five columns would
          // push them out of sight. The order is a select there, as on the team's cards.
          <>
            <SelectField
              className="field overdue-table__order"
              label={t('deadlines.table.order')}
              value={direction}
              options={(['descending', 'ascending'] as const).map((value) => ({
                value,
                label: t(`deadlines.table.order.${value}`),
              }))}
              onChange={(value) => setDirection(value as SortDirection)}
            />
            <ul
              className="team-cards"
              id={tableId}
              aria-label={t('deadlines.table.caption')}
              data-testid="overdue-table"
            >
              {rows.map((item, index) => (
                <li
                  key={keyOf(item, index)}
                  className="team-card"
                  data-testid="overdue-row"
                  data-kind={item.kind}
                >
                  <div className="team-card__who">{who(item)}</div>
                  <dl className="team-card__facts">
                    <div>
                      <dt>{t('deadlines.table.kind')}</dt>
                      <dd>{what(item)}</dd>
                    </div>
                    <div>
                      <dt>{t('deadlines.table.daysLate')}</dt>
                      <dd className="overdue">{late(item)}</dd>
                    </div>
                    <div>
                      <dt>{t('deadlines.table.dueOn')}</dt>
                      <dd>{formatDay(item.dueOn, locale)}</dd>
                    </div>
                    <div>
                      <dt>{t('deadlines.table.responsible')}</dt>
                      <dd>{item.responsible?.name ?? '–'}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <TableScroll>
            <table
              className="table table--compact analytics-table"
              data-testid="overdue-table"
              id={tableId}
            >
              <caption className="visually-hidden">{t('deadlines.table.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('deadlines.table.employee')}</th>
                  <th scope="col">{t('deadlines.table.kind')}</th>
                  <th scope="col">{t('deadlines.table.dueOn')}</th>
                  <SortHeader
                    text={t('deadlines.table.daysLate')}
                    className="table__number"
                    active
                    descending={direction === 'descending'}
                    onSort={() =>
                      setDirection(direction === 'descending' ? 'ascending' : 'descending')
                    }
                    testId="overdue-sort"
                  />
                  <th scope="col">{t('deadlines.table.responsible')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((item, index) => (
                  <tr key={keyOf(item, index)} data-testid="overdue-row" data-kind={item.kind}>
                    <td>{who(item)}</td>
                    <td>{what(item)}</td>
                    <td>{formatDay(item.dueOn, locale)}</td>
                    <td className="table__number overdue">{late(item)}</td>
                    <td>{item.responsible?.name ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {sorted.length > PREVIEW_ROWS && (
          <button
            type="button"
            className="button button--ghost button--small overdue-table__toggle"
            aria-expanded={expanded}
            aria-controls={tableId}
            onClick={() => setExpanded(!expanded)}
            data-testid="overdue-toggle"
          >
            {expanded
              ? t('deadlines.table.showFewer', { count: PREVIEW_ROWS })
              : t('deadlines.table.showAll', { count: sorted.length })}
          </button>
        )}
        {list.totalCount > list.items.length && (
          <p className="muted small">
            {t('deadlines.table.more', { shown: list.items.length, total: list.totalCount })}
          </p>
        )}
      </>
    );
  }

  return (
    <section className="card" aria-labelledby={titleId} data-testid="team-overdue">
      <h2 className="card__title" id={titleId}>
        {t('deadlines.table.title', { count: list?.totalCount ?? 0 })}
      </h2>
      {body}
    </section>
  );
}
