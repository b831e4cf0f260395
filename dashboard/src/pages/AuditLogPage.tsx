import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { AuditEntryList } from '../modules/audit/components/AuditEntryList';
import { AuditFilters } from '../modules/audit/components/AuditFilters';
import { GET_AUDIT_LOG } from '../modules/audit/graphql/queries';
import '../modules/audit/styles/audit.css';
import {
  type AuditFilterForm,
  auditExportHref,
  EMPTY_AUDIT_FILTER,
  isFiltered,
  toAuditFilter,
} from '../modules/audit/utils/audit-filter';
import { fieldErrorsOf } from '../modules/api/utils/error-messages';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useAbility } from '../modules/authz';
import { DownloadButton } from '../modules/documents/components/DownloadButton';
import { useI18n } from '../modules/i18n';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { QueryState } from '../modules/ui/components/QueryState';
import { numberFormat } from '../modules/ui/utils/format';

export const AUDIT_PAGE_SIZE = 50;

/** Jejak Audit: HR and the Camat read who changed what; HR also reads before and after. */
export function AuditLogPage() {
  const { t, locale } = useI18n();
  const ability = useAbility();
  const canRead = ability.can('read', 'AuditLog');
  const withDetails = ability.can('read', 'AuditLog', 'before');
  const [applied, setApplied] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const filter = useMemo(() => toAuditFilter(applied), [applied]);
  const query = useQuery(GET_AUDIT_LOG, {
    variables: { filter, first: AUDIT_PAGE_SIZE, withDetails },
    skip: !canRead,
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = query.data?.auditLog;
  const fieldErrors = fieldErrorsOf(t, query.error);
  const badFilter = Object.keys(fieldErrors).length > 0;
  const number = numberFormat(locale, 3);

  if (!canRead)
    return (
      <div className="page__content">
        <EmptyState title={t('audit.forbidden')} icon="lock" />
      </div>
    );

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await query.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  const entries = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="page__content">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')}>
        <DownloadButton
          href={auditExportHref(filter)}
          label="documents.auditLog"
          fallbackName="Jejak_Audit.xlsx"
        />
      </PageHeader>
      <AuditFilters applied={applied} errors={fieldErrors} onApply={setApplied} />
      {!badFilter && (
        <QueryState
          query={loadStateOf(query, connection)}
          cards={2}
          testId="audit-loading"
          empty={
            entries.length === 0 && (
              <EmptyState
                title={t('audit.empty')}
                body={isFiltered(applied) ? t('audit.emptyFiltered') : undefined}
                icon="search"
              />
            )
          }
        >
          {connection && (
            <>
              <p className="result-bar__count" aria-live="polite" data-testid="audit-total">
                {entries.length < connection.totalCount
                  ? t('audit.showing', {
                      shown: number.format(entries.length),
                      total: number.format(connection.totalCount),
                    })
                  : t('audit.total', { count: number.format(connection.totalCount) })}
              </p>
              <AuditEntryList entries={entries} withDetails={withDetails} />
              {connection.pageInfo.hasNextPage && (
                <div className="load-more">
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => void loadMore()}
                    disabled={loadingMore}
                    aria-busy={loadingMore}
                  >
                    {loadingMore ? t('audit.loadingMore') : t('audit.loadMore')}
                  </button>
                </div>
              )}
            </>
          )}
        </QueryState>
      )}
    </div>
  );
}
