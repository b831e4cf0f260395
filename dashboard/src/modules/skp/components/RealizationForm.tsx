import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { SUBMIT_REALIZATION } from '../graphql/mutations';
import type { Period, ReportIndicator } from '../types';
import {
  errorProps,
  fieldErrorsOf,
  translateFieldMessage,
  type FieldErrors,
} from '../utils/field-errors';
import { mutationErrorMessage } from '../utils/mutation-error';
import { parseNumberInput } from '../utils/number-input';
import { Notice } from './Notice';

interface RealizationFormProps {
  indicator: ReportIndicator;
  period: Period;
  refetchQueries: string[];
  onSaved: () => void;
  onCancel?: () => void;
}

/** Value, evidence link and note for one indicator and period; a new report replaces the last. */
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
  const [value, setValue] = useState(current?.value != null ? String(current.value) : '');
  const [evidenceUrl, setEvidenceUrl] = useState(current?.evidenceUrl ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SUBMIT_REALIZATION, {
    refetchQueries,
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const number = parseNumberInput(value);
    if (!Number.isFinite(number) || number < 0) {
      setErrors({ value: 'must be a number of at least 0' });
      return;
    }
    try {
      await submit({
        variables: {
          input: {
            indicatorId: indicator.id,
            period,
            value: number,
            evidenceUrl: evidenceUrl.trim() || null,
            note: note.trim() || null,
          },
        },
      });
      setErrors({});
      onSaved();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      setFailure(Object.keys(fields).length > 0 ? null : mutationErrorMessage(t, error));
    }
  };

  const message = (field: string) =>
    errors[field] ? translateFieldMessage(t, errors[field]) : undefined;
  const valueError = message('value');
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
        <div className="field realization-form__value">
          <label className="field__label" htmlFor={`${id}-value`}>
            {t('report.value', { unit: indicator.unit ?? '' })}
          </label>
          <input
            id={`${id}-value`}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            {...errorProps(`${id}-value`, valueError)}
          />
          {valueError && (
            <span className="field__error" id={`${id}-value-error`}>
              {valueError}
            </span>
          )}
        </div>
        <div className="field realization-form__evidence">
          <label className="field__label" htmlFor={`${id}-evidence`}>
            {t('report.evidenceUrl')}
          </label>
          <input
            id={`${id}-evidence`}
            className="input"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={evidenceUrl}
            onChange={(event) => setEvidenceUrl(event.target.value)}
            {...errorProps(`${id}-evidence`, evidenceError)}
          />
          {evidenceError && (
            <span className="field__error" id={`${id}-evidence-error`}>
              {evidenceError}
            </span>
          )}
        </div>
        <div className="field realization-form__note">
          <label className="field__label" htmlFor={`${id}-note`}>
            {t('report.noteLabel')}
          </label>
          <textarea
            id={`${id}-note`}
            className="input textarea"
            rows={1}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            {...errorProps(`${id}-note`, noteError)}
          />
          {noteError && (
            <span className="field__error" id={`${id}-note-error`}>
              {noteError}
            </span>
          )}
        </div>
      </div>
      {!evidenceError && !noteError && <p className="field__hint">{t('report.evidenceHint')}</p>}
      {periodError && <Notice tone="error">{periodError}</Notice>}
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={loading}
          aria-busy={loading}
        >
          {loading && <span className="spinner__circle" aria-hidden="true" />}
          {loading ? t('target.saving') : t('report.save')}
        </button>
        {onCancel && (
          <button
            type="button"
            className="button button--ghost"
            onClick={onCancel}
            disabled={loading}
          >
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
