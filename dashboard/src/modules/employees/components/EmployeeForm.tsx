import { useId, useState, type FormEvent } from 'react';
import type {
  EmploymentType,
  Gender,
  GetEmployeeFormOptionsQuery,
} from '../../api/generated/graphql';
import type { FieldErrors } from '../../api/utils/error-messages';
import { ranksFor } from '../../accounts/utils/ranks';
import { useT } from '../../i18n';
import { FormActions } from '../../ui/components/FormActions';
import { FormField } from '../../ui/components/FormField';

export interface EmployeeFormValues {
  nip: string;
  name: string;
  gender: Gender | '';
  birthDate: string;
  employmentType: EmploymentType | '';
  rank: string;
  positionId: string;
  unitId: string;
  supervisorId: string;
  email: string;
  phone: string;
  /** A new employee's first day in the kecamatan (asked only when adding one). */
  tmt: string;
}

export const EMPTY_EMPLOYEE_FORM: EmployeeFormValues = {
  nip: '',
  name: '',
  gender: '',
  birthDate: '',
  employmentType: '',
  rank: '',
  positionId: '',
  unitId: '',
  supervisorId: '',
  email: '',
  phone: '',
  tmt: '',
};

interface EmployeeFormProps {
  initial: EmployeeFormValues;
  options: GetEmployeeFormOptionsQuery | undefined;
  /** The employee being edited, left out of the supervisor choices; none when adding one. */
  selfId?: string;
  /** The API's problems by field (`nip`, `birthDate`, …), shown beside each input. */
  fieldErrors: FieldErrors;
  busy: boolean;
  submitLabel: string;
  onSubmit: (values: EmployeeFormValues) => void;
  onCancel?: () => void;
}

type TextKey = Exclude<keyof EmployeeFormValues, 'gender' | 'employmentType'>;

/** HR's employee record form: the API checks NIP ↔ birth date ↔ gender ↔ golongan; its problems show here. */
export function EmployeeForm({
  initial,
  options,
  selfId,
  fieldErrors,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
}: EmployeeFormProps) {
  const t = useT();
  const base = useId();
  const [values, setValues] = useState(initial);
  const idOf = (key: keyof EmployeeFormValues) => `${base}-${key}`;
  const set =
    (key: keyof EmployeeFormValues) =>
    (event: { target: { value: string } }): void =>
      setValues((before) => ({ ...before, [key]: event.target.value }));

  const ranks = ranksFor(options?.ranks, values.employmentType);
  const rankChoices = values.rank && !ranks.includes(values.rank) ? [values.rank, ...ranks] : ranks;
  const supervisors = (options?.employees.edges ?? [])
    .map((edge) => edge.node)
    .filter((employee) => employee.id !== selfId);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(values);
  }

  const text = (
    key: TextKey,
    label: string,
    extra: Record<string, unknown> = {},
    hint?: string,
  ) => (
    <FormField id={idOf(key)} label={label} error={fieldErrors[key]} hint={hint} describeHint>
      {(control) => (
        <input
          {...control}
          {...extra}
          name={key}
          className="input"
          value={values[key]}
          onChange={set(key)}
        />
      )}
    </FormField>
  );

  return (
    <form className="employee-form" onSubmit={handleSubmit} noValidate data-testid="employee-form">
      <div className="employee-form__grid">
        {text(
          'nip',
          t('employee.nip'),
          { inputMode: 'numeric', maxLength: 18 },
          t('employeeForm.nipHint'),
        )}
        {text('name', t('employee.name'), { autoComplete: 'off' })}
        <FormField id={idOf('gender')} label={t('employee.gender')} error={fieldErrors.gender}>
          {(control) => (
            <select
              {...control}
              name="gender"
              className="input"
              value={values.gender}
              onChange={set('gender')}
            >
              <option value="">{t('employeeForm.choose')}</option>
              <option value="LAKI_LAKI">{t('gender.LAKI_LAKI')}</option>
              <option value="PEREMPUAN">{t('gender.PEREMPUAN')}</option>
            </select>
          )}
        </FormField>
        {text('birthDate', t('employee.birthDate'), { type: 'date' })}
        <FormField
          id={idOf('employmentType')}
          label={t('employee.employmentType')}
          error={fieldErrors.employmentType}
        >
          {(control) => (
            <select
              {...control}
              name="employmentType"
              className="input"
              value={values.employmentType}
              onChange={set('employmentType')}
            >
              <option value="">{t('employeeForm.choose')}</option>
              <option value="PNS">PNS</option>
              <option value="PPPK">PPPK</option>
            </select>
          )}
        </FormField>
        <FormField id={idOf('rank')} label={t('employee.rank')} error={fieldErrors.rank}>
          {(control) => (
            <select
              {...control}
              name="rank"
              className="input"
              value={values.rank}
              onChange={set('rank')}
            >
              <option value="">{t('employeeForm.choose')}</option>
              {rankChoices.map((rank) => (
                <option key={rank} value={rank}>
                  {rank}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={idOf('unitId')} label={t('employee.unit')} error={fieldErrors.unitId}>
          {(control) => (
            <select
              {...control}
              name="unitId"
              className="input"
              value={values.unitId}
              onChange={set('unitId')}
            >
              <option value="">{t('employeeForm.choose')}</option>
              {(options?.orgUnits ?? []).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={idOf('positionId')}
          label={t('employee.position')}
          error={fieldErrors.positionId}
        >
          {(control) => (
            <select
              {...control}
              name="positionId"
              className="input"
              value={values.positionId}
              onChange={set('positionId')}
            >
              <option value="">{t('employeeForm.choose')}</option>
              {(options?.positions ?? []).map((position) => (
                <option key={position.id} value={position.id}>
                  {position.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={idOf('supervisorId')}
          label={t('employee.supervisor')}
          error={fieldErrors.supervisorId}
        >
          {(control) => (
            <select
              {...control}
              name="supervisorId"
              className="input"
              value={values.supervisorId}
              onChange={set('supervisorId')}
            >
              <option value="">{t('employeeForm.noSupervisor')}</option>
              {supervisors.map((employee) => (
                <option key={employee.id} value={employee.id}>
                  {employee.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {text('email', t('employee.email'), { type: 'email', autoComplete: 'off' })}
        {text('phone', t('employee.phone'), { type: 'tel', autoComplete: 'off' })}
        {selfId === undefined &&
          text('tmt', t('employeeForm.tmt'), { type: 'date' }, t('employeeForm.tmtHint'))}
      </div>
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
