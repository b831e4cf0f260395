import { graphql } from '../../api/generated';
import { Link } from 'react-router-dom';
import { useI18n, type MessageKey } from '../../i18n';
import { directoryPathForUnit } from '../utils/directory-params';
import {
  formatCalendarDate,
  initialsOf,
  positionLevelLabel,
  rankWithPangkat,
} from '../utils/format';
import {
  visibleProfileFields,
  type ProfileFieldKey,
  type ProfileSection,
} from '../utils/profile-fields';
import { StatusBadge } from './StatusBadge';
import type { EmployeeProfileFieldsFragment } from '../../api/generated/graphql';

export const EMPLOYEE_PROFILE_FIELDS = graphql(`
  fragment EmployeeProfileFields on Employee {
    id
    nip
    name
    gender
    birthDate
    employmentType
    rank
    pangkat
    positionLevel
    position {
      id
      title
      level
    }
    unit {
      id
      name
    }
    supervisor {
      id
      name
    }
    email
    phone
    active
  }
`);

const SECTIONS: { section: ProfileSection; titleKey: MessageKey }[] = [
  { section: 'employment', titleKey: 'profile.employment' },
  { section: 'personal', titleKey: 'profile.personal' },
  { section: 'contact', titleKey: 'profile.contact' },
];

export function EmployeeProfile({ employee }: { employee: EmployeeProfileFieldsFragment }) {
  const { t, locale } = useI18n();

  const renderValue = (key: ProfileFieldKey) => {
    switch (key) {
      case 'nip':
        return <span className="mono">{employee.nip}</span>;
      case 'employmentType':
        return employee.employmentType;
      case 'rank':
        return rankWithPangkat(employee.rank, employee.pangkat);
      case 'position':
        return employee.position?.title;
      case 'positionLevel': {
        const level = employee.positionLevel ?? employee.position?.level;
        return level ? positionLevelLabel(level) : null;
      }
      case 'unit':
        return employee.unit ? (
          <Link to={directoryPathForUnit(employee.unit.id)}>{employee.unit.name}</Link>
        ) : null;
      case 'supervisor':
        return employee.supervisor ? (
          <Link to={`/pegawai/${employee.supervisor.id}`}>{employee.supervisor.name}</Link>
        ) : null;
      case 'gender':
        return employee.gender ? t(`gender.${employee.gender}`) : null;
      case 'birthDate':
        return employee.birthDate ? formatCalendarDate(employee.birthDate, locale) : null;
      case 'email':
        return <a href={`mailto:${employee.email}`}>{employee.email}</a>;
      case 'phone':
        return <a href={`tel:${employee.phone?.replace(/[^\d+]/g, '')}`}>{employee.phone}</a>;
    }
  };

  const subtitle = [employee.position?.title, employee.unit?.name].filter(Boolean).join(' · ');

  return (
    <article className="profile" aria-labelledby="profile-name">
      <header className="card profile__header">
        <span className="avatar avatar--large" aria-hidden="true">
          {initialsOf(employee.name)}
        </span>
        <div className="profile__heading">
          <h1
            id="profile-name"
            className={`profile__name${employee.name ? '' : ' profile__name--hidden'}`}
          >
            {employee.name ?? t('directory.nameHidden')}
          </h1>
          {subtitle && <p className="profile__subtitle">{subtitle}</p>}
          {employee.active !== null && <StatusBadge active={employee.active} />}
        </div>
      </header>

      <div className="profile__sections">
        {SECTIONS.map(({ section, titleKey }) => {
          const fields = visibleProfileFields(employee, section);
          if (fields.length === 0) return null;
          return (
            <section
              key={section}
              className="card profile__section"
              aria-labelledby={`profile-${section}`}
            >
              <h2 id={`profile-${section}`} className="card__title">
                {t(titleKey)}
              </h2>
              <dl className="field-list">
                {fields.map((field) => (
                  <div key={field.key} className="field-list__row" data-field={field.key}>
                    <dt>{t(field.labelKey)}</dt>
                    <dd>{renderValue(field.key)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
    </article>
  );
}
