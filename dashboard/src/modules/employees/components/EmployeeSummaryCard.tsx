import { graphql } from '../../api/generated';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { initialsOf, positionLevelLabel, rankWithPangkat } from '../utils/format';
import type { EmployeeSummaryFieldsFragment } from '../../api/generated/graphql';

export const EMPLOYEE_SUMMARY_FIELDS = graphql(`
  fragment EmployeeSummaryFields on Employee {
    id
    name
    nip
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
  }
`);

export function EmployeeSummaryCard({ employee }: { employee: EmployeeSummaryFieldsFragment }) {
  const t = useT();
  const rank = rankWithPangkat(employee.rank, employee.pangkat);
  const level = employee.positionLevel ?? employee.position?.level;
  const facts: { label: string; value: string | null | undefined }[] = [
    { label: t('employee.nip'), value: employee.nip },
    { label: t('employee.employmentType'), value: employee.employmentType },
    { label: t('employee.rank'), value: rank },
    { label: t('employee.positionLevel'), value: level ? positionLevelLabel(level) : null },
    { label: t('employee.unit'), value: employee.unit?.name },
    { label: t('employee.supervisor'), value: employee.supervisor?.name },
  ];

  return (
    <section
      className="card summary-card"
      aria-labelledby="summary-title"
      data-testid="summary-card"
    >
      <h2 id="summary-title" className="card__title">
        {t('home.summaryTitle')}
      </h2>
      <div className="summary-card__identity">
        <span className="avatar avatar--large" aria-hidden="true">
          {initialsOf(employee.name)}
        </span>
        <div>
          {employee.name && <p className="summary-card__name">{employee.name}</p>}
          {employee.position && <p className="muted">{employee.position.title}</p>}
        </div>
      </div>
      <dl className="field-list field-list--compact">
        {facts
          .filter((fact) => fact.value)
          .map((fact) => (
            <div key={fact.label} className="field-list__row">
              <dt>{fact.label}</dt>
              <dd className={fact.label === t('employee.nip') ? 'mono' : undefined}>
                {fact.value}
              </dd>
            </div>
          ))}
      </dl>
      <Link to={`/pegawai/${employee.id}`} className="button button--secondary">
        {t('home.viewProfile')}
      </Link>
    </section>
  );
}
