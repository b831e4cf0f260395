import type { CycleStatus } from '../../api/generated/graphql';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';

/** An SKP not approved when its cycle moved past ACTIVE: frozen as it stands, for everyone. */
export function FrozenPlanNote({ cycle }: { cycle: { year: number; status: CycleStatus } }) {
  const { t } = useI18n();
  return (
    <Notice tone="info" testId="plan-frozen-note">
      {t('skp.frozenByCycle', { year: cycle.year, status: t(`cycleStatus.${cycle.status}`) })}
    </Notice>
  );
}
