import { useT } from '../../i18n';
import type { RosterImportResultFieldsFragment } from '../../api/generated/graphql';
import { TableScroll } from '../../ui/components/TableScroll';

type Entry = RosterImportResultFieldsFragment['entries'][number];

/** The accounts an import made: each newcomer's NIP and one-time password, shown this once. */
export function NewAccountsTable({ entries }: { entries: readonly Entry[] }) {
  const t = useT();
  const accounts = entries.filter((entry) => entry.oneTimePassword);
  if (accounts.length === 0) return null;
  return (
    <section className="card roster-card" data-testid="roster-new-accounts">
      <h2 className="card__title">{t('roster.newAccounts.title')}</h2>
      <p className="muted">{t('roster.newAccounts.body')}</p>
      <TableScroll label={t('roster.newAccounts.title')}>
        <table className="table roster-table">
          <thead>
            <tr>
              <th scope="col">{t('roster.table.nip')}</th>
              <th scope="col">{t('roster.table.name')}</th>
              <th scope="col">{t('roster.newAccounts.password')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((entry) => (
              <tr key={entry.line}>
                <td data-label={t('roster.table.nip')}>{entry.nip}</td>
                <td data-label={t('roster.table.name')}>{entry.name}</td>
                <td data-label={t('roster.newAccounts.password')}>
                  <code data-testid={`roster-password-${entry.nip}`}>{entry.oneTimePassword}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
