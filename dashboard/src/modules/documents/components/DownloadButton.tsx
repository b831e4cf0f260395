import { useState } from 'react';
import { useAuth } from '../../auth/hooks/useAuth';
import { DownloadError, fetchFile, saveFile } from '../../api/utils/download';
import { useT } from '../../i18n';
import { Spinner } from '../../ui/components/Spinner';

export type DocumentLabel =
  | 'documents.skp'
  | 'documents.evaluation'
  | 'documents.evaluationShort'
  | 'documents.organizationPredicate'
  | 'documents.recap'
  | 'documents.jpRecap'
  | 'documents.roster'
  | 'documents.rosterTemplate'
  | 'documents.auditLog';

interface DownloadButtonProps {
  /** API path, e.g. `/documents/skp/12.pdf`. */
  href: string;
  label: DocumentLabel;
  fallbackName: string;
  /** Names the document for screen readers when several buttons share a label. */
  ariaLabel?: string;
  /** A row's button, beside the row's other small actions. */
  small?: boolean;
}

/** Fetches an official document with the session's token and saves it, with loading and error states. */
export function DownloadButton({
  href,
  label,
  fallbackName,
  ariaLabel,
  small = false,
}: DownloadButtonProps) {
  const t = useT();
  const { token } = useAuth();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DownloadError['failure'] | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, fileName } = await fetchFile({ url: href, token, fallbackName });
      saveFile(blob, fileName);
    } catch (caught) {
      setError(caught instanceof DownloadError ? caught.failure : 'SERVER');
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="download-button">
      <button
        type="button"
        className={`button button--secondary${small ? ' button--small' : ''}`}
        onClick={() => void download()}
        disabled={busy}
        aria-busy={busy}
        aria-label={ariaLabel}
      >
        {busy ? <Spinner label={t('documents.downloading')} /> : null} {t(label)}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {t(`documents.error.${error}`)}
        </span>
      )}
    </span>
  );
}
