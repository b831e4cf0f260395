import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import type { RosterImportResultFieldsFragment } from '../../api/generated/graphql';
import { errorMessage } from '../../api/utils/error-messages';
import { graphQLErrorsOf } from '../../api/utils/graphql-errors';
import { problemText } from '../../api/utils/error-messages';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { Spinner } from '../../ui/components/Spinner';
import { IMPORT_ROSTER } from '../graphql/mutations';
import {
  changesOf,
  readAsBase64,
  ROSTER_ACCEPT,
  rosterFileProblem,
  type RosterFileProblem,
} from '../utils/roster-file';
import { RosterImportTable } from './RosterImportTable';
import { NewAccountsTable } from './NewAccountsTable';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';
import { numberFormat } from '../../ui/utils/format';

type Result = RosterImportResultFieldsFragment;
const STATUSES = ['NEW', 'UPDATED', 'MOVED', 'UNCHANGED', 'ERROR'] as const;
const COUNT_OF: Record<(typeof STATUSES)[number], keyof Result> = {
  NEW: 'newRows',
  UPDATED: 'updatedRows',
  MOVED: 'movedRows',
  UNCHANGED: 'unchangedRows',
  ERROR: 'errorRows',
};

/** The first problem of a refused file (`extensions.fields`), else the error's own sentence. */
function refusalText(t: Parameters<typeof problemText>[0], error: unknown): string {
  const fields = graphQLErrorsOf(error)[0]?.extensions?.fields;
  const first: unknown = Array.isArray(fields) ? fields[0] : undefined;
  if (first && typeof first === 'object' && 'reason' in first && typeof first.reason === 'string')
    return problemText(t, {
      reason: first.reason,
      params: (first as { params?: Record<string, unknown> }).params,
    });
  return errorMessage(t, error);
}

/** Pick a file → dry run → the per-row table → confirm → one real run → the result. */
export function RosterImport() {
  const { t, locale } = useI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [localProblem, setLocalProblem] = useState<RosterFileProblem | null>(null);
  const [checked, setChecked] = useState<Result | null>(null);
  const [saved, setSaved] = useState<Result | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [runImport, { loading }] = useMutation(IMPORT_ROSTER);
  const submission = useIdempotencyKey();
  const number = numberFormat(locale, 3);

  const check = async (upload: { fileName: string; contentBase64: string }) => {
    setRefusal(null);
    setChecked(null);
    setSaved(null);
    try {
      const { data } = await runImport({ variables: { file: upload, dryRun: true } });
      setChecked(data?.importRoster ?? null);
    } catch (error) {
      setRefusal(refusalText(t, error));
    }
  };

  const onFile = async (chosen: File | undefined) => {
    setLocalProblem(null);
    setChecked(null);
    setSaved(null);
    setRefusal(null);
    if (!chosen) return;
    const problem = rosterFileProblem(chosen);
    if (problem) {
      setLocalProblem(problem);
      setFile(null);
      return;
    }
    const upload = { fileName: chosen.name, contentBase64: await readAsBase64(chosen) };
    setFile(upload);
    await check(upload);
  };

  const commit = async () => {
    if (!file) return;
    setRefusal(null);
    try {
      const { data } = await runImport({
        variables: { file, dryRun: false },
        context: submission.context,
      });
      submission.renew();
      setSaved(data?.importRoster ?? null);
      setChecked(null);
      setConfirming(false);
    } catch (error) {
      setConfirming(false);
      setRefusal(refusalText(t, error));
    }
  };

  const reset = () => {
    setFile(null);
    setChecked(null);
    setSaved(null);
    setRefusal(null);
    if (inputRef.current) inputRef.current.value = '';
  };

  const changes = checked ? changesOf(checked) : 0;

  return (
    <>
      <section className="card roster-card" aria-labelledby={`${id}-upload`}>
        <h2 className="card__title" id={`${id}-upload`}>
          {t('roster.step.upload')}
        </h2>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-file`}>
            {t('roster.file.label')}
          </label>
          <input
            ref={inputRef}
            id={`${id}-file`}
            className="roster-file"
            type="file"
            accept={ROSTER_ACCEPT}
            disabled={loading}
            aria-invalid={localProblem !== null}
            aria-describedby={localProblem ? `${id}-file-error` : undefined}
            data-testid="roster-file"
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
          {localProblem && (
            <span id={`${id}-file-error`} role="alert" className="field-error">
              {t(`roster.file.${localProblem}`)}
            </span>
          )}
        </div>
        {loading && !confirming && (
          <p aria-live="polite">
            <Spinner label={t('roster.checking')} /> {t('roster.checking')}
          </p>
        )}
        {refusal && (
          <Notice tone="error" testId="roster-refusal">
            {refusal}
          </Notice>
        )}
        {file && refusal && !loading && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void check(file)}
          >
            {t('roster.checkAgain')}
          </button>
        )}
      </section>

      {checked && (
        <section
          className="card roster-card"
          aria-labelledby={`${id}-result`}
          data-testid="roster-check"
        >
          <h2 className="card__title" id={`${id}-result`}>
            {t('roster.summary', {
              rows: number.format(checked.rows),
              fileName: file?.fileName ?? '',
            })}
          </h2>
          <ul className="roster-counts" aria-label={t('roster.table.status')}>
            {STATUSES.filter((status) => Number(checked[COUNT_OF[status]]) > 0).map((status) => (
              <li key={status} className={`badge badge--roster-${status.toLowerCase()}`}>
                {t(`roster.count.${status}`, {
                  count: number.format(Number(checked[COUNT_OF[status]])),
                })}
              </li>
            ))}
          </ul>
          {checked.ignoredColumns.length > 0 && (
            <p className="muted small">
              {t('roster.ignoredColumns', { columns: checked.ignoredColumns.join(', ') })}
            </p>
          )}
          {checked.errorRows > 0 ? (
            <Notice tone="error" testId="roster-has-errors">
              {t('roster.hasErrors', { count: number.format(checked.errorRows) })}
            </Notice>
          ) : changes === 0 ? (
            <Notice tone="info">{t('roster.nothingToSave')}</Notice>
          ) : null}
          <RosterImportTable key={file?.fileName} entries={checked.entries} />
          {checked.errorRows === 0 && changes > 0 && (
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                data-testid="roster-commit"
                onClick={() => setConfirming(true)}
              >
                {t('roster.commit', { count: number.format(changes) })}
              </button>
            </div>
          )}
        </section>
      )}

      {saved && (
        <Notice tone="success" testId="roster-saved">
          {t('roster.saved', {
            new: number.format(saved.newRows),
            updated: number.format(saved.updatedRows),
            moved: number.format(saved.movedRows),
            unchanged: number.format(saved.unchangedRows),
          })}{' '}
          <button type="button" className="button button--ghost" onClick={reset}>
            {t('roster.importAnother')}
          </button>
        </Notice>
      )}
      {saved && <NewAccountsTable entries={saved.entries} />}

      {confirming && checked && (
        <ConfirmDialog
          title={t('roster.confirm.title')}
          confirmLabel={loading ? t('roster.saving') : t('roster.confirm.action')}
          busy={loading}
          onConfirm={() => void commit()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('roster.confirm.body', {
              new: number.format(checked.newRows),
              updated: number.format(checked.updatedRows),
              moved: number.format(checked.movedRows),
            })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
