import type { CycleStatus, PlanStatus } from '../../api/generated/graphql';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { plansOpen } from '../utils/plan-cycle';

/** An SKP not approved when its cycle moved past ACTIVE: frozen as it stands, for everyone. */
export function FrozenPlanNote({
  plan,
}: {
  plan: { status?: PlanStatus | null; cycle?: { year: number; status: CycleStatus } | null };
}) {
  const { t } = useI18n();
  const { cycle } = plan;
  if (!cycle || plansOpen(cycle) || plan.status === 'APPROVED') return null;
  return (
    <Notice tone="info" testId="plan-frozen-note">
      {t('skp.frozenByCycle', { year: cycle.year, status: t(`cycleStatus.${cycle.status}`) })}
    </Notice>
  );
}
