import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';
import { errorMessage, type FieldErrors, fieldErrorsOf } from '../../api/utils/error-messages';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useI18n } from '../../i18n';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { CREATE_CYCLE } from '../graphql/mutations';
import { DEFAULT_THRESHOLDS, periodsOfYear } from '../utils/cycle-admin';
import { readThresholds } from '../utils/threshold-form';
import { ThresholdFields, type ThresholdValues } from './ThresholdFields';

/** HR opens the next year: year and thresholds prefilled, periods shown, confirmed before sending. */
export function CreateCycleForm({
  defaultYear,
  onCreated,
}: {
  defaultYear: number;
  onCreated: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [year, setYear] = useState(String(defaultYear));
  const [thresholds, setThresholds] = useState<ThresholdValues>({
    meetsThreshold: String(DEFAULT_THRESHOLDS.meetsThreshold),
    exceedsThreshold: String(DEFAULT_THRESHOLDS.exceedsThreshold),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState<{
    year: number;
    meetsThreshold: number;
    exceedsThreshold: number;
  } | null>(null);
  const submission = useIdempotencyKey();
  const [create, state] = useMutation(CREATE_CYCLE, {
    refetchQueries: ['GetCyclesAdmin', 'GetCycles'],
  });
  const yearNumber = Number(year);
  const validYear = /^\d{4}$/.test(year.trim());
  const day = (date: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const read = readThresholds(t, thresholds);
    const local: FieldErrors = read.ok ? {} : { ...read.errors };
    if (!validYear) local.year = t('cycleAdmin.notANumber');
    setErrors(local);
    if (!read.ok || !validYear) return;
    setPending({ year: yearNumber, ...read.input });
  };

  const confirm = async () => {
    if (!pending) return;
    try {
      const result = await create({ variables: { input: pending }, context: submission.context });
      submission.renew();
      setNotice({ tone: 'success', text: t('cycleAdmin.create.done', { year: pending.year }) });
      // The next one to open is the year after.
      setYear(String(pending.year + 1));
      const created = result.data?.createCycle.id;
      if (created) onCreated(created);
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      if (Object.keys(fields).length) setErrors(fields);
      else setNotice({ tone: 'error', text: errorMessage(t, error) });
    } finally {
      setPending(null);
    }
  };

  return (
    <section
      className="card cycle-admin__card"
      aria-labelledby={`${id}-title`}
      data-testid="create-cycle"
    >
      <h2 className="card__title" id={`${id}-title`}>
        {t('cycleAdmin.create.title')}
      </h2>
      <p className="muted small">{t('cycleAdmin.create.hint')}</p>
      <form onSubmit={submit} noValidate>
        <div className="cycle-admin__fields">
          <FormField
            id={`${id}-year`}
            label={t('cycleAdmin.year')}
            error={errors.year || undefined}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                name="year"
                inputMode="numeric"
                value={year}
                onChange={(event) => {
                  setYear(event.target.value);
                  setErrors({ ...errors, year: '' });
                }}
              />
            )}
          </FormField>
        </div>
        <ThresholdFields
          idPrefix={`${id}-create`}
          values={thresholds}
          errors={errors}
          onChange={(values) => {
            setThresholds(values);
            setErrors({ ...errors, meetsThreshold: '', exceedsThreshold: '' });
          }}
        />
        {validYear && (
          <details>
            <summary>{t('cycleAdmin.create.periods', { year: yearNumber })}</summary>
            <ul className="cycle-admin__list small" data-testid="create-cycle-periods">
              {periodsOfYear(yearNumber).map((period) => (
                <li key={period.period}>
                  {t(`periodLong.${period.period}`)}: {day(period.startsOn)} – {day(period.endsOn)}
                </li>
              ))}
            </ul>
          </details>
        )}
        {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={state.loading}>
            {t('cycleAdmin.create.submit', { year: validYear ? yearNumber : '…' })}
          </button>
        </div>
      </form>
      {pending && (
        <ConfirmDialog
          title={t('cycleAdmin.create.submit', { year: pending.year })}
          confirmLabel={t('cycleAdmin.create.submit', { year: pending.year })}
          busy={state.loading}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        >
          <p>{t('cycleAdmin.create.hint')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
