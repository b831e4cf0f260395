import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { AccountActions, AccountStatus } from '../modules/accounts/components/AccountActions';
import { GET_ACCOUNTS } from '../modules/accounts/graphql/queries';
import type { Role } from '../modules/api/generated/graphql';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useAbility } from '../modules/authz';
import { useI18n } from '../modules/i18n';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { QueryState } from '../modules/ui/components/QueryState';
import { SelectField } from '../modules/ui/components/SelectField';
import { useDebouncedValue } from '../modules/ui/hooks/useDebouncedValue';
import '../modules/accounts/styles/accounts.css';
import { numberFormat } from '../modules/ui/utils/format';

const ROLES: Role[] = ['EMPLOYEE', 'HR_ADMIN', 'LEADER', 'ANALYST'];
const PAGE_SIZE = 50;

/** HR's list of login accounts: search, then reset, lock/unlock and roles per account. */
export function AccountsPage() {
  const { t, locale } = useI18n();
  const ability = useAbility();
  const ids = { search: useId() };
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const debounced = useDebouncedValue(search, 300).trim();
  const query = useQuery(GET_ACCOUNTS, {
    variables: {
      filter: { search: debounced || null, role: role || null },
      first: PAGE_SIZE,
    },
    notifyOnNetworkStatusChange: true,
  });

  if (!ability.can('update', 'User')) {
    return (
      <div className="page__content">
        <EmptyState title={t('reason.ACCOUNTS_FORBIDDEN')} icon="lock" />
      </div>
    );
  }

  const connection = query.data?.accounts;
  const accounts = connection?.edges.map((edge) => edge.node) ?? [];
  const loadMore = () =>
    void query.fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        accounts: {
          ...fetchMoreResult.accounts,
          edges: [...previous.accounts.edges, ...fetchMoreResult.accounts.edges],
        },
      }),
    });

  return (
    <div className="page__content">
      <PageHeader title={t('accounts.title')} subtitle={t('accounts.subtitle')} />
      <div className="card admin-card accounts-filters" role="search">
        <div className="field">
          <label className="field__label" htmlFor={ids.search}>
            {t('accounts.search')}
          </label>
          <input
            id={ids.search}
            className="input"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <SelectField
          label={t('accounts.role')}
          value={role}
          allLabel={t('accounts.allRoles')}
          options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          onChange={(value) => setRole(value as Role | '')}
        />
      </div>
      <QueryState
        query={loadStateOf(query, query.data)}
        empty={
          accounts.length === 0 ? <EmptyState title={t('accounts.empty')} icon="search" /> : null
        }
        cards={2}
        testId="accounts-loading"
      >
        <div className="card admin-card">
          <p aria-live="polite">
            {t('accounts.count', {
              count: numberFormat(locale, 3).format(connection?.totalCount ?? 0),
            })}
          </p>
          <table className="table table--compact accounts-table" data-testid="accounts-table">
            <thead>
              <tr>
                <th scope="col">{t('accounts.username')}</th>
                <th scope="col">{t('accounts.owner')}</th>
                <th scope="col">{t('accounts.roles')}</th>
                <th scope="col">{t('accounts.status')}</th>
                <th scope="col">{t('accounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id} data-testid={`account-${account.username}`}>
                  <td className="mono">{account.username}</td>
                  <td>
                    {account.employee ? (
                      <Link to={`/pegawai/${account.employee.id}`}>{account.employee.name}</Link>
                    ) : (
                      t('accounts.noEmployee')
                    )}
                  </td>
                  <td>{account.roles.map((held) => t(`role.${held}`)).join(', ')}</td>
                  <td>
                    <AccountStatus account={account} />
                  </td>
                  <td>
                    <AccountActions account={account} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {connection?.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--ghost"
              onClick={loadMore}
              disabled={query.loading}
            >
              {t('accounts.loadMore')}
            </button>
          )}
        </div>
      </QueryState>
    </div>
  );
}
