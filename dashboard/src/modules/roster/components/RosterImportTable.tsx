import { useState } from 'react';
import type { RosterImportResultFieldsFragment } from '../../api/generated/graphql';
import { problemText } from '../../api/utils/error-messages';
import { isMessageKey, useI18n } from '../../i18n';
import { formatDay } from '../../ui/utils/dates';
import { paramsOf } from '../utils/roster-file';
import { RosterStatusBadge } from './RosterStatusBadge';
import { TableScroll } from '../../ui/components/TableScroll';

type Entry = RosterImportResultFieldsFragment['entries'][number];

/** Every row of the checked file with what it does, or its problems beside the column at fault. */
export function RosterImportTable({ entries }: { entries: readonly Entry[] }) {
  const { t, locale } = useI18n();
  const hasErrors = entries.some((entry) => entry.status === 'ERROR');
  const [onlyErrors, setOnlyErrors] = useState(hasErrors);
  const shown = onlyErrors ? entries.filter((entry) => entry.status === 'ERROR') : entries;
  const fieldName = (field: string) => {
    const key = `roster.field.${field}`;
    return isMessageKey(key) ? t(key) : field;
  };

  return (
    <>
      {hasErrors && (
        <label className="checkbox-inline small">
          <input
            type="checkbox"
            checked={onlyErrors}
            onChange={(event) => setOnlyErrors(event.target.checked)}
          />{' '}
          {t('roster.onlyErrors')}
        </label>
      )}
      <TableScroll>
        <table className="table roster-table" data-testid="roster-table">
          <caption className="visually-hidden">{t('roster.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.table.line')}</th>
              <th scope="col">{t('roster.table.nip')}</th>
              <th scope="col">{t('roster.table.name')}</th>
              <th scope="col">{t('roster.table.status')}</th>
              <th scope="col">{t('roster.table.details')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr
                key={entry.line}
                data-testid={`roster-row-${entry.line}`}
                data-status={entry.status}
                className={entry.status === 'ERROR' ? 'roster-row--error' : undefined}
              >
                <td className="table__number" data-label={t('roster.table.line')}>
                  {entry.line}
                </td>
                <td className="roster-table__nip" data-label={t('roster.table.nip')}>
                  {entry.nip ?? '–'}
                </td>
                <td data-label={t('roster.table.name')}>{entry.name ?? '–'}</td>
                <td data-label={t('roster.table.status')}>
                  <RosterStatusBadge status={entry.status} />
                </td>
                <td data-label={t('roster.table.details')}>
                  {entry.problems.length > 0 ? (
                    <ul className="roster-table__problems">
                      {entry.problems.map((problem, index) => (
                        <li key={index} data-field={problem.field}>
                          <strong>{problem.column ?? fieldName(problem.field)}</strong>:{' '}
                          {problemText(t, {
                            reason: problem.reason,
                            params: paramsOf(problem.params),
                          })}
                        </li>
                      ))}
                    </ul>
                  ) : entry.changedFields.length > 0 ? (
                    <>
                      {t('roster.changed', {
                        fields: entry.changedFields.map(fieldName).join(', '),
                      })}
                      {entry.tmt
                        ? ` · ${t('roster.moveTmt', { tmt: formatDay(entry.tmt, locale) })}`
                        : ''}
                    </>
                  ) : entry.status === 'NEW' && entry.tmt ? (
                    t('roster.arrivalTmt', { tmt: formatDay(entry.tmt, locale) })
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
