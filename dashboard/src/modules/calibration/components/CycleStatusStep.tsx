import { useId, useState } from 'react';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { CycleTransitionDialog } from '../../cycles/components/CycleTransitionDialog';
import type { CycleSummaryFieldsFragment } from '../../api/generated/graphql';

/**
 * The Camat moves the cycle ACTIVE → CALIBRATION → CLOSED, each step confirmed over the API's
 * count of what it does to the whole kecamatan; failing curves need a written reason there.
 */
export function CycleStatusStep({
  cycle,
  curveFails,
}: {
  cycle: CycleSummaryFieldsFragment;
  /** The selected unit's curve fails (the API checks every unit when closing). */
  curveFails: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [moved, setMoved] = useState<string | null>(null);
  const next =
    cycle.status === 'ACTIVE' ? 'CALIBRATION' : cycle.status === 'CALIBRATION' ? 'CLOSED' : null;

  return (
    <section className="card cycle-step" aria-labelledby={`${id}-title`} data-testid="cycle-step">
      <h2 className="card__title" id={`${id}-title`}>
        {t('calibration.cycleStep', { year: cycle.year })}
      </h2>
      <ol className="cycle-step__track">
        {(['ACTIVE', 'CALIBRATION', 'CLOSED'] as const).map((status) => (
          <li
            key={status}
            className={`cycle-step__stage${cycle.status === status ? ' cycle-step__stage--current' : ''}`}
            aria-current={cycle.status === status ? 'step' : undefined}
          >
            {t(`cycleStatus.${status}`)}
          </li>
        ))}
      </ol>
      {next === 'CLOSED' && curveFails && (
        <p className="muted small">{t('calibration.reasonNeeded')}</p>
      )}
      {moved && <Notice tone="success">{moved}</Notice>}
      {next ? (
        <div className="form-actions">
          <button
            type="button"
            className={`button ${next === 'CLOSED' ? 'button--danger' : 'button--primary'}`}
            onClick={() => {
              setMoved(null);
              setConfirming(true);
            }}
          >
            {next === 'CALIBRATION' ? t('calibration.startCalibration') : t('calibration.close')}
          </button>
        </div>
      ) : (
        <p className="muted small">{t(`calibration.stage.${cycle.status}`)}</p>
      )}
      {confirming && next && (
        <CycleTransitionDialog
          cycle={cycle}
          to={next}
          onClose={() => setConfirming(false)}
          onMoved={() => {
            setConfirming(false);
            setMoved(t(`calibration.moved.${next}`));
          }}
        />
      )}
    </section>
  );
}
