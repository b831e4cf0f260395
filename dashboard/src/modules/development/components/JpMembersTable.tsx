import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import type { EmployeeJp } from '../types';
import { TableScroll } from '../../ui/components/TableScroll';

/** Who has how many JP, below-target PNS marked (flagged once the year is running out). */
export function JpMembersTable({
  members,
  selfId,
  memberLink,
}: {
  members: readonly EmployeeJp[];
  selfId?: string;
  /** Where a name leads (a team member's plan), or null for plain text. */
  memberLink?: (employeeId: string) => string | null;
}) {
  const t = useT();
  return (
    <TableScroll>
      <table className="table table--compact jp-table" data-testid="jp-members">
        <caption className="visually-hidden">{t('development.jp.membersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employee.name')}</th>
            <th scope="col" className="jp-table__optional">
              {t('development.jp.unit')}
            </th>
            <th scope="col" className="jp-table__optional">
              {t('development.jp.type')}
            </th>
            <th scope="col" className="table__number">
              {t('development.jp.doneColumn')}
            </th>
            <th scope="col" className="table__number">
              {t('development.jp.plannedColumn')}
            </th>
            <th scope="col">{t('development.jp.status')}</th>
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
