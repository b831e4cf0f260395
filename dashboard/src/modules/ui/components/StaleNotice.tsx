import { Notice } from './Notice';

/**
 * Someone else saved the record first: says so, with a button that reads it again. What the reader
 * typed stays in the form until they press it.
 */
export function StaleNotice({
  message,
  reloadLabel,
  onReload,
  testId,
}: {
  message: string;
  reloadLabel: string;
  onReload: () => void;
  testId?: string;
}) {
  return (
    <Notice tone="warning" testId={testId}>
      {message}{' '}
      <button type="button" className="button button--secondary button--small" onClick={onReload}>
        {reloadLabel}
      </button>
    </Notice>
  );
}
