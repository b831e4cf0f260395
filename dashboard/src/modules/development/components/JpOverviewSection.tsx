import { useQuery } from '@apollo/client/react';
import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { loadStateOf } from '../../api/utils/load-state';
import { useI18n } from '../../i18n';
import { formatNumber } from '../../ui/utils/format';
import { QueryState } from '../../ui/components/QueryState';
import { Notice } from '../../ui/components/Notice';
import { SearchField } from '../../ui/components/SearchField';
import { clampSearch } from '../../ui/utils/search-limits';
import { TeamPager } from '../../analytics/components/TeamTableControls';
import { GET_JP_OVERVIEW } from '../graphql/queries';
import {
  JP_PARAMS,
  type JpTableState,
  nextJpSort,
  readJpTable,
  writeJpTable,
} from '../utils/jp-table';
import { JpMembersTable } from './JpMembersTable';

const PAGE_SIZE = 50;
/** `?kurangjp=1`: only those below target; `0`: everyone (kept in the URL, shareable). */
export const BELOW_TARGET_PARAM = JP_PARAMS.belowOnly;
/** `?cari=`: part of a name or the start of a NIP (as on Tim Saya). */
export const SEARCH_PARAM = JP_PARAMS.search;

/**
 * JP totals of everyone the viewer may read (in a unit), who is below target, a page at a time in
 * the order chosen; search, filters, order and page are kept in the URL.
 */
export function JpOverviewSection({
  cycleId,
  unitId = null,
  title,
  selfId,
  memberLink,
  initialBelowOnly = false,
  pageSize = PAGE_SIZE,
  unitFilter = false,
}: {
  cycleId: string;
  /** The unit the page has chosen; with `unitFilter` the table offers its own choice instead. */
  unitId?: string | null;
  title: string;
  selfId?: string;
  memberLink?: (employeeId: string) => string | null;
  /** Start with only the PNS below 20 JP listed (the kecamatan view). */
  initialBelowOnly?: boolean;
  pageSize?: number;
  /** Offer a choice of the units in the viewer's scope (kept in the URL as `?unit=`). */
  unitFilter?: boolean;
}) {
  const { t, locale } = useI18n();
  const filterId = useId();
  const unitSelectId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readJpTable(searchParams);
  const belowTargetOnly = state.belowOnly ?? initialBelowOnly;
  const search = clampSearch(state.search);
  const chosenUnit = unitFilter ? state.unitId : unitId;
  const update = (change: Partial<JpTableState>) =>
    setSearchParams((current) => writeJpTable(current, change, unitFilter), { replace: true });
  const query = useQuery(GET_JP_OVERVIEW, {
    variables: {
      cycleId,
      unitId: chosenUnit,
      belowTargetOnly,
      search: search.trim() || null,
      sort: state.sort,
      descending: state.descending,
      offset: (state.page - 1) * pageSize,
      limit: pageSize,
    },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  // While another order or page loads, the last one stays in view (marked busy).
  const overview = query.data?.developmentHours ?? query.previousData?.developmentHours;
  const units = overview?.units ?? [];

  let content: ReactNode = null;
  if (overview) {
    const { totals } = overview;
    const page = overview.memberPage;
    const members = page.members;
    content = (
      <>
        <dl className="jp-totals" data-testid="jp-totals">
          <div>
            <dt>{t('development.jp.totalEmployees')}</dt>
            <dd>{formatNumber(totals.employees, locale)}</dd>
          </div>
          <div>
            <dt>{t('development.jp.totalDone')}</dt>
            <dd>{formatNumber(totals.jpDone, locale)}</dd>
          </div>
          <div>
            <dt>{t('development.jp.totalPlanned')}</dt>
            <dd>{formatNumber(totals.jpPlanned, locale)}</dd>
          </div>
          <div>
            <dt>{t('development.jp.totalBelow')}</dt>
            <dd data-testid="jp-below-count">
              {t('development.jp.belowOfPns', { count: totals.pnsBelowTarget, pns: totals.pns })}
            </dd>
          </div>
        </dl>
        {overview.yearRunningOut && totals.pnsBelowTarget > 0 && (
          <Notice tone="warning">
            {t('development.jp.runningOut', { count: totals.pnsBelowTarget, year: overview.year })}
          </Notice>
        )}
        {members.length === 0 ? (
          <p className="muted">
            {search.trim() || (unitFilter && chosenUnit)
              ? t('development.jp.noMatch')
              : belowTargetOnly
                ? t('development.jp.noneBelow')
                : t('development.jp.noMembers')}
          </p>
        ) : (
          <div aria-busy={query.loading || undefined}>
            <JpMembersTable
              members={members}
              selfId={selfId}
              memberLink={memberLink}
              sorting={{
                sort: state.sort,
                descending: state.descending,
                onSort: (column) => update(nextJpSort(state, column)),
              }}
            />
          </div>
        )}
        <p className="muted small">
          {t('development.jp.shown', { count: members.length, total: page.totalCount })}
        </p>
        <TeamPager
          page={state.page}
          totalCount={page.totalCount}
          pageSize={pageSize}
          onPage={(next) => update({ page: next })}
        />
      </>
    );
  }

  return (
    <section
      className="card jp-overview"
      aria-labelledby={`${filterId}-title`}
      data-testid="jp-overview"
    >
      <div className="section-head">
        <h2 className="card__title" id={`${filterId}-title`}>
          {title}
        </h2>
        <label className="checkbox-inline" htmlFor={filterId}>
          <input
            id={filterId}
            type="checkbox"
            checked={belowTargetOnly}
            onChange={(event) => update({ belowOnly: event.target.checked })}
          />{' '}
          {t('development.jp.belowOnly')}
        </label>
      </div>
      <form
        className="filters"
        role="search"
        aria-label={t('development.jp.search')}
        onSubmit={(event) => event.preventDefault()}
      >
        <SearchField
          label={t('development.jp.search')}
          placeholder={t('development.jp.searchPlaceholder')}
          value={search}
          onSearch={(text) => update({ search: clampSearch(text.trim()) })}
        />
        {unitFilter && (
          <div className="field">
            <label className="field__label" htmlFor={unitSelectId}>
              {t('development.jp.unit')}
            </label>
            <select
              id={unitSelectId}
              className="select"
              data-testid="jp-unit-filter"
              value={chosenUnit ?? ''}
              onChange={(event) => update({ unitId: event.target.value || null })}
            >
              <option value="">{t('development.jp.allUnits')}</option>
              {chosenUnit && overview && !units.some((unit) => unit.id === chosenUnit) && (
                <option value={chosenUnit}>{t('development.jp.unitOutOfScope')}</option>
              )}
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>
      <QueryState query={loadStateOf(query, overview)} cards={1} testId="jp-loading">
        {content}
      </QueryState>
    </section>
  );
}
