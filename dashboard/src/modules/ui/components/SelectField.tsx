import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled select of a filter bar: `allLabel` adds a first choice with the empty value (no
 * filter); `onChange` gets the chosen value.
 */
export function SelectField({
  label,
  value,
  options,
  onChange,
  allLabel,
  className = 'field',
}: {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  allLabel?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
