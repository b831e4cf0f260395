import type { GetAuditLogQuery } from '../../api/generated/graphql';
import { useI18n } from '../../i18n';
import {
  actionName,
  changeRows,
  entityName,
  fieldName,
  referenceNames,
  valueText,
} from '../utils/audit-filter';
import { TableScroll } from '../../ui/components/TableScroll';

export type AuditEntry = GetAuditLogQuery['auditLog']['edges'][number]['node'];

/** The audit records, newest first; each opens to its before/after where the viewer may read them. */
export function AuditEntryList({
  entries,
  withDetails,
}: {
  entries: readonly AuditEntry[];
  withDetails: boolean;
}) {
  const { t, locale } = useI18n();
  const time = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Asia/Jakarta',
  });
  return (
    <ol className="audit-list" data-testid="audit-list">
      {entries.map((entry) => {
        const rows = withDetails
          ? changeRows(
              entry.before,
              entry.after,
              valueText(t, time, entry.entity, referenceNames(entry.references)),
            )
          : [];
        const actor = entry.actorUsername
          ? entry.actorName
            ? `${entry.actorName} (${entry.actorUsername})`
            : entry.actorUsername
          : t('audit.system');
        const name = actionName(t, entry.action);
        const record = entry.subjectName
          ? t('audit.recordNamed', {
              entity: entityName(t, entry.entity),
              name: entry.subjectName,
              id: entry.entityId,
            })
          : t('audit.record', { entity: entityName(t, entry.entity), id: entry.entityId });
        return (
          <li key={entry.id} className="card audit-entry" data-testid="audit-entry">
            <details>
              <summary className="audit-entry__summary">
                <time dateTime={entry.createdAt} className="audit-entry__time">
                  {time.format(new Date(entry.createdAt))}
                </time>
                <span className="audit-entry__actor">{actor}</span>
                {/* The action in words, and its code: the action filter takes codes. */}
                {name !== entry.action && <span className="audit-entry__action-name">{name}</span>}
                <code className="audit-entry__action">{entry.action}</code>
                <span className="audit-entry__record">{record}</span>
              </summary>
              <div className="audit-entry__body">
                {entry.reason && (
                  <p>
                    <strong>{t('audit.reason')}:</strong> {entry.reason}
                  </p>
                )}
                {!withDetails ? (
                  <p className="muted small">{t('audit.detailsHidden')}</p>
                ) : rows.length === 0 ? (
                  <p className="muted small">{t('audit.noDetails')}</p>
                ) : (
                  <TableScroll>
                    <table className="table table--compact" data-testid="audit-changes">
                      {/* Named by its record and time: several may be open, each a region of its own. */}
                      <caption className="visually-hidden">
                        {t('audit.detailsOf', {
                          record,
                          time: time.format(new Date(entry.createdAt)),
                        })}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('audit.field')}</th>
                          <th scope="col">{t('audit.before')}</th>
                          <th scope="col">{t('audit.after')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((row) => (
                          <tr
                            key={row.field}
                            className={row.changed ? 'audit-entry__changed' : undefined}
                          >
                            <th scope="row" className="audit-entry__field">
                              {fieldName(t, row.field)}
                              {/* The stored name too: the Excel export's before/after use it. */}
                              {fieldName(t, row.field) !== row.field && (
                                <code className="audit-entry__field-code"> {row.field}</code>
                              )}
                              {/* Said, not only coloured. */}
                              {row.changed && (
                                <span className="visually-hidden"> ({t('audit.changed')})</span>
                              )}
                            </th>
                            <td className="audit-entry__value">{row.before}</td>
                            <td className="audit-entry__value">{row.after}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                )}
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
