import { graphql } from '../../api/generated';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { PHONE_QUERY, useMediaQuery } from '../../ui/hooks/useMediaQuery';
import { initialsOf, positionLevelLabel } from '../utils/format';
import { StatusBadge } from './StatusBadge';
import type { EmployeeListItemFragment } from '../../api/generated/graphql';
import { TableScroll } from '../../ui/components/TableScroll';

export const EMPLOYEE_LIST_ITEM_FIELDS = graphql(`
  fragment EmployeeListItem on Employee {
    id
    name
    nip
    rank
    active
    positionLevel
    position {
      id
      title
    }
    unit {
      id
      name
    }
  }
`);

interface EmployeeListProps {
  employees: EmployeeListItemFragment[];
}

/** A table on wide screens, cards on a phone; forbidden (null) fields are simply left out. */
export function EmployeeList({ employees }: EmployeeListProps) {
  const isPhone = useMediaQuery(PHONE_QUERY);
  return isPhone ? (
    <EmployeeCards employees={employees} />
  ) : (
    <EmployeeTable employees={employees} />
  );
}

function EmployeeName({ employee }: { employee: EmployeeListItemFragment }) {
  const t = useT();
  return (
    <Link
      to={`/pegawai/${employee.id}`}
      className={`employee-name__link${employee.name ? '' : ' employee-name__link--hidden'}`}
    >
      {employee.name ?? t('directory.nameHidden')}
    </Link>
  );
}

function EmployeeTable({ employees }: EmployeeListProps) {
  const t = useT();
  return (
    <TableScroll>
      <table className="table" data-testid="employee-table">
        <caption className="visually-hidden">{t('directory.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employee.name')}</th>
            <th scope="col">{t('employee.position')}</th>
            <th scope="col">{t('employee.rank')}</th>
            <th scope="col">{t('employee.unit')}</th>
            <th scope="col">{t('employee.status')}</th>
          </tr>
        </thead>
        <tbody>
          {employees.map((employee) => (
            <tr key={employee.id} data-testid="employee-row">
              <td>
                <div className="employee-name">
                  <span className="avatar" aria-hidden="true">
                    {initialsOf(employee.name)}
                  </span>
                  <div>
                    <EmployeeName employee={employee} />
                    {employee.nip && <div className="employee-name__nip mono">{employee.nip}</div>}
                  </div>
                </div>
              </td>
              <td>
                {employee.position?.title}
                {employee.positionLevel && (
                  <div className="muted small">{positionLevelLabel(employee.positionLevel)}</div>
                )}
              </td>
              <td>{employee.rank}</td>
              <td>{employee.unit?.name}</td>
              <td>{employee.active !== null && <StatusBadge active={employee.active} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function EmployeeCards({ employees }: EmployeeListProps) {
  const t = useT();
  return (
    <ul
      className="employee-cards"
      aria-label={t('directory.tableCaption')}
      data-testid="employee-cards"
    >
      {employees.map((employee) => (
        <li key={employee.id} className="card employee-card" data-testid="employee-row">
          <div className="employee-name">
            <span className="avatar" aria-hidden="true">
              {initialsOf(employee.name)}
            </span>
            <div className="employee-card__main">
              <EmployeeName employee={employee} />
              {employee.nip && <div className="employee-name__nip mono">{employee.nip}</div>}
            </div>
            {employee.active !== null && <StatusBadge active={employee.active} />}
          </div>
          <dl className="employee-card__facts">
            {employee.position && (
              <div>
                <dt>{t('employee.position')}</dt>
                <dd>{employee.position.title}</dd>
              </div>
            )}
            {employee.rank && (
              <div>
                <dt>{t('employee.rank')}</dt>
                <dd>{employee.rank}</dd>
              </div>
            )}
            {employee.unit && (
              <div>
                <dt>{t('employee.unit')}</dt>
                <dd>{employee.unit.name}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function EmployeeListSkeleton({ rows = 6 }: { rows?: number }) {
  const t = useT();
  return (
    <div className="list-skeleton" role="status" aria-live="polite" data-testid="directory-loading">
      <span className="visually-hidden">{t('common.loading')}</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="list-skeleton__row" aria-hidden="true">
          <span className="skeleton skeleton--circle" />
          <span className="list-skeleton__lines">
            <span className="skeleton" style={{ width: `${55 + ((index * 17) % 35)}%` }} />
            <span
              className="skeleton skeleton--thin"
              style={{ width: `${30 + ((index * 11) % 25)}%` }}
            />
          </span>
        </div>
      ))}
    </div>
  );
}
