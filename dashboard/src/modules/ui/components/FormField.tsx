import type { ReactNode } from 'react';

/** What a field's control spreads onto itself: its id and the link to the error text. */
export interface FieldControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface FormFieldProps {
  /** The control's id (the label points at it). */
  id: string;
  label: ReactNode;
  /** Shown below the control instead of the hint; marks the control invalid. */
  error?: string;
  hint?: ReactNode;
  /** Give the hint the id `<id>-hint` and describe the control with it while there is no error. */
  describeHint?: boolean;
  /** The error text's id; `<id>-error` unless given. */
  errorId?: string;
  /** Classes added after `field`. */
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled form control with its error text (or hint) below, wired for screen readers. */
export function FormField({
  id,
  label,
  error,
  hint,
  describeHint = false,
  errorId = `${id}-error`,
  className,
  children,
}: FormFieldProps) {
  const hintId = describeHint ? `${id}-hint` : undefined;
  const control: FieldControlProps = error
    ? { id, 'aria-invalid': true, 'aria-describedby': errorId }
    : hintId && hint
      ? { id, 'aria-describedby': hintId }
      : { id };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(control)}
      {error ? (
        <span className="field__error" id={errorId}>
          {error}
        </span>
      ) : hint ? (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
