import type { ReactNode } from 'react';
import { useT } from '../../i18n';

interface FormActionsProps {
  /** The submit button's text. */
  submitLabel: ReactNode;
  /** While saving: both buttons are disabled and the submit button shows a spinner. */
  busy: boolean;
  /** Without it there is no cancel button. */
  onCancel?: () => void;
  /** The cancel button's text; "Cancel" (common.cancel) unless given. */
  cancelLabel?: ReactNode;
}

/** A form's submit button (with a spinner while busy) and its cancel button. */
export function FormActions({ submitLabel, busy, onCancel, cancelLabel }: FormActionsProps) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
        {busy && <span className="spinner__circle" aria-hidden="true" />}
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button--ghost" onClick={onCancel} disabled={busy}>
          {cancelLabel ?? t('common.cancel')}
        </button>
      )}
    </div>
  );
}
