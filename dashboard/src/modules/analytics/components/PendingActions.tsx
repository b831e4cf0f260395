import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import type { PendingAction } from '../types';
import { pendingActionHref } from '../utils/pending';

export function PendingActions({ actions }: { actions: readonly PendingAction[] }) {
  const t = useT();
  if (actions.length === 0) return <p className="muted">{t('team.noPending')}</p>;
  return (
    <ul className="pending-list" data-testid="pending-actions">
      {actions.map((action, index) => {
        const href = pendingActionHref(action);
        const label =
          action.kind === 'APPROVE_PLAN'
            ? t('team.action.APPROVE_PLAN')
            : action.kind === 'EVALUATE'
              ? t('team.action.EVALUATE', {
                  period: action.period ? t(`period.${action.period}`) : '',
                })
              : action.kind === 'DECIDE_OBJECTION'
                ? t('team.action.DECIDE_OBJECTION')
                : t('team.action.other');
        return (
          <li
            key={`${action.kind}-${action.employeeId}-${action.planId ?? ''}-${action.period ?? ''}-${action.objectionId ?? index}`}
            className="pending-list__item"
          >
            <span>{action.employee?.name ?? action.employeeId}</span>
            {href ? (
              <Link className="button button--secondary button--small" to={href}>
                {label}
              </Link>
            ) : (
              <span className="muted small">{label}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
