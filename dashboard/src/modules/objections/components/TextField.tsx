import { useId } from 'react';
import { useT } from '../../i18n';
import { errorProps } from '../../api/utils/field-errors';
import { TEXT_MAX } from '../utils/objections';

/** A labelled textarea or input with its counter and error. */
export function TextField({
  label,
  value,
  onChange,
  error,
  max = TEXT_MAX,
  multiline = true,
  type = 'text',
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  max?: number;
  multiline?: boolean;
  type?: 'text' | 'date';
  name: string;
}) {
  const t = useT();
  const id = useId();
  const common = {
    id,
    name,
    value,
    maxLength: type === 'date' ? undefined : max,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    ...errorProps(id, error),
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea className="input textarea" rows={4} {...common} />
      ) : (
        <input className="input" type={type} {...common} />
      )}
      {type !== 'date' && (
        <span className="field__hint">{t('common.counter', { count: value.length, max })}</span>
      )}
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
