import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../api/utils/error-messages';
import { errorProps } from '../../api/utils/field-errors';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { SET_CYCLE_STATUS } from '../graphql/mutations';
import type { CycleSummaryFieldsFragment } from '../../api/generated/graphql';

/** The Camat moves the cycle ACTIVE → CALIBRATION → CLOSED; failing curves need a written reason. */
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
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [setStatus, state] = useMutation(SET_CYCLE_STATUS, {
    refetchQueries: ['GetCycles', 'GetDistributionCheck'],
  });
  const next =
    cycle.status === 'ACTIVE' ? 'CALIBRATION' : cycle.status === 'CALIBRATION' ? 'CLOSED' : null;

  const move = async () => {
    if (!next) return;
    setNotice(null);
    setReasonError(null);
    if (next === 'CLOSED' && curveFails && !reason.trim()) {
      setReasonError(t('calibration.reasonRequired'));
      return;
    }
    try {
      await setStatus({
        variables: { id: cycle.id, status: next, reason: reason.trim() || null },
      });
      setNotice({ tone: 'success', text: t(`calibration.moved.${next}`) });
      setReason('');
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      // The API names the units whose curve fails, beside the reason it asks for.
      if (fields.reason) setReasonError(fields.reason);
      else setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };

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
      {next === 'CLOSED' && (
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {t('calibration.reason')}
            {curveFails && <span className="muted small"> ({t('calibration.reasonNeeded')})</span>}
          </label>
          <textarea
            id={id}
            className="input textarea"
            rows={3}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonError(null);
            }}
            {...errorProps(id, reasonError ?? undefined)}
          />
          <span className="field__hint">{t('calibration.reasonHint')}</span>
          {reasonError && (
            <span className="field__error" id={`${id}-error`}>
              {reasonError}
            </span>
          )}
        </div>
      )}
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      {next ? (
        <div className="form-actions">
          <button
            type="button"
            className={`button ${next === 'CLOSED' ? 'button--danger' : 'button--primary'}`}
            disabled={state.loading}
            onClick={() => void move()}
          >
            {next === 'CALIBRATION' ? t('calibration.startCalibration') : t('calibration.close')}
          </button>
        </div>
      ) : (
        <p className="muted small">{t(`calibration.stage.${cycle.status}`)}</p>
      )}
    </section>
  );
}
