import { useT } from '../../i18n';

interface OneTimePasswordNoticeProps {
  name: string;
  username: string;
  password: string;
  onDismiss: () => void;
}

/** The one moment HR sees a one-time password: large, selectable, then gone. */
export function OneTimePasswordNotice({
  name,
  username,
  password,
  onDismiss,
}: OneTimePasswordNoticeProps) {
  const t = useT();
  return (
    <div className="alert alert--success one-time" role="status" data-testid="one-time-password">
      <div>
        <p className="one-time__title">{t('oneTime.title')}</p>
        <p className="one-time__value">
          <code data-testid="one-time-password-value">{password}</code>
        </p>
        <p>{t('oneTime.body', { name, username })}</p>
        <button type="button" className="button button--ghost" onClick={onDismiss}>
          {t('oneTime.dismiss')}
        </button>
      </div>
    </div>
  );
}
