import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAbility } from '../modules/authz';
import { DirectoryFilters } from '../modules/employees/components/DirectoryFilters';
import { EmployeeList, EmployeeListSkeleton } from '../modules/employees/components/EmployeeList';
import { useDirectoryParams } from '../modules/employees/hooks/useDirectoryParams';
import { useEmployeeDirectory } from '../modules/employees/hooks/useEmployeeDirectory';
import { toEmployeeFilter } from '../modules/employees/utils/directory-params';
import { useI18n } from '../modules/i18n';
import { RosterActions } from '../modules/roster/components/RosterActions';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { useDebouncedValue } from '../modules/ui/hooks/useDebouncedValue';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/employees/styles/employees.css';
import { numberFormat } from '../modules/ui/utils/format';

export const SEARCH_DEBOUNCE_MS = 300;

export function EmployeeDirectoryPage() {
  const { t, locale } = useI18n();
  const ability = useAbility();
  const [params, updateParams] = useDirectoryParams();

  // The box follows the keyboard; the URL (and the query) follow the box after a pause. When the
  // URL changes from elsewhere (back button, a unit link), the box shows the URL's search again.
  const [draft, setDraft] = useState({ text: params.search, base: params.search });
  const searchText =
    draft.base === params.search || draft.text.trim() === params.search
      ? draft.text
      : params.search;
  const setSearchText = (text: string) => setDraft({ text, base: params.search });
  const debouncedSearch = useDebouncedValue(searchText, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debouncedSearch.trim() !== params.search) updateParams({ search: debouncedSearch });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new debounced value should push
  }, [debouncedSearch]);

  const filter = useMemo(() => toEmployeeFilter(params), [params]);
  const canListNames = ability.can('read', 'Employee', 'name');
  const directory = useEmployeeDirectory(filter, { skip: !canListNames });
  const count = numberFormat(locale, 3);
  const filtered = Boolean(params.search || params.unitId || params.status !== 'active');

  // The directory lists people by name. An analyst may read employees only de-identified (no
  // names), so it would always show "0 pegawai": point them to Analisis instead.
  if (!canListNames) {
    const deIdentified = ability.can('read', 'Employee');
    return (
      <div className="page__content">
        <EmptyState
          title={t(deIdentified ? 'directory.deIdentified' : 'directory.forbidden')}
          body={deIdentified ? t('directory.deIdentifiedHint') : undefined}
          icon="lock"
          action={
            deIdentified && (
              <Link to="/analisis" className="button button--primary">
                {t('directory.openAnalysis')}
              </Link>
            )
          }
        />
      </div>
    );
  }

  const clearFilters = () => {
    setSearchText('');
    updateParams({ search: '', unitId: '', status: 'active' });
  };

  let body;
  if (directory.loading && !directory.hasData) {
    body = <EmployeeListSkeleton />;
  } else if (directory.error && !directory.hasData) {
    body = <ErrorState error={directory.error} onRetry={directory.retry} />;
  } else if (directory.employees.length === 0) {
    body = (
      <EmptyState
        title={t('directory.empty')}
        body={t('directory.emptyHint')}
        icon="search"
        action={
          filtered && (
            <button type="button" className="button button--secondary" onClick={clearFilters}>
              {t('directory.resetFilters')}
            </button>
          )
        }
      />
    );
  } else {
    body = (
      <>
        {directory.error && (
          <div className="alert alert--warning" role="alert">
            {t('common.partialData')}
          </div>
        )}
        <EmployeeList employees={directory.employees} />
        {directory.hasNextPage && (
          <div className="load-more">
            <button
              type="button"
              className="button button--secondary"
              onClick={directory.loadMore}
              disabled={directory.loadingMore}
              aria-busy={directory.loadingMore}
            >
              {directory.loadingMore && <span className="spinner__circle" aria-hidden="true" />}
              {directory.loadingMore ? t('directory.loadingMore') : t('directory.loadMore')}
            </button>
          </div>
        )}
      </>
    );
  }

  return (
    <div className="page__content">
      <PageHeader title={t('directory.title')} subtitle={t('directory.subtitle')}>
        {ability.can('create', 'Employee') && (
          <>
            <Link to="/pegawai/baru" className="button button--primary" data-testid="add-employee">
              {t('employeeForm.add')}
            </Link>
            <RosterActions />
          </>
        )}
      </PageHeader>

      <DirectoryFilters
        searchText={searchText}
        onSearchTextChange={setSearchText}
        unitId={params.unitId}
        onUnitChange={(unitId) => updateParams({ unitId })}
        status={params.status}
        onStatusChange={(status) => updateParams({ status })}
      />

      <div className="result-bar">
        <p className="result-bar__count" aria-live="polite" data-testid="directory-total">
          {directory.totalCount !== null && directory.hasData
            ? directory.employees.length < directory.totalCount
              ? t('directory.showing', {
                  shown: count.format(directory.employees.length),
                  total: count.format(directory.totalCount),
                })
              : t('directory.total', { count: count.format(directory.totalCount) })
            : '\u00a0'}
        </p>
        {params.unitId && <span className="muted small">{t('directory.includesSubUnits')}</span>}
      </div>

      <section aria-busy={directory.loading} className="directory-results">
        {body}
      </section>
    </div>
  );
}
