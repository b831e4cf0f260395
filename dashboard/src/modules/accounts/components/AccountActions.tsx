import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { AccountFieldsFragment, Role } from '../../api/generated/graphql';
import { errorMessage } from '../../api/utils/error-messages';
import { useSession } from '../../auth/hooks/useSession';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useT } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import {
  GRANT_ROLE,
  LOCK_ACCOUNT,
  REMOVE_ROLE,
  RESET_PASSWORD,
  UNLOCK_ACCOUNT,
} from '../graphql/mutations';
import { OneTimePasswordNotice } from './OneTimePasswordNotice';

/** The roles HR grants and removes; EMPLOYEE follows the employee record. */
export const GRANTABLE_ROLES: readonly Role[] = ['HR_ADMIN', 'ANALYST', 'LEADER'];

type Action =
  | { kind: 'reset' }
  | { kind: 'lock' }
  | { kind: 'unlock' }
  | { kind: 'grant'; role: Role }
  | { kind: 'remove'; role: Role };

/** HR's actions on one account, each behind a confirmation; the one-time password is shown once. */
export function AccountActions({ account }: { account: AccountFieldsFragment }) {
  const t = useT();
  const { me } = useSession();
  const reasonId = useId();
  const [pending, setPending] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [oneTime, setOneTime] = useState<string | null>(null);
  const [reset, resetState] = useMutation(RESET_PASSWORD);
  const [lock, lockState] = useMutation(LOCK_ACCOUNT);
  const [unlock, unlockState] = useMutation(UNLOCK_ACCOUNT);
  const [grant, grantState] = useMutation(GRANT_ROLE);
  const [remove, removeState] = useMutation(REMOVE_ROLE);
  const busy =
    resetState.loading ||
    lockState.loading ||
    unlockState.loading ||
    grantState.loading ||
    removeState.loading;
  const self = account.id === me.id;
  const username = account.username;
  // Who a confirmation names: the person, with the username HR sees in the list.
  const who = account.employee?.name ? `${account.employee.name} (${username})` : username;
  const roleName = (role: Role) => t(`role.${role}`);

  async function run(action: Action) {
    const id = account.id;
    setResult(null);
    try {
      if (action.kind === 'reset') {
        const { data } = await reset({ variables: { id } });
        setOneTime(data?.resetPassword.oneTimePassword ?? null);
      } else {
        if (action.kind === 'lock')
          await lock({ variables: { id, reason: reason.trim() || null } });
        if (action.kind === 'unlock') await unlock({ variables: { id } });
        if (action.kind === 'grant') await grant({ variables: { id, role: action.role } });
        if (action.kind === 'remove') await remove({ variables: { id, role: action.role } });
        setResult({ tone: 'success', text: t('accounts.done', { account: who }) });
      }
    } catch (error) {
      setResult({ tone: 'error', text: errorMessage(t, error) });
    } finally {
      setPending(null);
      setReason('');
    }
  }

  const title = (action: Action) => {
    switch (action.kind) {
      case 'reset':
        return t('accounts.confirmReset', { account: who });
      case 'lock':
        return t('accounts.confirmLock', { account: who });
      case 'unlock':
        return t('accounts.confirmUnlock', { account: who });
      case 'grant':
        return t('accounts.confirmGrant', { role: roleName(action.role), account: who });
      case 'remove':
        return t('accounts.confirmRemove', { role: roleName(action.role), account: who });
    }
  };
  const label = (action: Action) => {
    switch (action.kind) {
      case 'reset':
        return t('accounts.reset');
      case 'lock':
        return t('accounts.lock');
      case 'unlock':
        return t('accounts.unlock');
      case 'grant':
        return t('accounts.grant', { role: roleName(action.role) });
      case 'remove':
        return t('accounts.remove', { role: roleName(action.role) });
    }
  };

  const actions: Action[] = [];
  if (account.active && !self) actions.push({ kind: 'reset' });
  if (!self) actions.push(account.locked ? { kind: 'unlock' } : { kind: 'lock' });
  for (const role of GRANTABLE_ROLES) {
    const held = account.roles.includes(role);
    if (held && !(self && role === 'HR_ADMIN')) actions.push({ kind: 'remove', role });
    if (!held && account.active) actions.push({ kind: 'grant', role });
  }

  const isRoleAction = (action: Action) => action.kind === 'grant' || action.kind === 'remove';
  const accessActions = actions.filter((action) => !isRoleAction(action));
  const roleActions = actions.filter(isRoleAction);
  const button = (action: Action) => (
    <button
      key={`${action.kind}-${'role' in action ? action.role : ''}`}
      type="button"
      className={`button button--small ${isRoleAction(action) ? 'button--ghost' : 'button--secondary'}`}
      onClick={() => setPending(action)}
      disabled={busy}
    >
      {label(action)}
    </button>
  );

  return (
    <div className="account-actions-block">
      {oneTime && (
        <OneTimePasswordNotice
          name={account.employee?.name ?? username}
          username={username}
          password={oneTime}
          onDismiss={() => setOneTime(null)}
        />
      )}
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
      <div className="account-actions">
        {accessActions.map(button)}
        {/* Roles change rarely: behind one disclosure, so every row is not three buttons taller. */}
        {roleActions.length > 0 && (
          <details className="account-roles">
            <summary className="button button--small button--ghost">
              {t('accounts.manageRoles')}
            </summary>
            <div className="account-roles__choices">{roleActions.map(button)}</div>
          </details>
        )}
      </div>
      {pending && (
        <ConfirmDialog
          title={title(pending)}
          confirmLabel={label(pending)}
          tone={pending.kind === 'reset' || pending.kind === 'lock' ? 'danger' : 'primary'}
          busy={busy}
          onConfirm={() => void run(pending)}
          onCancel={() => setPending(null)}
        >
          {pending.kind === 'reset' && <p>{t('accounts.confirmResetBody')}</p>}
          {pending.kind === 'lock' && (
            <>
              <p>{t('accounts.confirmLockBody')}</p>
              <div className="field">
                <label className="field__label" htmlFor={reasonId}>
                  {t('accounts.lockReason')}
                </label>
                <input
                  id={reasonId}
                  className="input"
                  value={reason}
                  maxLength={500}
                  onChange={(event) => setReason(event.target.value)}
                />
              </div>
            </>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Short badges of an account's state. */
export function AccountStatus({ account }: { account: AccountFieldsFragment }) {
  const t = useT();
  return (
    <span className="account-status">
      <span className={`badge ${account.active ? 'badge--success' : 'badge--muted'}`}>
        {account.active ? t('accounts.statusActive') : t('accounts.statusInactive')}
      </span>
      {account.locked && <span className="badge badge--danger">{t('accounts.statusLocked')}</span>}
      {account.mustChangePassword && (
        <span className="badge badge--warning">{t('accounts.statusMustChange')}</span>
      )}
    </span>
  );
}
