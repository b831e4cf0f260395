import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type {
  ActivityStatus,
  DevelopmentActivityFieldsFragment,
  UpdateDevelopmentActivityInput,
} from '../../api/generated/graphql';
import { useT } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { FormActions } from '../../ui/components/FormActions';
import { FormField } from '../../ui/components/FormField';
import { UPDATE_DEVELOPMENT_ACTIVITY } from '../graphql/mutations';
import {
  errorMessage,
  fieldErrorsOf,
  isStaleVersion,
  type FieldErrors,
} from '../../api/utils/error-messages';
import { activityTitle } from '../utils/reasons';

interface ActivityProgressFormProps {
  activity: DevelopmentActivityFieldsFragment;
  /** The status to save with the outcome (DONE when marking it done), or none to keep it. */
  status?: ActivityStatus;
  refetchQueries: string[];
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

/** The outcome and a certificate link, optionally with a new status (marking it done). */
export function ActivityProgressForm({
  activity,
  status,
  refetchQueries,
  onSaved,
  onCancel,
  onReload,
}: ActivityProgressFormProps) {
  const t = useT();
  const id = useId();
  const [outcome, setOutcome] = useState(activity.outcome ?? '');
  const [evidenceUrl, setEvidenceUrl] = useState(activity.evidenceUrl ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  const [update, { loading }] = useMutation(UPDATE_DEVELOPMENT_ACTIVITY, {
    refetchQueries,
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const input: UpdateDevelopmentActivityInput = { version: activity.version! };
    if (status && status !== activity.status) input.status = status;
    if (outcome.trim() !== (activity.outcome ?? '')) input.outcome = outcome.trim();
    if (evidenceUrl.trim() !== (activity.evidenceUrl ?? ''))
      input.evidenceUrl = evidenceUrl.trim() || null;
    if (Object.keys(input).length === 1) {
      onCancel();
      return;
    }
    try {
      await update({ variables: { id: activity.id, input } });
      setErrors({});
      onSaved();
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      setErrors(fields);
      setFailure(
        Object.keys(fields).length > 0
          ? null
          : { message: errorMessage(t, error), stale: isStaleVersion(error) },
      );
    }
  };

  const message = (field: string): string | undefined => errors[field];

  return (
    <form
      className="activity-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t('development.progress.formLabel', { title: activityTitle(t, activity) })}
      data-testid="activity-progress-form"
    >
      {status === 'DONE' && <p className="muted small">{t('development.progress.doneHint')}</p>}
      <FormField
        id={`${id}-outcome`}
        label={t('development.progress.outcome')}
        error={message('outcome')}
      >
        {(control) => (
          <textarea
            className="input textarea"
            rows={3}
            value={outcome}
            placeholder={t('development.progress.outcomePlaceholder')}
            onChange={(event) => setOutcome(event.target.value)}
            {...control}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-evidence`}
        label={t('development.progress.evidenceUrl')}
        error={message('evidenceUrl')}
        hint={t('development.progress.evidenceHint')}
      >
        {(control) => (
          <input
            className="input"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={evidenceUrl}
            onChange={(event) => setEvidenceUrl(event.target.value)}
            {...control}
          />
        )}
      </FormField>
      {failure && (
        <Notice tone="error" testId="activity-error">
          {failure.message}
          {failure.stale && (
            <>
              {' '}
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={onReload}
              >
                {t('development.reload')}
              </button>
            </>
          )}
        </Notice>
      )}
      <FormActions
        submitLabel={
          status === 'DONE' && activity.status !== 'DONE'
            ? t('development.progress.saveDone')
            : t('development.progress.save')
        }
        busy={loading}
        onCancel={onCancel}
      />
    </form>
  );
}
