import type { ReactNode } from 'react';
import { errorProps } from '../../api/utils/field-errors';

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
  /** The base of the error text's id (`<errorFor>-error`); the control's id unless given. */
  errorFor?: string;
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
  errorFor = id,
  className,
  children,
}: FormFieldProps) {
  const hintId = describeHint ? `${id}-hint` : undefined;
  const control: FieldControlProps = error
    ? { id, ...errorProps(errorFor, error) }
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
        <span className="field__error" id={`${errorFor}-error`}>
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
