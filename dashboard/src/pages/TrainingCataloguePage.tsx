import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useAbility } from '../modules/authz';
import { ProgramForm } from '../modules/development/components/ProgramForm';
import { RetireProgramDialog } from '../modules/development/components/RetireProgramDialog';
import { RETIRE_TRAINING_PROGRAM } from '../modules/development/graphql/mutations';
import { GET_TRAINING_PROGRAMS } from '../modules/development/graphql/queries';
import { useCatalogueParams } from '../modules/development/hooks/useCatalogueParams';
import '../modules/development/styles/development.css';
import { CORE_VALUES, TRAINING_MODES } from '../modules/development/types';
import {
  DEFAULT_CATALOGUE_PARAMS,
  isFilteredCatalogue,
  toProgramFilter,
} from '../modules/development/utils/catalogue-params';
import { errorMessage } from '../modules/api/utils/error-messages';
import { useI18n } from '../modules/i18n';
import { Notice } from '../modules/ui/components/Notice';
import { QueryState } from '../modules/ui/components/QueryState';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import { useDebouncedValue } from '../modules/ui/hooks/useDebouncedValue';
import { MAX_SEARCH_LENGTH } from '../modules/ui/utils/search-limits';
import type {
  CoreValue,
  TrainingMode,
  TrainingProgramFieldsFragment,
} from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/evaluation/styles/evaluation.css';

const PAGE_SIZE = 50;
export const SEARCH_DEBOUNCE_MS = 300;

