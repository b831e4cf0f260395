import { useId } from 'react';
import { useT } from '../../i18n';
import type { CycleSummaryFieldsFragment } from '../../api/generated/graphql';

interface CycleSelectProps {
  cycles: readonly CycleSummaryFieldsFragment[];
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
