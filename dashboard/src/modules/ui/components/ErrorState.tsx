import { classifyLoadError } from '../../api/utils/graphql-errors';
import { useT, type MessageKey } from '../../i18n';
import { Icon } from './Icon';

const MESSAGE_BY_KIND: Record<ReturnType<typeof classifyLoadError>, MessageKey> = {
  network: 'common.errorNetwork',
  server: 'common.errorServer',
  forbidden: 'common.errorForbidden',
  notFound: 'common.errorNotFound',
  unauthenticated: 'login.sessionExpired',
};

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/** What trying again cannot change: the data is not there, or not the viewer's to see. */
const FINAL_KINDS = new Set<ReturnType<typeof classifyLoadError>>(['notFound', 'forbidden']);

/** What a failed load says to the user, and whether trying again can help. */
export function loadErrorOf(error: unknown): { message: MessageKey; retryable: boolean } {
  const kind = classifyLoadError(error);
  return { message: MESSAGE_BY_KIND[kind], retryable: !FINAL_KINDS.has(kind) };
}

export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const t = useT();
  const { message, retryable } = loadErrorOf(error);
  return (
    <div className="state state--error" role="alert">
      <Icon name="alert" size={32} className="state__icon" />
      <h2 className="state__title">{title ?? t('common.errorTitle')}</h2>
      <p className="state__body">{t(message)}</p>
      {onRetry && retryable && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
