import { useI18n } from '../../i18n';
import { FormField } from '../../ui/components/FormField';

export interface ThresholdValues {
  meetsThreshold: string;
  exceedsThreshold: string;
}

/** The two achievement thresholds, each with its hint or its error beside it. */
export function ThresholdFields({
  idPrefix,
  values,
  errors,
  disabled = false,
  onChange,
}: {
  idPrefix: string;
  values: ThresholdValues;
  errors: Partial<Record<keyof ThresholdValues, string>>;
  disabled?: boolean;
  onChange: (values: ThresholdValues) => void;
}) {
  const { t } = useI18n();
  const field = (name: keyof ThresholdValues, label: string, hint: string) => (
    <FormField
      id={`${idPrefix}-${name}`}
      label={label}
      hint={hint}
      describeHint
      error={errors[name] || undefined}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          name={name}
          inputMode="decimal"
          value={values[name]}
          disabled={disabled}
          onChange={(event) => onChange({ ...values, [name]: event.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <div className="cycle-admin__fields">
      {field('meetsThreshold', t('cycleAdmin.meetsThreshold'), t('cycleAdmin.meetsHint'))}
      {field('exceedsThreshold', t('cycleAdmin.exceedsThreshold'), t('cycleAdmin.exceedsHint'))}
    </div>
  );
}
