import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { FormActions } from '../../ui/components/FormActions';
import { FormField } from '../../ui/components/FormField';
import { ADD_DEVELOPMENT_ACTIVITY } from '../graphql/mutations';
import type { TrainingRecommendation } from '../types';
import { suggestedDueDate } from '../utils/dates';
import {
  errorMessage,
  fieldErrorsOf,
  problemText,
  type FieldErrors,
} from '../../api/utils/error-messages';
import { MAX_ACTIVITY_JP } from '../utils/plan-changes';
import { describeReason, reasonLinks } from '../utils/reasons';
import type { ActivityKind } from '../../api/generated/graphql';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';

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
  const submission = useIdempotencyKey();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const jpNumber = jp.trim() === '' ? null : Number(jp);
    if (jpNumber !== null && (!Number.isInteger(jpNumber) || jpNumber < 0)) {
      setErrors({
        jp: problemText(t, {
          reason: 'WHOLE_NUMBER_RANGE',
          params: { min: 0, max: MAX_ACTIVITY_JP },
        }),
      });
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
      await add({ variables: { input }, context: submission.context });
      submission.renew();
      setErrors({});
      onAdded(recommendation?.program.title ?? title.trim());
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      setErrors(fields);
      setFailure(Object.keys(fields).length > 0 ? null : errorMessage(t, error));
    }
  };

  const message = (field: string): string | undefined => errors[field];
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
            <FormField id={`${id}-kind`} label={t('development.add.kind')}>
              {(control) => (
                <select
                  className="select"
                  value={kind}
                  onChange={(event) => setKind(event.target.value as 'COACHING' | 'MENTORING')}
                  {...control}
                >
                  <option value="COACHING">{t('development.kind.COACHING')}</option>
                  <option value="MENTORING">{t('development.kind.MENTORING')}</option>
                </select>
              )}
            </FormField>
            <FormField
              id={`${id}-title`}
              label={t('development.add.topic')}
              error={message('title')}
              className="add-activity__wide"
            >
              {(control) => (
                <input
                  className="input"
                  value={title}
                  onChange={(event) => setTitle(event.target.value)}
                  {...control}
                />
              )}
            </FormField>
          </>
        )}
        <FormField
          id={`${id}-reason`}
          label={t('development.add.reason')}
          error={message('reason')}
          hint={recommendation ? t('development.add.reasonLinked') : undefined}
          className="add-activity__wide"
        >
          {(control) => (
            <textarea
              className="input textarea"
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              {...control}
            />
          )}
        </FormField>
        <FormField id={`${id}-jp`} label={t('development.add.jp')} error={message('jp')}>
          {(control) => (
            <input
              className="input"
              inputMode="numeric"
              value={jp}
              onChange={(event) => setJp(event.target.value)}
              {...control}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-due`}
          label={t('development.dueDate')}
          error={message('dueDate')}
          errorFor={`${id}-dueDate`}
        >
          {(control) => (
            <input
              className="input"
              type="date"
              value={dueDate}
              onChange={(event) => setDueDate(event.target.value)}
              {...control}
            />
          )}
        </FormField>
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
      <FormActions submitLabel={t('development.add.submit')} busy={loading} onCancel={onCancel} />
    </form>
  );
}
