import { useId } from 'react';
import type { Predicate, TeamMemberSort } from '../../api/generated/graphql';
import { PREDICATES } from '../../evaluation/types';
import { useI18n } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { SearchField } from '../../ui/components/SearchField';
import {
  hasTeamFilter,
  type LateFilter,
  PLAN_FILTERS,
  type PlanFilter,
  TEAM_PAGE_SIZE,
  TEAM_SORTS,
  type TeamTableState,
} from '../utils/team-table';

/** Search by name or NIP and the filters of the team table; every change lands in the URL. */
export function TeamFilters({
  state,
  onChange,
}: {
  state: TeamTableState;
  onChange: (change: Partial<TeamTableState>) => void;
}) {
  const { t } = useI18n();
  const ids = {
    plan: useId(),
    predicate: useId(),
    late: useId(),
    sort: useId(),
  };
  const active = hasTeamFilter(state);
  return (
    <form
      className="filters team-filters"
      role="search"
      aria-label={t('team.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SearchField
        label={t('team.search')}
        placeholder={t('team.searchPlaceholder')}
        value={state.search}
        onSearch={(search) => onChange({ search })}
      />
      <div className="field">
        <label className="field__label" htmlFor={ids.plan}>
          {t('team.planStatus')}
        </label>
        <select
          id={ids.plan}
          className="select"
          value={state.plan ?? ''}
          onChange={(event) =>
            onChange({ plan: (event.target.value || null) as PlanFilter | null })
          }
        >
          <option value="">{t('team.filterAll')}</option>
          {PLAN_FILTERS.map((plan) => (
            <option key={plan} value={plan}>
              {plan === 'NONE' ? t('team.noPlan') : t(`planStatus.${plan}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.predicate}>
          {t('team.latestPredicate')}
        </label>
        <select
          id={ids.predicate}
          className="select"
          value={state.predicate ?? ''}
          onChange={(event) =>
            onChange({ predicate: (event.target.value || null) as Predicate | null })
          }
        >
          <option value="">{t('team.filterAll')}</option>
          {PREDICATES.map((predicate) => (
            <option key={predicate} value={predicate}>
              {t(`predicate.${predicate}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.late}>
          {t('team.lateFilter')}
        </label>
        <select
          id={ids.late}
          className="select"
          value={state.late ?? ''}
          onChange={(event) =>
            onChange({ late: (event.target.value || null) as LateFilter | null })
          }
        >
          <option value="">{t('team.filterAll')}</option>
          <option value="late">{t('team.lateOnly')}</option>
          <option value="onTime">{t('team.onTimeOnly')}</option>
        </select>
      </div>
      <label className="checkbox-inline team-filters__jp">
        <input
          type="checkbox"
          checked={state.belowJp}
          onChange={(event) => onChange({ belowJp: event.target.checked })}
        />{' '}
        {t('team.belowJpOnly')}
      </label>
      <div className="field team-filters__sort">
        <label className="field__label" htmlFor={ids.sort}>
          {t('team.sortBy')}
        </label>
        <select
          id={ids.sort}
          className="select"
          value={`${state.sort}:${state.descending ? 'desc' : 'asc'}`}
          onChange={(event) => {
            const [sort, direction] = event.target.value.split(':');
            onChange({ sort: sort as TeamMemberSort, descending: direction === 'desc' });
          }}
        >
          {TEAM_SORTS.flatMap((sort) =>
            (['asc', 'desc'] as const).map((direction) => (
              <option key={`${sort}:${direction}`} value={`${sort}:${direction}`}>
                {t(`team.sort.${sort}`)} {direction === 'asc' ? '↑' : '↓'}
              </option>
            )),
          )}
        </select>
      </div>
      {active && (
        <div className="team-filters__reset">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              onChange({ search: '', plan: null, predicate: null, late: null, belowJp: false })
            }
          >
            {t('team.clearFilters')}
          </button>
        </div>
      )}
    </form>
  );
}

/** "1–25 of 76" with previous/next; hidden when everything fits on one page. */
export function TeamPager({
  page,
  totalCount,
  onPage,
  pageSize = TEAM_PAGE_SIZE,
}: {
  page: number;
  totalCount: number;
  onPage: (page: number) => void;
  pageSize?: number;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  if (pages <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, totalCount);
  return (
    <nav className="team-pager" aria-label={t('team.pages')} data-testid="team-pager">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        <Icon name="chevronLeft" size={16} />
        {t('team.previous')}
      </button>
      <span className="muted small" aria-live="polite">
        {t('team.range', { first, last, total: totalCount })}
      </span>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('team.next')}
        <Icon name="chevronRight" size={16} />
      </button>
    </nav>
  );
}
