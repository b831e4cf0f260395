import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { Notice } from '../../skp/components/Notice';
import { errorProps, fieldErrorsOf, type FieldErrors } from '../../skp/utils/field-errors';
import { ADD_DEVELOPMENT_ACTIVITY } from '../graphql/mutations';
import type { ActivityKind, TrainingRecommendation } from '../types';
import { suggestedDueDate } from '../utils/dates';
import { developmentErrorMessage, developmentFieldMessage } from '../utils/errors';
import { describeReason, reasonLinks } from '../utils/reasons';

interface AddActivityFormProps {
  employeeId: string;
  cycleId: string;
  cycleYear: number;
  /** A recommended programme (reason prefilled and linked); without one, coaching or mentoring. */
  recommendation: TrainingRecommendation | null;
  refetchQueries: string[];
  onAdded: (title: string) => void;
  onCancel: () => void;
}

/** Adds one item to a team member's plan: a recommended programme, or free-form coaching. */
export function AddActivityForm({
  employeeId,
  cycleId,
  cycleYear,
  recommendation,
  refetchQueries,
  onAdded,
  onCancel,
}: AddActivityFormProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const topReason = recommendation?.reasons[0];
  const [kind, setKind] = useState<Exclude<ActivityKind, 'TRAINING'>>('COACHING');
  const [title, setTitle] = useState('');
  const [reason, setReason] = useState(topReason ? describeReason(t, topReason, locale) : '');
  const [jp, setJp] = useState(
    recommendation?.program.hours != null ? String(recommendation.program.hours) : '',
  );
  const [dueDate, setDueDate] = useState(suggestedDueDate(cycleYear));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens above the plan: bring it into view (the button may be far below on a phone).
  useEffect(() => {
    void formRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, []);
  const [add, { loading }] = useMutation(ADD_DEVELOPMENT_ACTIVITY, {
    refetchQueries,
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const jpNumber = jp.trim() === '' ? null : Number(jp);
    if (jpNumber !== null && (!Number.isInteger(jpNumber) || jpNumber < 0)) {
      setErrors({ jp: 'must be a whole number from 0 to 200' });
      return;
    }
    const input = recommendation
      ? {
          employeeId,
          cycleId,
          kind: 'TRAINING' as const,
          programId: recommendation.program.id,
          reason: reason.trim(),
          ...reasonLinks(topReason),
          ...(jpNumber !== null && { jp: jpNumber }),
          ...(dueDate && { dueDate }),
        }
      : {
          employeeId,
          cycleId,
          kind,
          title: title.trim(),
          reason: reason.trim(),
          ...(jpNumber !== null && { jp: jpNumber }),
          ...(dueDate && { dueDate }),
        };
    try {
      await add({ variables: { input } });
      setErrors({});
      onAdded(recommendation?.program.title ?? title.trim());
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      setFailure(Object.keys(fields).length > 0 ? null : developmentErrorMessage(t, error));
    }
  };

  const message = (field: string) =>
    errors[field] ? developmentFieldMessage(t, errors[field]) : undefined;
  const fieldError = (field: string) => {
    const text = message(field);
    return text ? (
      <span className="field__error" id={`${id}-${field}-error`}>
        {text}
      </span>
    ) : null;
  };
  const otherErrors = Object.keys(errors).filter(
    (field) => !['title', 'reason', 'jp', 'dueDate'].includes(field),
  );

  return (
    <form
      ref={formRef}
      className="card add-activity"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={`${id}-heading`}
      data-testid="add-activity-form"
    >
      <h3 className="card__title" id={`${id}-heading`}>
        {recommendation
          ? t('development.add.trainingTitle', { title: recommendation.program.title ?? '' })
          : t('development.add.coachingTitle')}
      </h3>
      {recommendation && (
        <p className="muted small">
          <span className="mono">{recommendation.program.code}</span>
          {recommendation.program.provider && ` · ${recommendation.program.provider}`}
        </p>
      )}
      <div className="add-activity__grid">
        {!recommendation && (
          <>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-kind`}>
                {t('development.add.kind')}
              </label>
              <select
                id={`${id}-kind`}
                className="select"
                value={kind}
                onChange={(event) => setKind(event.target.value as 'COACHING' | 'MENTORING')}
              >
                <option value="COACHING">{t('development.kind.COACHING')}</option>
                <option value="MENTORING">{t('development.kind.MENTORING')}</option>
              </select>
            </div>
            <div className="field add-activity__wide">
              <label className="field__label" htmlFor={`${id}-title`}>
                {t('development.add.topic')}
              </label>
              <input
                id={`${id}-title`}
                className="input"
                value={title}
                onChange={(event) => setTitle(event.target.value)}
                {...errorProps(`${id}-title`, message('title'))}
              />
              {fieldError('title')}
            </div>
          </>
        )}
        <div className="field add-activity__wide">
          <label className="field__label" htmlFor={`${id}-reason`}>
            {t('development.add.reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            className="input textarea"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            {...errorProps(`${id}-reason`, message('reason'))}
          />
          {fieldError('reason') ??
            (recommendation && (
              <span className="field__hint">{t('development.add.reasonLinked')}</span>
            ))}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-jp`}>
            {t('development.add.jp')}
          </label>
          <input
            id={`${id}-jp`}
            className="input"
            inputMode="numeric"
            value={jp}
            onChange={(event) => setJp(event.target.value)}
            {...errorProps(`${id}-jp`, message('jp'))}
          />
          {fieldError('jp')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-due`}>
            {t('development.dueDate')}
          </label>
          <input
            id={`${id}-due`}
            className="input"
            type="date"
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
            {...errorProps(`${id}-dueDate`, message('dueDate'))}
          />
          {fieldError('dueDate')}
        </div>
      </div>
      {otherErrors.map((field) => (
        <Notice key={field} tone="error">
          {message(field)}
        </Notice>
      ))}
      {failure && (
        <Notice tone="error" testId="add-activity-error">
          {failure}
        </Notice>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={loading}
          aria-busy={loading}
        >
          {loading && <span className="spinner__circle" aria-hidden="true" />}
          {t('development.add.submit')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={onCancel}
          disabled={loading}
        >
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
