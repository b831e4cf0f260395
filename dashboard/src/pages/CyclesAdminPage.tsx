import { useQuery } from '@apollo/client/react';
import { useAbility } from '../modules/authz';
import { loadStateOf } from '../modules/api/utils/load-state';
import { CreateCycleForm } from '../modules/cycles/components/CreateCycleForm';
import { CycleList } from '../modules/cycles/components/CycleList';
import { CycleTransitionPanel } from '../modules/cycles/components/CycleTransitionPanel';
import { ThresholdsForm } from '../modules/cycles/components/ThresholdsForm';
import { GET_CYCLES_ADMIN } from '../modules/cycles/graphql/queries';
import '../modules/cycles/styles/cycle-admin.css';
import { nextCycleYear } from '../modules/cycles/utils/cycle-admin';
import { useChosenCycle } from '../modules/cycles/hooks/useCycleSelection';
import { CycleDeadlinesForm } from '../modules/deadlines/components/CycleDeadlinesForm';
import '../modules/deadlines/styles/deadlines.css';
import { useI18n } from '../modules/i18n';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { QueryState } from '../modules/ui/components/QueryState';

const NO_CYCLES: never[] = [];

/** Siklus Kinerja: HR opens years, sets deadlines and thresholds, moves the status; the Camat closes. */
export function CyclesAdminPage() {
  const { t } = useI18n();
  const ability = useAbility();
  const canManage = ability.can('update', 'Cycle', 'status');
  const query = useQuery(GET_CYCLES_ADMIN, { skip: !canManage, errorPolicy: 'all' });
  const cycles = query.data?.cycles;
  // The cycle chosen on any page is the one managed here, and the one chosen here goes on.
  const { cycle: selected, setCycleId: setSelectedId } = useChosenCycle(cycles ?? NO_CYCLES);

  if (!canManage)
    return (
      <div className="page__content">
        <EmptyState title={t('cycleAdmin.forbidden')} icon="lock" />
      </div>
    );

  return (
    <div className="page__content">
      <PageHeader title={t('cycleAdmin.title')} subtitle={t('cycleAdmin.subtitle')} />
      <QueryState query={loadStateOf(query, cycles)} cards={3} testId="cycles-admin-loading">
        {cycles && (
          <>
            <div className="cycle-admin__grid">
              <CycleList
                cycles={cycles}
                selectedId={selected?.id ?? null}
                onSelect={setSelectedId}
              />
              {ability.can('create', 'Cycle') && (
                <CreateCycleForm
                  defaultYear={nextCycleYear(cycles, new Date())}
                  onCreated={setSelectedId}
                />
              )}
            </div>
            {selected && (
              <div className="cycle-admin__grid">
                <CycleTransitionPanel key={`transition-${selected.id}`} cycle={selected} />
                {ability.can('update', 'Cycle', 'meetsThreshold') && (
                  <ThresholdsForm
                    key={`thresholds-${selected.id}`}
                    cycle={selected}
                    onReload={async () => {
                      const fresh = await query.refetch();
                      return fresh.data?.cycles.find((cycle) => cycle.id === selected.id) ?? null;
                    }}
                  />
                )}
              </div>
            )}
            {selected && ability.can('update', 'Cycle', 'deadlines') && (
              <CycleDeadlinesForm cycleId={selected.id} />
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}
