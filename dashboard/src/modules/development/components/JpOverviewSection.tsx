import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { loadStateOf } from '../../api/utils/load-state';
import { useT } from '../../i18n';
import { QueryState } from '../../ui/components/QueryState';
import { Notice } from '../../ui/components/Notice';
import { SearchField } from '../../ui/components/SearchField';
import { clampSearch } from '../../ui/utils/search-limits';
import { GET_JP_OVERVIEW } from '../graphql/queries';
import { JpMembersTable } from './JpMembersTable';

const PAGE_SIZE = 50;
/** `?kurangjp=1`: only those below target; `0`: everyone (kept in the URL, shareable). */
export const BELOW_TARGET_PARAM = 'kurangjp';
/** `?cari=`: part of a name or the start of a NIP (as on Tim Saya). */
export const SEARCH_PARAM = 'cari';

/** JP totals of everyone the viewer may read (in a unit), who is below target, page by page. */
export function JpOverviewSection({
  cycleId,
  unitId = null,
  title,
  selfId,
  memberLink,
  initialBelowOnly = false,
  pageSize = PAGE_SIZE,
}: {
  cycleId: string;
  unitId?: string | null;
  title: string;
  selfId?: string;
  memberLink?: (employeeId: string) => string | null;
  /** Start with only the PNS below 20 JP listed (the kecamatan view). */
  initialBelowOnly?: boolean;
  pageSize?: number;
}) {
  const t = useT();
  const filterId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(BELOW_TARGET_PARAM);
  const belowTargetOnly = requested === null ? initialBelowOnly : requested === '1';
  const search = clampSearch(searchParams.get(SEARCH_PARAM) ?? '');
  const setParam = (name: string, value: string) =>
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (value) params.set(name, value);
        else params.delete(name);
        return params;
      },
      { replace: true },
    );
  const query = useQuery(GET_JP_OVERVIEW, {
    variables: { cycleId, unitId, belowTargetOnly, search: search.trim() || null, first: pageSize },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const overview = query.data?.developmentHours;
  const loadingMore = query.networkStatus === NetworkStatus.fetchMore;

  const loadMore = () => {
    const after = overview?.members.pageInfo.endCursor;
    if (!after) return;
    void query.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        if (!fetchMoreResult || !previous) return previous;
        const before = previous.developmentHours;
        const next = fetchMoreResult.developmentHours;
        return {
          developmentHours: {
            ...next,
            members: { ...next.members, edges: [...before.members.edges, ...next.members.edges] },
          },
        };
      },
    });
  };

  let content: ReactNode = null;
  if (overview) {
    const { totals } = overview;
    const members = overview.members.edges.map((edge) => edge.node);
    content = (
      <>
        <dl className="jp-totals" data-testid="jp-totals">
          <div>
            <dt>{t('development.jp.totalEmployees')}</dt>
            <dd>{totals.employees}</dd>
          </div>
          <div>
            <dt>{t('development.jp.totalDone')}</dt>
            <dd>{totals.jpDone}</dd>
          </div>
          <div>
            <dt>{t('development.jp.totalPlanned')}</dt>
            <dd>{totals.jpPlanned}</dd>
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
            {search.trim()
              ? t('development.jp.noMatch')
              : belowTargetOnly
                ? t('development.jp.noneBelow')
                : t('development.jp.noMembers')}
          </p>
        ) : (
          <JpMembersTable members={members} selfId={selfId} memberLink={memberLink} />
        )}
        <p className="muted small">
          {t('development.jp.shown', { count: members.length, total: overview.members.totalCount })}
        </p>
        {overview.members.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button button--secondary load-more"
            onClick={loadMore}
            disabled={loadingMore}
            aria-busy={loadingMore}
          >
            {t('development.loadMore')}
          </button>
        )}
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
            onChange={(event) => setParam(BELOW_TARGET_PARAM, event.target.checked ? '1' : '0')}
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
          onSearch={(text) => setParam(SEARCH_PARAM, clampSearch(text.trim()))}
        />
      </form>
      <QueryState query={loadStateOf(query, overview)} cards={1} testId="jp-loading">
        {content}
      </QueryState>
    </section>
  );
}
