import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { Notice } from '../../skp/components/Notice';
import { errorProps, fieldErrorsOf, type FieldErrors } from '../../skp/utils/field-errors';
import { UPDATE_DEVELOPMENT_ACTIVITY } from '../graphql/mutations';
import type { DevelopmentActivity } from '../types';
import { planChanges, planDraftOf, rebaseDraft, type PlanDraft } from '../utils/plan-changes';
import { developmentErrorMessage, developmentFieldMessage, isStaleVersion } from '../utils/errors';

interface EditActivityFormProps {
  activity: DevelopmentActivity;
  refetchQueries: string[];
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

const SHOWN_FIELDS = ['title', 'reason', 'jp', 'dueDate'];

/**
 * The supervisor chain's edit of an open plan item: reason, JP, due date, and the topic of
 * free-form coaching or mentoring (a training keeps its programme's title). Sends the version
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
      setErrors(result.problems);
      focusFirstError(result.problems);
      return;
    }
    if (Object.keys(result.changes).length === 0) {
      setErrors({});
      onCancel();
      return;
    }
    try {
      await update({
        variables: { id: activity.id, input: { version: activity.version, ...result.changes } },
      });
      setErrors({});
      onSaved();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      const shown = Object.keys(fields).some((field) => SHOWN_FIELDS.includes(field));
      setFailure(
        shown ? null : { message: developmentErrorMessage(t, error), stale: isStaleVersion(error) },
      );
      focusFirstError(fields);
    }
  };

  const set = (field: keyof PlanDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
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
  const title = activity.title ?? activity.program?.title ?? '';

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
        </p>
      </div>
      <div className="activity-edit__grid">
        {freeForm && (
          <div className="field activity-edit__wide">
            <label className="field__label" htmlFor={`${id}-title`}>
              {t('development.edit.topic')}
            </label>
            <input
              id={`${id}-title`}
              className="input"
              value={draft.title}
              readOnly={loading}
              onChange={(event) => set('title')(event.target.value)}
              {...errorProps(`${id}-title`, message('title'))}
            />
            {fieldError('title')}
          </div>
        )}
        <div className="field activity-edit__wide">
          <label className="field__label" htmlFor={`${id}-reason`}>
            {t('development.add.reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            className="input textarea"
            rows={3}
            value={draft.reason}
            readOnly={loading}
            onChange={(event) => set('reason')(event.target.value)}
            {...errorProps(`${id}-reason`, message('reason'))}
          />
          {fieldError('reason')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-jp`}>
            {t('development.add.jp')}
          </label>
          <input
            id={`${id}-jp`}
            className="input"
            inputMode="numeric"
            value={draft.jp}
            readOnly={loading}
            onChange={(event) => set('jp')(event.target.value)}
            {...errorProps(`${id}-jp`, message('jp'))}
            {...(!message('jp') && { 'aria-describedby': `${id}-jp-hint` })}
          />
          {fieldError('jp') ?? (
            <span className="field__hint" id={`${id}-jp-hint`}>
              {t('development.edit.jpHint')}
            </span>
          )}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-dueDate`}>
            {t('development.dueDate')}
          </label>
          <input
            id={`${id}-dueDate`}
            className="input"
            type="date"
            value={draft.dueDate}
            readOnly={loading}
            onChange={(event) => set('dueDate')(event.target.value)}
            {...errorProps(`${id}-dueDate`, message('dueDate'))}
            {...(!message('dueDate') && { 'aria-describedby': `${id}-dueDate-hint` })}
          />
          {fieldError('dueDate') ?? (
            <span className="field__hint" id={`${id}-dueDate-hint`}>
              {t('development.edit.dueDateHint')}
            </span>
          )}
        </div>
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
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={loading}
          aria-busy={loading}
        >
          {loading && <span className="spinner__circle" aria-hidden="true" />}
          {loading ? t('development.edit.saving') : t('development.edit.save')}
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
