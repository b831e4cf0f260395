import type {
  CreateEmployeeInput,
  EmployeeEditFieldsFragment,
  UpdateEmployeeInput,
} from '../../api/generated/graphql';
import type { FieldErrors } from '../../api/utils/error-messages';
import type { Translate } from '../../i18n';
import type { EmployeeFormValues } from '../components/EmployeeForm';

const REQUIRED: (keyof EmployeeFormValues)[] = [
  'nip',
  'name',
  'gender',
  'birthDate',
  'employmentType',
  'rank',
  'unitId',
  'positionId',
];

/** What the form checks itself before asking the API: the required fields (enums cannot be empty). */
export function missingFields(t: Translate, values: EmployeeFormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of REQUIRED) if (!values[key].trim()) errors[key] = t('reason.REQUIRED');
  return errors;
}

/** The form's values of a loaded employee. */
export function formValuesOf(employee: EmployeeEditFieldsFragment): EmployeeFormValues {
  return {
    nip: employee.nip ?? '',
    name: employee.name ?? '',
    gender: employee.gender ?? '',
    birthDate: employee.birthDate ?? '',
    employmentType: employee.employmentType ?? '',
    rank: employee.rank ?? '',
    positionId: employee.position?.id ?? '',
    unitId: employee.unit?.id ?? '',
    supervisorId: employee.supervisor?.id ?? '',
    email: employee.email ?? '',
    phone: employee.phone ?? '',
    tmt: '',
  };
}

/** A new employee's input; empty optional fields are left out. */
export function createInputOf(values: EmployeeFormValues): CreateEmployeeInput {
  return {
    nip: values.nip.trim(),
    name: values.name.trim(),
    gender: values.gender as CreateEmployeeInput['gender'],
    birthDate: values.birthDate,
    employmentType: values.employmentType as CreateEmployeeInput['employmentType'],
    rank: values.rank,
    unitId: values.unitId,
    positionId: values.positionId,
    supervisorId: values.supervisorId || null,
    email: values.email.trim() || null,
    phone: values.phone.trim() || null,
    tmt: values.tmt || null,
  };
}

/** Only what changed, with the version last read (the API refuses a stale one). */
export function updateInputOf(
  before: EmployeeFormValues,
  after: EmployeeFormValues,
  version: number,
): UpdateEmployeeInput {
  const input: UpdateEmployeeInput = { version };
  const changed = (key: keyof EmployeeFormValues) => before[key] !== after[key];
  if (changed('nip')) input.nip = after.nip.trim();
  if (changed('name')) input.name = after.name.trim();
  if (changed('gender') && after.gender) input.gender = after.gender;
  if (changed('birthDate')) input.birthDate = after.birthDate;
  if (changed('employmentType') && after.employmentType)
    input.employmentType = after.employmentType;
  if (changed('rank')) input.rank = after.rank;
  if (changed('unitId')) input.unitId = after.unitId;
  if (changed('positionId')) input.positionId = after.positionId;
  if (changed('supervisorId')) input.supervisorId = after.supervisorId || null;
  if (changed('email')) input.email = after.email.trim();
  if (changed('phone')) input.phone = after.phone.trim();
  return input;
}
