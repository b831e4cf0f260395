import { useQuery } from '@apollo/client/react';
import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { loadStateOf } from '../modules/api/utils/load-state';
import { GET_ORG_UNITS } from '../modules/employees/graphql/queries';
import { useT } from '../modules/i18n';
import { CascadeTree } from '../modules/skp/components/CascadeTree';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { QueryState } from '../modules/ui/components/QueryState';
import { GET_PLAN_CASCADE } from '../modules/skp/graphql/queries';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { useMyPlace } from '../modules/employees/hooks/useMyPlace';
import { buildCascadeTree } from '../modules/skp/utils/cascade-tree';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/skp/styles/skp.css';

const UNIT_PARAM = 'unit';
// Non-breaking spaces keep the indentation inside a native <select>.
const indent = (depth: number) => '\u00a0\u00a0\u00a0'.repeat(Math.max(0, depth));

export function CascadePage() {
  const t = useT();
  const unitSelectId = useId();
  const place = useMyPlace();
  const selection = useCycleSelection();
  const units = useQuery(GET_ORG_UNITS, { errorPolicy: 'all' });
  const [searchParams, setSearchParams] = useSearchParams();
  const orgUnits = units.data?.orgUnits ?? [];
  // Default: the viewer's own unit, else the root (LEADER/HR without a unit of their own).
  const unitId = searchParams.get(UNIT_PARAM) ?? place.employee?.unit?.id ?? orgUnits[0]?.id ?? '';
  const cycle = selection.cycle;

  const cascade = useQuery(GET_PLAN_CASCADE, {
    variables: { cycleId: cycle?.id ?? '', unitId },
    skip: !cycle || !unitId,
    errorPolicy: 'all',
  });
  const roots = useMemo(
    () => buildCascadeTree({ plans: cascade.data?.planCascade ?? [] }),
    [cascade.data],
  );

  const setUnit = (id: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(UNIT_PARAM, id);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="page__content">
      <PageHeader title={t('cascade.title')} subtitle={t('cascade.subtitle')}>
        {orgUnits.length > 0 && (
          <div className="field toolbar__field toolbar__field--wide">
            <label className="field__label" htmlFor={unitSelectId}>
              {t('cascade.unit')}
            </label>
            <select
              id={unitSelectId}
              className="select"
              value={unitId}
              onChange={(event) => setUnit(event.target.value)}
            >
              {orgUnits.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.id === unitId ? unit.name : indent(unit.depth) + unit.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {selection.cycles.length > 0 && cycle && <CycleSelect selection={selection} />}
      </PageHeader>
      <QueryState
        // A unit list that failed only hides the unit picker.
        loads={[place, selection, { ...loadStateOf(units, units.data), error: undefined }]}
        noCycle={!cycle}
        query={loadStateOf(cascade, cascade.data)}
        empty={
          roots.length === 0 && (
            <EmptyState title={t('cascade.empty')} body={t('cascade.emptyHint')} icon="tree" />
          )
        }
        testId="cascade-loading"
      >
        {cycle && <CascadeTree key={`${cycle.id}-${unitId}`} roots={roots} />}
      </QueryState>
    </div>
  );
}
