import type { MessageKey } from '../../i18n';
import type { EmployeeProfileFieldsFragment } from '../../api/generated/graphql';

export type ProfileSection = 'employment' | 'personal' | 'contact';

export type ProfileFieldKey =
  | 'nip'
  | 'employmentType'
  | 'rank'
  | 'position'
  | 'positionLevel'
  | 'unit'
  | 'supervisor'
  | 'gender'
  | 'birthDate'
  | 'email'
  | 'phone';

export interface ProfileFieldSpec {
  key: ProfileFieldKey;
  section: ProfileSection;
  labelKey: MessageKey;
  /** A field is shown only when this is true: the API returns forbidden fields as null. */
  isPresent: (employee: EmployeeProfileFieldsFragment) => boolean;
}

const present = (value: unknown): boolean => value !== null && value !== undefined && value !== '';

export const PROFILE_FIELDS: readonly ProfileFieldSpec[] = [
  { key: 'nip', section: 'employment', labelKey: 'employee.nip', isPresent: (e) => present(e.nip) },
  {
    key: 'employmentType',
    section: 'employment',
    labelKey: 'employee.employmentType',
    isPresent: (e) => present(e.employmentType),
  },
  {
    key: 'rank',
    section: 'employment',
    labelKey: 'employee.rank',
    isPresent: (e) => present(e.rank) || present(e.pangkat),
  },
  {
    key: 'position',
    section: 'employment',
    labelKey: 'employee.position',
    isPresent: (e) => present(e.position?.title),
  },
  {
    key: 'positionLevel',
    section: 'employment',
    labelKey: 'employee.positionLevel',
    isPresent: (e) => present(e.positionLevel ?? e.position?.level),
  },
  {
    key: 'unit',
    section: 'employment',
    labelKey: 'employee.unit',
    isPresent: (e) => present(e.unit),
  },
  {
    key: 'supervisor',
    section: 'employment',
    labelKey: 'employee.supervisor',
    isPresent: (e) => present(e.supervisor?.name),
  },
  {
    key: 'gender',
    section: 'personal',
    labelKey: 'employee.gender',
    isPresent: (e) => present(e.gender),
  },
  {
    key: 'birthDate',
    section: 'personal',
    labelKey: 'employee.birthDate',
    isPresent: (e) => present(e.birthDate),
  },
  {
    key: 'email',
    section: 'contact',
    labelKey: 'employee.email',
    isPresent: (e) => present(e.email),
  },
  {
    key: 'phone',
    section: 'contact',
    labelKey: 'employee.phone',
    isPresent: (e) => present(e.phone),
  },
];

export function visibleProfileFields(
  employee: EmployeeProfileFieldsFragment,
  section?: ProfileSection,
): ProfileFieldSpec[] {
  return PROFILE_FIELDS.filter(
    (field) => (!section || field.section === section) && field.isPresent(employee),
  );
}
