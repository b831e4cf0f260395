import { useId } from 'react';
import { useT } from '../../i18n';
import type { CycleSelection } from '../hooks/useCycleSelection';

/**
 * Picks the page's cycle; the choice lives in the URL through the selection. While the cycles load
 * it is there already, disabled, so the page below does not move when they arrive.
 */
export function CycleSelect({ selection }: { selection: CycleSelection }) {
  const { cycles, cycle, setCycleId } = selection;
  const t = useT();
  const id = useId();
  const waiting = selection.loading && cycles.length === 0;
  return (
    <div className="field toolbar__field">
      <label className="field__label" htmlFor={id}>
        {t('cycle.label')}
      </label>
      <select
        id={id}
        className="select"
        value={waiting ? '' : (cycle?.id ?? '')}
        disabled={waiting}
        aria-busy={waiting || undefined}
        onChange={(event) => setCycleId(event.target.value)}
      >
        {waiting ? (
          <option value="">{t('common.loading')}</option>
        ) : (
          cycles.map((cycle) => (
            <option key={cycle.id} value={cycle.id}>
              {t('cycle.option', { year: cycle.year, status: t(`cycleStatus.${cycle.status}`) })}
            </option>
          ))
        )}
      </select>
    </div>
  );
}
