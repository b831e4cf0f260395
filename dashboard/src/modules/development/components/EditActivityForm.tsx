import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { FormActions } from '../../ui/components/FormActions';
import { FormField } from '../../ui/components/FormField';
import { UPDATE_DEVELOPMENT_ACTIVITY } from '../graphql/mutations';
import { planChanges, planDraftOf, rebaseDraft, type PlanDraft } from '../utils/plan-changes';
import {
  errorMessage,
  fieldErrorsOf,
  isStaleVersion,
  problemText,
  type FieldErrors,
} from '../../api/utils/error-messages';
import type { DevelopmentActivityFieldsFragment } from '../../api/generated/graphql';
import { activityTitle } from '../utils/reasons';

interface EditActivityFormProps {
  activity: DevelopmentActivityFieldsFragment;
  refetchQueries: string[];
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

const SHOWN_FIELDS = ['title', 'reason', 'jp', 'dueDate'];

/**
 * The supervisor chain's edit of an open plan item: reason, JP, due date, and the topic of
 * free-form coaching or mentoring (a training keeps its programme's title, a required pembinaan
 * the reason its predicate gives). Sends the version
 * read, so a change someone saved meanwhile is never overwritten.
 */
export function EditActivityForm({
  activity,
  refetchQueries,
  onSaved,
  onCancel,
  onReload,
}: EditActivityFormProps) {
  const t = useT();
  const id = useId();
  const freeForm = activity.kind === 'COACHING' || activity.kind === 'MENTORING';
  const [draft, setDraft] = useState<PlanDraft>(() => planDraftOf(activity));
  // The version the draft was based on; a reload with a newer one rebases the untouched fields.
  const [base, setBase] = useState({ version: activity.version, values: planDraftOf(activity) });
  if (base.version !== activity.version) {
    const values = planDraftOf(activity);
    setDraft((current) => rebaseDraft({ draft: current, before: base.values, after: values }));
    setBase({ version: activity.version, values });
  }
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [update, { loading }] = useMutation(UPDATE_DEVELOPMENT_ACTIVITY, {
    refetchQueries,
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);

  // After a failed save, put the keyboard on the first field that needs attention.
  const focusFirstError = (fields: FieldErrors) => {
    const first = SHOWN_FIELDS.find((field) => fields[field]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    setReloaded(false);
    const result = planChanges({ activity, draft, freeForm });
    if ('problems' in result) {
      const problems = Object.fromEntries(
        Object.entries(result.problems).map(([field, problem]) => [field, problemText(t, problem)]),
      );
      setErrors(problems);
      focusFirstError(problems);
      return;
    }
    if (Object.keys(result.changes).length === 0) {
      setErrors({});
      onCancel();
      return;
    }
    try {
      await update({
        variables: { id: activity.id, input: { version: activity.version!, ...result.changes } },
      });
      setErrors({});
      onSaved();
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      setErrors(fields);
      const shown = Object.keys(fields).some((field) => SHOWN_FIELDS.includes(field));
      setFailure(shown ? null : { message: errorMessage(t, error), stale: isStaleVersion(error) });
      focusFirstError(fields);
    }
  };

  const set = (field: keyof PlanDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const message = (field: string): string | undefined => errors[field];
  const title = activityTitle(t, activity);

  return (
    <form
      ref={formRef}
      className="activity-form activity-edit"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t('development.edit.formLabel', { title })}
      aria-busy={loading}
      data-testid="activity-edit-form"
    >
      <div>
        <h4 className="activity-edit__title">{t('development.edit.title')}</h4>
        <p className="muted small activity-edit__hint">
          {t('development.edit.hint')}
          {!freeForm && ` ${t('development.edit.trainingTitle')}`}
          {activity.required && ` ${t('development.edit.requiredReason')}`}
        </p>
      </div>
      <div className="activity-edit__grid">
        {freeForm && (
          <FormField
            id={`${id}-title`}
            label={t('development.edit.topic')}
            error={message('title')}
            className="activity-edit__wide"
          >
            {(control) => (
              <input
                className="input"
                value={draft.title}
                readOnly={loading}
                onChange={(event) => set('title')(event.target.value)}
                {...control}
              />
            )}
          </FormField>
        )}
        {!activity.required && (
          <FormField
            id={`${id}-reason`}
            label={t('development.add.reason')}
            error={message('reason')}
            className="activity-edit__wide"
          >
            {(control) => (
              <textarea
                className="input textarea"
                rows={3}
                value={draft.reason}
                readOnly={loading}
                onChange={(event) => set('reason')(event.target.value)}
                {...control}
              />
            )}
          </FormField>
        )}
        <FormField
          id={`${id}-jp`}
          label={t('development.add.jp')}
          error={message('jp')}
          hint={t('development.edit.jpHint')}
          describeHint
        >
          {(control) => (
            <input
              className="input"
              inputMode="numeric"
              value={draft.jp}
              readOnly={loading}
              onChange={(event) => set('jp')(event.target.value)}
              {...control}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-dueDate`}
          label={t('development.dueDate')}
          error={message('dueDate')}
          hint={t('development.edit.dueDateHint')}
          describeHint
        >
          {(control) => (
            <input
              className="input"
              type="date"
              value={draft.dueDate}
              readOnly={loading}
              onChange={(event) => set('dueDate')(event.target.value)}
              {...control}
            />
          )}
        </FormField>
      </div>
      {Object.keys(errors)
        .filter((field) => !SHOWN_FIELDS.includes(field))
        .map((field) => (
          <Notice key={field} tone="error">
            {message(field)}
          </Notice>
        ))}
      {failure && (
        <Notice tone="error" testId="activity-edit-error">
          {failure.message}
          {failure.stale && (
            <>
              {' '}
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => {
                  setFailure(null);
                  setReloaded(true);
                  onReload();
                }}
              >
                {t('development.reload')}
              </button>
            </>
          )}
        </Notice>
      )}
      {reloaded && <Notice tone="info">{t('development.edit.reloaded')}</Notice>}
      <FormActions
        submitLabel={loading ? t('development.edit.saving') : t('development.edit.save')}
        busy={loading}
        onCancel={onCancel}
      />
    </form>
  );
}
