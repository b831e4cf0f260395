import { useT } from '../../i18n';
import { useServerAvailability } from '../hooks/useServerAvailability';

/** Says so while the server is unreachable; the session stays and queries retry on their own. */
export function ServerStatusBanner() {
  const t = useT();
  const availability = useServerAvailability();
  return (
    <div role="status" aria-live="polite" className="server-status">
      {availability === 'unavailable' && (
        <p className="server-status__message">
          <span className="spinner spinner--small" aria-hidden="true">
            <span className="spinner__circle" />
          </span>
          <span>{t('server.unavailable')}</span>
        </p>
      )}
    </div>
  );
}
