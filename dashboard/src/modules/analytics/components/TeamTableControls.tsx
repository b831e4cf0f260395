import type { Predicate, TeamMemberSort } from '../../api/generated/graphql';
import { PREDICATES } from '../../evaluation/types';
import { useI18n } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { SearchField } from '../../ui/components/SearchField';
import { SelectField } from '../../ui/components/SelectField';
import {
  hasTeamFilter,
  type LateFilter,
  PLAN_FILTERS,
  type PlanFilter,
  TEAM_PAGE_SIZE,
  TEAM_SORTS,
  type TeamTableState,
  type TeamUnitChoice,
} from '../utils/team-table';

/** Search by name or NIP and the filters of the team table; every change lands in the URL. */
export function TeamFilters({
  state,
  units,
  onChange,
}: {
  state: TeamTableState;
  /** The unit filter's choices; no unit filter when the whole team sits in one unit. */
  units: readonly TeamUnitChoice[];
  onChange: (change: Partial<TeamTableState>) => void;
}) {
  const { t } = useI18n();
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
      {(units.length > 1 || state.unit) && (
        <SelectField
          label={t('team.unitFilter')}
          value={state.unit ?? ''}
          allLabel={t('team.filterAll')}
          options={units.map((unit) => ({
            value: unit.id,
            label: `${'\u00a0\u00a0'.repeat(unit.level)}${unit.name}`,
          }))}
          onChange={(unit) => onChange({ unit: unit || null })}
        />
      )}
      <SelectField
        label={t('team.planStatus')}
        value={state.plan ?? ''}
        allLabel={t('team.filterAll')}
        options={PLAN_FILTERS.map((plan) => ({
          value: plan,
          label: plan === 'NONE' ? t('team.noPlan') : t(`planStatus.${plan}`),
        }))}
        onChange={(plan) => onChange({ plan: (plan || null) as PlanFilter | null })}
      />
      <SelectField
        label={t('team.latestPredicate')}
        value={state.predicate ?? ''}
        allLabel={t('team.filterAll')}
        options={PREDICATES.map((predicate) => ({
          value: predicate,
          label: t(`predicate.${predicate}`),
        }))}
        onChange={(predicate) => onChange({ predicate: (predicate || null) as Predicate | null })}
      />
      <SelectField
        label={t('team.lateFilter')}
        value={state.late ?? ''}
        allLabel={t('team.filterAll')}
        options={[
          { value: 'late', label: t('team.lateOnly') },
          { value: 'onTime', label: t('team.onTimeOnly') },
        ]}
        onChange={(late) => onChange({ late: (late || null) as LateFilter | null })}
      />
      <label className="checkbox-inline team-filters__jp">
        <input
          type="checkbox"
          checked={state.belowJp}
          onChange={(event) => onChange({ belowJp: event.target.checked })}
        />{' '}
        {t('team.belowJpOnly')}
      </label>
      <SelectField
        label={t('team.sortBy')}
        className="field team-filters__sort"
        value={`${state.sort}:${state.descending ? 'desc' : 'asc'}`}
        options={TEAM_SORTS.flatMap((sort) =>
          (['asc', 'desc'] as const).map((direction) => ({
            value: `${sort}:${direction}`,
            label: `${t(`team.sort.${sort}`)} ${direction === 'asc' ? '↑' : '↓'}`,
          })),
        )}
        onChange={(value) => {
          const [sort, direction] = value.split(':');
          onChange({ sort: sort as TeamMemberSort, descending: direction === 'desc' });
        }}
      />
      {active && (
        <div className="team-filters__reset">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              onChange({
                search: '',
                unit: null,
                plan: null,
                predicate: null,
                late: null,
                belowJp: false,
              })
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
