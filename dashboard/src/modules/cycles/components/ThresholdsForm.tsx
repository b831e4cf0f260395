import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import {
  errorMessage,
  type FieldErrors,
  fieldErrorsOf,
  isStaleVersion,
} from '../../api/utils/error-messages';
import type { CycleAdminFieldsFragment } from '../../api/generated/graphql';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { StaleNotice } from '../../ui/components/StaleNotice';
import { UPDATE_CYCLE_THRESHOLDS } from '../graphql/mutations';
import { readThresholds } from '../utils/threshold-form';
import { ThresholdFields, type ThresholdValues } from './ThresholdFields';

const valuesOf = (cycle: CycleAdminFieldsFragment): ThresholdValues => ({
  meetsThreshold: String(cycle.meetsThreshold),
  exceedsThreshold: String(cycle.exceedsThreshold),
});

/** HR sets the suggested-rating thresholds of a cycle, with the version it read. */
export function ThresholdsForm({
  cycle,
  onReload,
}: {
  cycle: CycleAdminFieldsFragment;
  /** Reads the cycle again; resolves to the fresh row (null when it could not). */
  onReload: () => Promise<CycleAdminFieldsFragment | null>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState<ThresholdValues>(() => valuesOf(cycle));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [stale, setStale] = useState(false);
  const [save, state] = useMutation(UPDATE_CYCLE_THRESHOLDS);
  const closed = cycle.status === 'CLOSED';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setStale(false);
    const read = readThresholds(t, values);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    try {
      await save({ variables: { id: cycle.id, version: cycle.version, input: read.input } });
      setNotice({ tone: 'success', text: t('cycleAdmin.thresholds.saved') });
    } catch (error) {
      if (isStaleVersion(error)) {
        setStale(true);
        return;
      }
      const fields = fieldErrorsOf(t, error);
      if (Object.keys(fields).length) setErrors(fields);
      else setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };

  return (
    <section
      className="card cycle-admin__card"
      aria-labelledby={`${id}-title`}
      data-testid="thresholds-form"
    >
      <h2 className="card__title" id={`${id}-title`}>
        {t('cycleAdmin.thresholds.title', { year: cycle.year })}
      </h2>
      {closed && <p className="muted small">{t('cycleAdmin.thresholds.closed')}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ThresholdFields
          idPrefix={id}
          values={values}
          errors={errors}
          disabled={closed}
          onChange={(next) => {
            setValues(next);
            setErrors({});
          }}
        />
        {stale && (
          <StaleNotice
            message={t('cycleAdmin.stale')}
            reloadLabel={t('cycleAdmin.reload')}
            testId="thresholds-stale"
            onReload={() =>
              void onReload().then((fresh) => {
                if (!fresh) return;
                setValues(valuesOf(fresh));
                setStale(false);
              })
            }
          />
        )}
        {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
        {!closed && (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={state.loading}>
              {t('cycleAdmin.thresholds.save')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
