import { useId } from 'react';
import { useT } from '../../i18n';
import type { AnalyticsUnit } from '../hooks/useAnalyticsPlace';

export function UnitPicker({
  units,
  value,
  onChange,
}: {
  units: readonly AnalyticsUnit[];
  value: string;
  onChange: (unitId: string) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="field toolbar__field toolbar__field--wide">
      <label className="field__label" htmlFor={id}>
        {t('analytics.unit')}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {`${'\u00a0\u00a0'.repeat(unit.depth)}${unit.name}`}
          </option>
        ))}
      </select>
    </div>
  );
}
