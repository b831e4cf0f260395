import { useId } from 'react';
import { useT } from '../../i18n';
import type { CycleSummary } from '../../skp/types';

interface CycleSelectProps {
  cycles: readonly CycleSummary[];
  value: string;
  onChange: (cycleId: string) => void;
}

export function CycleSelect({ cycles, value, onChange }: CycleSelectProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="field toolbar__field">
      <label className="field__label" htmlFor={id}>
        {t('cycle.label')}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {cycles.map((cycle) => (
          <option key={cycle.id} value={cycle.id}>
            {t('cycle.option', { year: cycle.year, status: t(`cycleStatus.${cycle.status}`) })}
          </option>
        ))}
      </select>
    </div>
  );
}
