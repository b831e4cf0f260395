import { useId, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { useModalFocus } from '../hooks/useModalFocus';
import '../styles/modal.css';

interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  tone?: 'primary' | 'danger';
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirm button waits (e.g. for a required reason); null hides it (the step is refused). */
  confirmDisabled?: boolean | null;
  testId?: string;
}

/** A modal confirmation: focus moves into it, Escape cancels. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy = false,
  tone = 'primary',
  onConfirm,
  onCancel,
  confirmDisabled = false,
  testId = 'confirm-dialog',
}: ConfirmDialogProps) {
  const t = useT();
  const titleId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  // Focus the confirm button when it can act, the way out otherwise; Tab stays inside, Escape
  // cancels, and focus returns to the opener.
  useModalFocus(dialogRef, onCancel, () =>
    confirmRef.current && !confirmRef.current.disabled ? confirmRef.current : cancelRef.current,
  );
  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        className="modal card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
      >
        <h2 className="card__title" id={titleId}>
          {title}
        </h2>
        {children}
        <div className="form-actions">
          {confirmDisabled !== null && (
            <button
              ref={confirmRef}
              type="button"
              className={`button button--${tone}`}
              onClick={onConfirm}
              disabled={busy || confirmDisabled}
              aria-busy={busy}
            >
              {confirmLabel}
            </button>
          )}
          <button
            ref={cancelRef}
            type="button"
            className="button button--ghost"
            onClick={onCancel}
            disabled={busy}
          >
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
