import { FormField } from '../../ui/components/FormField';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** A date (YYYY-MM-DD) with its label, error and optional hint and latest day. */
export function DateField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  max,
  className,
}: TextFieldProps & { hint?: string; max?: string; className?: string }) {
  return (
    <FormField
      id={id}
      label={label}
      error={error}
      hint={hint}
      describeHint={Boolean(hint)}
      className={className}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          type="date"
          max={max}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/** The date a staffing change takes effect and the SK (decree) number it rests on. */
export function DecreeFields({
  date,
  decree,
}: {
  date: Parameters<typeof DateField>[0];
  decree: TextFieldProps;
}) {
  return (
    <>
      <DateField {...date} />
      <FormField id={decree.id} label={decree.label} error={decree.error}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={decree.value}
            onChange={(e) => decree.onChange(e.target.value)}
          />
        )}
      </FormField>
    </>
  );
}
