import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { SUBMIT_REALIZATION } from '../graphql/mutations';
import type { ReportIndicator } from '../types';
import { FormActions } from '../../ui/components/FormActions';
import { FormField } from '../../ui/components/FormField';
import {
  errorMessage,
  fieldErrorsOf,
  problemText,
  type FieldErrors,
} from '../../api/utils/error-messages';
import { parseNumberInput } from '../utils/number-input';
import { isQualitative, NARRATIVE_MAX, narrativeProblem } from '../utils/qualitative';
import { Notice } from '../../ui/components/Notice';
import type { Period } from '../../api/generated/graphql';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';

interface RealizationFormProps {
  indicator: ReportIndicator;
  period: Period;
  refetchQueries: string[];
  onSaved: () => void;
  onCancel?: () => void;
}

/**
 * Value (or, for a KUALITATIF indicator, the narrative), evidence link and note for one indicator
 * and period; a new report replaces the last.
 */
export function RealizationForm({
  indicator,
  period,
  refetchQueries,
  onSaved,
  onCancel,
}: RealizationFormProps) {
  const t = useT();
  const id = useId();
  const current = indicator.realization;
  const qualitative = isQualitative(indicator);
  const [value, setValue] = useState(current?.value != null ? String(current.value) : '');
  const [narrative, setNarrative] = useState(current?.narrative ?? '');
  const [evidenceUrl, setEvidenceUrl] = useState(current?.evidenceUrl ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SUBMIT_REALIZATION, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const submission = useIdempotencyKey();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const number = parseNumberInput(value);
    const narrativeError = qualitative ? narrativeProblem(narrative) : null;
    if (narrativeError) {
      setErrors({ narrative: problemText(t, narrativeError) });
      return;
    }
    if (!qualitative && (!Number.isFinite(number) || number < 0)) {
      setErrors({ value: problemText(t, { reason: 'NON_NEGATIVE_NUMBER' }) });
      return;
    }
    try {
      await submit({
        variables: {
          input: {
            indicatorId: indicator.id,
            period,
            ...(qualitative ? { narrative: narrative.trim() } : { value: number }),
            evidenceUrl: evidenceUrl.trim() || null,
            note: note.trim() || null,
          },
        },
        context: submission.context,
      });
      submission.renew();
      setErrors({});
      onSaved();
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      setErrors(fields);
      setFailure(Object.keys(fields).length > 0 ? null : errorMessage(t, error));
    }
  };

  const message = (field: string): string | undefined => errors[field];
  const valueError = message('value') ?? (qualitative ? message('narrative') : undefined);
  const evidenceError = message('evidenceUrl');
  const noteError =
    errors.evidenceUrl && errors.note === errors.evidenceUrl ? undefined : message('note');
  const periodError = message('period');

  return (
    <form
      className="realization-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      data-testid="realization-form"
      aria-label={t('report.formLabel', { name: indicator.description ?? '' })}
    >
      <div className="realization-form__grid">
        {qualitative ? (
          <FormField
            id={`${id}-narrative`}
            label={t('qualitative.narrative')}
            error={valueError}
            hint={t('qualitative.narrativeHint')}
            describeHint
            className="realization-form__narrative"
          >
            {(control) => (
              <textarea
                className="input textarea"
                rows={3}
                maxLength={NARRATIVE_MAX}
                value={narrative}
                onChange={(event) => setNarrative(event.target.value)}
                {...control}
              />
            )}
          </FormField>
        ) : (
          <FormField
            id={`${id}-value`}
            label={t('report.value', { unit: indicator.unit ?? '' })}
            error={valueError}
            className="realization-form__value"
          >
            {(control) => (
              <input
                className="input"
                inputMode="decimal"
                autoComplete="off"
                value={value}
                onChange={(event) => setValue(event.target.value)}
                {...control}
              />
            )}
          </FormField>
        )}
        <FormField
          id={`${id}-evidence`}
          label={t('report.evidenceUrl')}
          error={evidenceError}
          className="realization-form__evidence"
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
        <FormField
          id={`${id}-note`}
          label={t('report.noteLabel')}
          error={noteError}
          className="realization-form__note"
        >
          {(control) => (
            <textarea
              className="input textarea"
              rows={1}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              {...control}
            />
          )}
        </FormField>
      </div>
      {!evidenceError && !noteError && <p className="field__hint">{t('report.evidenceHint')}</p>}
      {periodError && <Notice tone="error">{periodError}</Notice>}
      {failure && <Notice tone="error">{failure}</Notice>}
      <FormActions
        submitLabel={loading ? t('target.saving') : t('report.save')}
        busy={loading}
        onCancel={onCancel}
      />
    </form>
  );
}
