import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useT } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { errorMessage, fieldErrorsOf, problemText } from '../../api/utils/error-messages';
import { errorProps } from '../../api/utils/field-errors';
import { UPDATE_DEVELOPMENT_ACTIVITY } from '../graphql/mutations';
import type { DevelopmentActivityFieldsFragment } from '../../api/generated/graphql';
import { activityTitle } from '../utils/reasons';

const MIN_REASON = 10;

/** Cancels a plan item; a required pembinaan needs a written reason of at least 10 characters. */
export function CancelActivityDialog({
  activity,
  refetchQueries,
  onDone,
  onClose,
}: {
  activity: DevelopmentActivityFieldsFragment;
  refetchQueries: string[];
  onDone: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_DEVELOPMENT_ACTIVITY, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const required = Boolean(activity.required);

  const confirm = async () => {
    setFailure(null);
    const text = reason.trim();
    if (required && text.length < MIN_REASON) {
      setError(problemText(t, { reason: 'CANCEL_REASON_REQUIRED', params: { min: MIN_REASON } }));
      return;
    }
    try {
      await update({
        variables: {
          id: activity.id,
          input: {
            version: activity.version!,
            status: 'CANCELLED',
            ...(text && { cancelReason: text }),
          },
        },
      });
      onDone();
    } catch (caught) {
      const fields = fieldErrorsOf(t, caught);
      if (fields.cancelReason) setError(fields.cancelReason);
      else setFailure(errorMessage(t, caught));
    }
  };

  return (
    <ConfirmDialog
      title={t('development.cancel.title', { title: activityTitle(t, activity) })}
      confirmLabel={t('development.cancel.confirm')}
      tone="danger"
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {required && <Notice tone="warning">{t('development.cancel.requiredHint')}</Notice>}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-reason`}>
          {required ? t('development.cancel.reasonRequired') : t('development.cancel.reason')}
        </label>
        <textarea
          id={`${id}-reason`}
          className="input textarea"
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          {...errorProps(`${id}-reason`, error ?? undefined)}
        />
        {error && (
          <span className="field__error" id={`${id}-reason-error`}>
            {error}
          </span>
        )}
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}
    </ConfirmDialog>
  );
}
