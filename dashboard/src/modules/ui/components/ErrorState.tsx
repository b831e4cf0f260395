import { classifyLoadError } from '../../api/utils/graphql-errors';
import { useT, type MessageKey } from '../../i18n';
import { Icon } from './Icon';

const MESSAGE_BY_KIND: Record<ReturnType<typeof classifyLoadError>, MessageKey> = {
  network: 'common.errorNetwork',
  server: 'common.errorServer',
  forbidden: 'common.errorForbidden',
  notFound: 'common.errorServer',
  unauthenticated: 'login.sessionExpired',
};

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const t = useT();
  return (
    <div className="state state--error" role="alert">
      <Icon name="alert" size={32} className="state__icon" />
      <h2 className="state__title">{title ?? t('common.errorTitle')}</h2>
      <p className="state__body">{t(MESSAGE_BY_KIND[classifyLoadError(error)])}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
