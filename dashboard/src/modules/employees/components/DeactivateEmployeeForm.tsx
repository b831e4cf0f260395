import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { EmploymentType, SeparationKind } from '../../api/generated/graphql';
import {
  errorMessage,
  fieldErrorsOf,
  isStaleVersion,
  type FieldErrors,
} from '../../api/utils/error-messages';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useT } from '../../i18n';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { DEACTIVATE_EMPLOYEE } from '../graphql/mutations';

/** Every kind, in the order HR meets them; pension kinds are PNS only, contract end PPPK only. */
export const SEPARATION_KINDS: readonly SeparationKind[] = [
  'PENSIUN_BATAS_USIA',
  'PENSIUN_DINI',
  'ATAS_PERMINTAAN_SENDIRI',
  'MENINGGAL_DUNIA',
  'PINDAH_INSTANSI',
  'TIDAK_CAKAP_JASMANI_ROHANI',
  'PERJANJIAN_KERJA_BERAKHIR',
  'TIDAK_ATAS_PERMINTAAN_SENDIRI',
  'TIDAK_DENGAN_HORMAT',
];
const ONLY_FOR: Partial<Record<SeparationKind, EmploymentType>> = {
  PENSIUN_BATAS_USIA: 'PNS',
  PENSIUN_DINI: 'PNS',
  PERJANJIAN_KERJA_BERAKHIR: 'PPPK',
};

export const separationKindsFor = (type: EmploymentType | null | undefined) =>
  SEPARATION_KINDS.filter((kind) => !type || !ONLY_FOR[kind] || ONLY_FOR[kind] === type);

interface DeactivateEmployeeFormProps {
  employee: {
    id: string;
    name: string | null;
    version: number | null;
    employmentType: EmploymentType | null;
  };
  onDone: () => void;
  onStale: () => void;
}

/** HR records a separation: kind, TMT, note, decree; confirmed first, problems beside each field. */
export function DeactivateEmployeeForm({ employee, onDone, onStale }: DeactivateEmployeeFormProps) {
  const t = useT();
  const base = useId();
  const [deactivate, { loading }] = useMutation(DEACTIVATE_EMPLOYEE);
  const [values, setValues] = useState({
    kind: '' as SeparationKind | '',
    effectiveDate: '',
    reason: '',
    decreeNumber: '',
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // The record's version moves when HR saves the form above or reloads: what was typed here stays
  // (it is sent with the new version), a refusal about the old version goes, and a kind the
  // record's employment type no longer allows is cleared.
  const [seenVersion, setSeenVersion] = useState(employee.version);
  if (employee.version !== seenVersion) {
    setSeenVersion(employee.version);
    setFailure(null);
    setStale(false);
    if (values.kind && !separationKindsFor(employee.employmentType).includes(values.kind))
      setValues((before) => ({ ...before, kind: '' }));
  }
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((before) => ({ ...before, [key]: event.target.value }));
  const name = employee.name ?? '';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const own: FieldErrors = {};
    if (!values.kind) own.kind = t('reason.REQUIRED');
    if (!values.effectiveDate) own.effectiveDate = t('reason.REQUIRED');
    if (!values.reason.trim()) own.reason = t('reason.REQUIRED');
    setFieldErrors(own);
    if (Object.keys(own).length === 0) setConfirming(true);
  }

  async function confirm() {
    setFailure(null);
    setStale(false);
    try {
      await deactivate({
        variables: {
          id: employee.id,
          input: {
            version: employee.version ?? 0,
            kind: values.kind as SeparationKind,
            effectiveDate: values.effectiveDate,
            reason: values.reason,
            decreeNumber: values.decreeNumber.trim() || null,
          },
        },
      });
      onDone();
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      setFieldErrors(fields);
      if (isStaleVersion(error)) setStale(true);
      if (Object.keys(fields).length === 0) setFailure(errorMessage(t, error));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <form
      className="employee-form"
      onSubmit={handleSubmit}
      noValidate
      data-testid="deactivate-form"
    >
      <p>{t('separation.intro')}</p>
      {failure && (
        <Notice tone="error">
          {failure}{' '}
          {stale && (
            <button type="button" className="button button--small button--ghost" onClick={onStale}>
              {t('employeeForm.reload')}
            </button>
          )}
        </Notice>
      )}
      <div className="employee-form__grid">
        <FormField id={`${base}-kind`} label={t('separation.kind')} error={fieldErrors.kind}>
          {(control) => (
            <select
              {...control}
              name="kind"
              className="input"
              value={values.kind}
              onChange={set('kind')}
            >
              <option value="">{t('employeeForm.choose')}</option>
              {separationKindsFor(employee.employmentType).map((kind) => (
                <option key={kind} value={kind}>
                  {t(`separation.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${base}-effectiveDate`}
          label={t('separation.effectiveDate')}
          error={fieldErrors.effectiveDate}
        >
          {(control) => (
            <input
              {...control}
              name="effectiveDate"
              type="date"
              className="input"
              value={values.effectiveDate}
              onChange={set('effectiveDate')}
            />
          )}
        </FormField>
        <FormField id={`${base}-reason`} label={t('separation.reason')} error={fieldErrors.reason}>
          {(control) => (
            <input
              {...control}
              name="reason"
              className="input"
              maxLength={500}
              value={values.reason}
              onChange={set('reason')}
            />
          )}
        </FormField>
        <FormField
          id={`${base}-decreeNumber`}
          label={t('separation.decreeNumber')}
          error={fieldErrors.decreeNumber}
        >
          {(control) => (
            <input
              {...control}
              name="decreeNumber"
              className="input"
              maxLength={100}
              value={values.decreeNumber}
              onChange={set('decreeNumber')}
            />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--danger" disabled={loading}>
          {t('separation.submit')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('separation.confirm', { name })}
          confirmLabel={t('separation.submit')}
          tone="danger"
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('separation.confirmBody')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
