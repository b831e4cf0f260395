import { Link } from 'react-router-dom';
import type { JpMemberSort } from '../../api/generated/graphql';
import { useT } from '../../i18n';
import type { EmployeeJp } from '../types';
import { SortHeader } from '../../ui/components/SortHeader';
import { TableScroll } from '../../ui/components/TableScroll';

export interface JpSorting {
  sort: JpMemberSort;
  descending: boolean;
  onSort: (column: JpMemberSort) => void;
}

/**
 * Who has how many JP, below-target PNS marked (flagged once the year is running out). Headers
 * sort when `sorting` is given (the order itself is the server's).
 */
export function JpMembersTable({
  members,
  selfId,
  memberLink,
  sorting,
}: {
  members: readonly EmployeeJp[];
  selfId?: string;
  /** Where a name leads (a team member's plan), or null for plain text. */
  memberLink?: (employeeId: string) => string | null;
  sorting?: JpSorting;
}) {
  const t = useT();
  const header = (column: JpMemberSort, text: string, className?: string) => {
    if (!sorting)
      return (
        <th scope="col" className={className}>
          {text}
        </th>
      );
    return (
      <SortHeader
        text={text}
        className={className}
        active={sorting.sort === column}
        descending={sorting.descending}
        onSort={() => sorting.onSort(column)}
        testId={`jp-sort-${column}`}
      />
    );
  };
  return (
    <TableScroll>
      <table className="table table--compact jp-table" data-testid="jp-members">
        <caption className="visually-hidden">{t('development.jp.membersCaption')}</caption>
        <thead>
          <tr>
            {header('NAME', t('employee.name'))}
            {header('UNIT', t('development.jp.unit'), 'jp-table__optional')}
            {header('EMPLOYMENT_TYPE', t('development.jp.type'), 'jp-table__optional')}
            {header('JP_DONE', t('development.jp.doneColumn'), 'table__number')}
            {header('JP_PLANNED', t('development.jp.plannedColumn'), 'table__number')}
            {header('JP_REMAINING', t('development.jp.status'))}
          </tr>
        </thead>
        <tbody>
          {members.map(({ employeeId, employee, employmentType, jp }) => {
            const link =
              employeeId === selfId ? '/pengembangan-saya' : (memberLink?.(employeeId) ?? null);
            const name = employee?.name ?? `#${employeeId}`;
            return (
              <tr key={employeeId} data-testid="jp-member" data-below={jp.belowTarget || undefined}>
                <th scope="row">
                  {link ? <Link to={link}>{name}</Link> : name}
                  {employeeId === selfId && (
                    <span className="muted small"> ({t('development.you')})</span>
                  )}
                </th>
                <td className="jp-table__optional">{employee?.unit?.name ?? ''}</td>
                <td className="jp-table__optional">{employmentType}</td>
                <td className="table__number">
                  {jp.target !== null ? `${jp.done} / ${jp.target}` : jp.done}
                </td>
                <td className="table__number">{jp.planned}</td>
                <td>
                  {jp.target === null ? (
                    <span className="muted small">{t('development.jp.noTarget')}</span>
                  ) : jp.belowTarget ? (
                    <span
                      className={`badge ${jp.flagged ? 'badge--plan-returned' : 'badge--plan-submitted'}`}
                    >
                      {jp.flagged ? t('development.jp.flaggedShort') : t('development.jp.below')}
                    </span>
                  ) : (
                    <span className="badge badge--success">{t('development.jp.reached')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
