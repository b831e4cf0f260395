import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { significantError } from '../../api/utils/graphql-errors';
import {
  errorMessage,
  type FieldErrors,
  fieldErrorsOf,
  isStaleVersion,
} from '../../api/utils/error-messages';
import { errorProps } from '../../api/utils/field-errors';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { ErrorState } from '../../ui/components/ErrorState';
import { Skeleton } from '../../ui/components/Skeleton';
import { GET_CYCLE_DEADLINES, UPDATE_CYCLE_DEADLINES } from '../graphql/queries';
import type { CycleDeadlines } from '../types';
import { formatDay } from '../utils/deadlines';
import type { CycleDeadlineFieldsFragment } from '../../api/generated/graphql';
import { StaleNotice } from '../../ui/components/StaleNotice';
import { TableScroll } from '../../ui/components/TableScroll';

const DATE_FIELDS = ['skpDueOn', 'annualEvaluationDueOn'] as const;
const DAY_FIELDS = ['realizationDueDays', 'evaluationDueDays', 'reportingWindowDays'] as const;
type Field = (typeof DATE_FIELDS)[number] | (typeof DAY_FIELDS)[number];
type Values = Record<Field, string>;

const valuesOf = (deadlines: CycleDeadlines): Values => ({
  skpDueOn: deadlines.skpDueOn,
  annualEvaluationDueOn: deadlines.annualEvaluationDueOn,
  realizationDueDays: String(deadlines.realizationDueDays),
  evaluationDueDays: String(deadlines.evaluationDueDays),
  reportingWindowDays: String(deadlines.reportingWindowDays),
});

/** HR sets a cycle's deadlines (tenggat); the schedule per period shows what they mean. */
export function CycleDeadlinesForm({ cycleId }: { cycleId: string }) {
  const { t, locale } = useI18n();
  const query = useQuery(GET_CYCLE_DEADLINES, {
    variables: { id: cycleId },
    errorPolicy: 'all',
  });
  const cycle = query.data?.cycle;
  const loadError = cycle ? undefined : significantError(query.error);
  if (query.loading && !cycle)
    return (
      <section className="card deadline-form" aria-busy="true" data-testid="deadline-form-loading">
        <span className="visually-hidden" role="status">
          {t('common.loading')}
        </span>
        <Skeleton width="50%" height="1.1rem" />
        <Skeleton width="80%" />
      </section>
    );
  if (loadError || !cycle?.deadlines)
    return <ErrorState error={loadError} onRetry={() => void query.refetch()} />;
  return (
    // Keyed by the cycle alone: a save here or of the cycle's thresholds changes its version, and
    // must neither wipe what HR is typing nor the notice of what was saved.
    <DeadlineFields
      key={cycle.id}
      cycle={cycle}
      deadlines={cycle.deadlines}
      locale={locale}
      onReload={async () => (await query.refetch()).data?.cycle ?? null}
    />
  );
}