/** Katalog Pelatihan: every signed-in user browses it; HR creates, edits and retires programmes. */
export function TrainingCataloguePage() {
  const { t } = useI18n();
  const ability = useAbility();
  const canManage = ability.can('create', 'TrainingProgram');
  const id = useId();
  const [params, updateParams] = useCatalogueParams();
  const [editing, setEditing] = useState<TrainingProgramFieldsFragment | 'new' | null>(null);
  const [retiring, setRetiring] = useState<TrainingProgramFieldsFragment | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  // The box follows the keyboard; the URL (and the query) follow it after a pause. When the URL
  // changes from elsewhere (back, a shared link), the box shows the URL's search again.
  const [draft, setDraft] = useState({ text: params.search, base: params.search });
  const search =
    draft.base === params.search || draft.text.trim() === params.search
      ? draft.text
      : params.search;
  const setSearch = (text: string) => setDraft({ text, base: params.search });
  const debouncedSearch = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debouncedSearch.trim() !== params.search) updateParams({ search: debouncedSearch });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new debounced value should push
  }, [debouncedSearch]);
  const filter = useMemo(() => toProgramFilter(params), [params]);
  const clearFilters = () => {
    setSearch('');
    updateParams(DEFAULT_CATALOGUE_PARAMS);
  };
  const query = useQuery(GET_TRAINING_PROGRAMS, {
    variables: { filter, first: PAGE_SIZE },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [retire, retireState] = useMutation(RETIRE_TRAINING_PROGRAM, {
    refetchQueries: ['TrainingPrograms'],
    awaitRefetchQueries: true,
  });
  const connection = query.data?.trainingPrograms;
  const loadingMore = query.networkStatus === NetworkStatus.fetchMore;

  const loadMore = () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    void query.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        const before = previous;
        if (!fetchMoreResult) return before;
        return {
          trainingPrograms: {
            ...fetchMoreResult.trainingPrograms,
            edges: [...before.trainingPrograms.edges, ...fetchMoreResult.trainingPrograms.edges],
          },
        };
      },
    });
  };

  const confirmRetire = async (program: TrainingProgramFieldsFragment) => {
    try {
      await retire({ variables: { id: program.id, version: program.version! } });
      setNotice({
        tone: 'success',
        text: t('development.catalogue.retired', { title: program.title ?? '' }),
      });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
    setRetiring(null);
  };

  const empty = connection?.edges.length === 0 && (
    <EmptyState
      title={t('development.catalogue.empty')}
      body={t('development.catalogue.emptyHint')}
      icon="search"
      action={
        isFilteredCatalogue(params) && (
          <button type="button" className="button button--secondary" onClick={clearFilters}>
            {t('development.catalogue.resetFilters')}
          </button>
        )
      }
    />
  );
  let content: ReactNode = null;
  if (connection)
    content = (
      <section className="card" aria-labelledby={`${id}-list`}>
        <h2 className="card__title" id={`${id}-list`}>
          {t('development.catalogue.count', { count: connection.totalCount })}
        </h2>
        <ul className="program-list" data-testid="programs">
          {connection.edges.map(({ node: program }) => (
            <li
              key={program.id}
              className={`program${program.retiredAt ? ' program--retired' : ''}`}
              data-testid="program"
            >
              <div className="program__main">
                <h3 className="program__title">
                  {program.title}
                  {program.retiredAt && (
                    <span className="badge badge--muted">
                      {t('development.catalogue.retiredBadge')}
                    </span>
                  )}
                </h3>
                <p className="muted small">
                  <span className="mono">{program.code}</span>
                  {' · '}
                  {t('development.jpOf', { jp: program.hours ?? 0 })}
                  {program.mode && ` · ${t(`development.mode.${program.mode}`)}`}
                  {program.provider && ` · ${program.provider}`}
                </p>
                {program.description && (
                  <p className="program__description">{program.description}</p>
                )}
                <div className="program__competencies">
                  {program.competencies?.coreValues.map((value) => (
                    <span key={value} className="tag tag--info">
                      {t(`coreValue.${value}`)}
                    </span>
                  ))}
                  {program.competencies?.aspects.map((aspect) => (
                    <span key={aspect} className="tag">
                      {t('development.program.aspect', { aspect: t(`aspect.${aspect}`) })}
                    </span>
                  ))}
                </div>
              </div>
              {canManage && !program.retiredAt && (
                <div className="program__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => {
                      setNotice(null);
                      setEditing(program);
                    }}
                    aria-label={t('development.catalogue.editNamed', {
                      title: program.title ?? '',
                    })}
                  >
                    <Icon name="edit" size={16} />
                    {t('development.catalogue.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => {
                      setNotice(null);
                      setRetiring(program);
                    }}
                    aria-label={t('development.catalogue.retireNamed', {
                      title: program.title ?? '',
                    })}
                  >
                    {t('development.catalogue.retire')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
        {connection.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button button--secondary load-more"
            onClick={loadMore}
            disabled={loadingMore}
          >
            {t('development.loadMore')}
          </button>
        )}
      </section>
    );

  return (
    <div className="page__content development-page">
      <PageHeader
        title={t('development.catalogue.title')}
        subtitle={t('development.catalogue.subtitle')}
      >
        {canManage && !editing && (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setNotice(null);
                setEditing('new');
              }}
            >
              <Icon name="plus" size={18} />
              {t('development.catalogue.add')}
            </button>
          </>
        )}
      </PageHeader>
      <div className="analytics-stack development-stack">
        {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
        {editing && (
          <ProgramForm
            key={editing === 'new' ? 'new' : editing.id}
            program={editing === 'new' ? null : editing}
            onSaved={(program) => {
              setEditing(null);
              setNotice({
                tone: 'success',
                text: t('development.catalogue.saved', { title: program.title ?? '' }),
              });
            }}
            onCancel={() => setEditing(null)}
            onReload={() => {
              setEditing(null);
              void query.refetch();
            }}
          />
        )}
        <div className="filters catalogue-filters" role="search">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-search`}>
              {t('development.catalogue.search')}
            </label>
            <input
              id={`${id}-search`}
              className="input"
              type="search"
              maxLength={MAX_SEARCH_LENGTH}
              value={search}
              placeholder={t('development.catalogue.searchPlaceholder')}
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-mode`}>
              {t('development.program.mode')}
            </label>
            <select
              id={`${id}-mode`}
              className="select"
              value={params.mode}
              onChange={(event) => updateParams({ mode: event.target.value as TrainingMode | '' })}
            >
              <option value="">{t('development.catalogue.all')}</option>
              {TRAINING_MODES.map((option) => (
                <option key={option} value={option}>
                  {t(`development.mode.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-value`}>
              {t('development.catalogue.coreValue')}
            </label>
            <select
              id={`${id}-value`}
              className="select"
              value={params.coreValue}
              onChange={(event) =>
                updateParams({ coreValue: event.target.value as CoreValue | '' })
              }
            >
              <option value="">{t('development.catalogue.all')}</option>
              {CORE_VALUES.map((value) => (
                <option key={value} value={value}>
                  {t(`coreValue.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <label className="checkbox-inline catalogue-filters__retired">
            <input
              type="checkbox"
              checked={params.includeRetired}
              onChange={(event) => updateParams({ includeRetired: event.target.checked })}
            />{' '}
            {t('development.catalogue.includeRetired')}
          </label>
        </div>
        <QueryState query={loadStateOf(query, connection)} empty={empty} testId="catalogue-loading">
          {content}
        </QueryState>
      </div>
      {retiring && (
        <RetireProgramDialog
          program={retiring}
          busy={retireState.loading}
          onConfirm={() => void confirmRetire(retiring)}
          onCancel={() => setRetiring(null)}
        />
      )}
    </div>
  );
}
