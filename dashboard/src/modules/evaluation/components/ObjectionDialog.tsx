import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { formatDateTime } from '../../ui/utils/format';
import { errorMessage, fieldErrorsOf, problemText } from '../../api/utils/error-messages';
import { errorProps } from '../../api/utils/field-errors';
import { FILE_OBJECTION } from '../graphql/mutations';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';

export const OBJECTION_REASON_MIN = 10;
export const OBJECTION_REASON_MAX = 4000;

/** The keberatan: a written reason, sent to the evaluator's own supervisor. */
export function ObjectionDialog({
  evaluationId,
  deadline,
  onDone,
  onCancel,
}: {
  evaluationId: string;
  deadline: Date | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [file, fileState] = useMutation(FILE_OBJECTION, {
    refetchQueries: ['GetMyEvaluations'],
    awaitRefetchQueries: true,
  });
  const submission = useIdempotencyKey();
  const submit = async () => {
    if (reason.trim().length < OBJECTION_REASON_MIN) {
      setError(
        problemText(t, {
          reason: 'LENGTH',
          params: { min: OBJECTION_REASON_MIN, max: OBJECTION_REASON_MAX },
        }),
      );
      return;
    }
    try {
      await file({
        variables: { evaluationId, reason: reason.trim() },
        context: submission.context,
      });
      submission.renew();
      onDone();
    } catch (failure) {
      const fields = fieldErrorsOf(t, failure);
      if (fields.reason) setError(fields.reason);
      else setProblem(errorMessage(t, failure));
    }
  };
  return (
    <ConfirmDialog
      title={t('objection.fileTitle')}
      confirmLabel={fileState.loading ? t('objection.filing') : t('objection.file')}
      busy={fileState.loading}
      onConfirm={() => void submit()}
      onCancel={onCancel}
    >
      <p className="small">
        {t('objection.fileBody', {
          date: deadline ? formatDateTime(deadline.toISOString(), locale) : '',
        })}
      </p>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('objection.reason')}
        </label>
        <textarea
          id={id}
          className="input textarea"
          rows={4}
          value={reason}
          maxLength={OBJECTION_REASON_MAX}
          onChange={(event) => {
            setReason(event.target.value);
            setError(null);
          }}
          {...errorProps(id, error ?? undefined)}
        />
        <span className="field__hint">
          {t('common.counter', { count: reason.length, max: OBJECTION_REASON_MAX })}
        </span>
        {error && (
          <span className="field__error" id={`${id}-error`}>
            {error}
          </span>
        )}
      </div>
      {problem && <Notice tone="error">{problem}</Notice>}
    </ConfirmDialog>
  );
}