function DeadlineFields({
  cycle,
  deadlines,
  locale,
  onReload,
}: {
  cycle: CycleDeadlineFieldsFragment;
  deadlines: CycleDeadlines;
  locale: string;
  /** Reads the cycle again; resolves to the fresh one (null when it could not). */
  onReload: () => Promise<CycleDeadlineFieldsFragment | null>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState<Values>(() => valuesOf(deadlines));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [stale, setStale] = useState(false);
  const [save, state] = useMutation(UPDATE_CYCLE_DEADLINES);
  const closed = cycle.status === 'CLOSED';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setStale(false);
    setErrors({});
    const days = Object.fromEntries(
      DAY_FIELDS.map((field) => [field, Number(values[field])]),
    ) as Record<(typeof DAY_FIELDS)[number], number>;
    const local: FieldErrors = {};
    for (const field of DAY_FIELDS)
      if (values[field].trim() === '' || !Number.isInteger(days[field]))
        local[field] = t('skp.error.checkFields');
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    try {
      const { data } = await save({
        variables: {
          id: cycle.id,
          version: cycle.version,
          input: {
            // An empty date restores the documented default.
            skpDueOn: values.skpDueOn || null,
            annualEvaluationDueOn: values.annualEvaluationDueOn || null,
            ...days,
          },
        },
      });
      // An emptied date comes back as the default it now stands for.
      const saved = data?.updateCycleDeadlines.deadlines;
      if (saved) setValues(valuesOf(saved));
      setNotice({ tone: 'success', text: t('deadlines.form.saved') });
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

  const input = (field: Field, type: 'date' | 'number') => (
    <div className="field" key={field}>
      <label className="field__label" htmlFor={`${id}-${field}`}>
        {t(`deadlines.form.${field}`)}
      </label>
      <input
        id={`${id}-${field}`}
        className="input"
        type={type}
        name={field}
        inputMode={type === 'number' ? 'numeric' : undefined}
        min={type === 'number' ? 0 : undefined}
        max={type === 'number' ? 90 : undefined}
        value={values[field]}
        disabled={closed}
        onChange={(event) => {
          setValues({ ...values, [field]: event.target.value });
          setErrors({ ...errors, [field]: '' });
        }}
        {...errorProps(`${id}-${field}`, errors[field] || undefined)}
      />
      {errors[field] && (
        <span className="field__error" id={`${id}-${field}-error`}>
          {errors[field]}
        </span>
      )}
    </div>
  );

  return (
    <section
      className="card deadline-form"
      aria-labelledby={`${id}-title`}
      data-testid="deadline-form"
    >
      <h2 className="card__title" id={`${id}-title`}>
        {t('deadlines.form.title', { year: cycle.year })}
      </h2>
      <p className="muted small">
        {closed ? t('deadlines.form.closed') : t('deadlines.form.hint')}
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="deadline-form__grid">
          {DATE_FIELDS.map((field) => input(field, 'date'))}
          {DAY_FIELDS.map((field) => input(field, 'number'))}
        </div>
        {stale && (
          <StaleNotice
            message={t('deadlines.form.stale')}
            reloadLabel={t('deadlines.form.reload')}
            testId="deadlines-stale"
            onReload={() =>
              void onReload().then((fresh) => {
                if (!fresh?.deadlines) return;
                setValues(valuesOf(fresh.deadlines));
                setStale(false);
              })
            }
          />
        )}
        {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
        {!closed && (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={state.loading}>
              {t('deadlines.form.save')}
            </button>
          </div>
        )}
      </form>
      <details>
        <summary>{t('deadlines.form.schedule')}</summary>
        <TableScroll label={t('deadlines.form.schedule')}>
          <table className="table table--compact deadline-schedule" data-testid="deadline-schedule">
            <thead>
              <tr>
                <th scope="col">{t('deadlines.table.period')}</th>
                <th scope="col">{t('deadlines.form.reportingWindow')}</th>
                <th scope="col">{t('deadlines.form.realizationsDue')}</th>
                <th scope="col">{t('deadlines.form.evaluationDue')}</th>
                <th scope="col">{t('deadlines.form.finalizableFrom')}</th>
              </tr>
            </thead>
            <tbody>
              {deadlines.schedule.map((entry) => (
                <tr key={entry.period}>
                  <th scope="row">{t(`period.${entry.period}`)}</th>
                  <td className="deadline-schedule__window">
                    <span className="deadline-schedule__day">
                      {formatDay(entry.reportingOpensOn, locale)} –
                    </span>{' '}
                    <span className="deadline-schedule__day">
                      {formatDay(entry.reportingClosesOn, locale)}
                    </span>
                  </td>
                  <td>
                    {entry.realizationsDueOn ? formatDay(entry.realizationsDueOn, locale) : '–'}
                  </td>
                  <td>{formatDay(entry.evaluationDueOn, locale)}</td>
                  <td>{formatDay(entry.finalizableFrom, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
