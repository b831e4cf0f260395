import { useId, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { useModalFocus } from '../../ui/hooks/useModalFocus';

interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  tone?: 'primary' | 'danger';
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation: focus moves into it and stays there, Escape cancels, focus returns. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy = false,
  tone = 'primary',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useModalFocus(dialogRef, onCancel, confirmRef);
  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        className="modal card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="confirm-dialog"
      >
        <h2 className="card__title" id={titleId}>
          {title}
        </h2>
        {children}
        <div className="form-actions">
          <button
            ref={confirmRef}
            type="button"
            className={`button button--${tone}`}
            onClick={onConfirm}
            disabled={busy}
            aria-busy={busy}
          >
            {confirmLabel}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
