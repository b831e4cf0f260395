import { Link } from 'react-router-dom';
import { PredicateBadge } from '../../evaluation/components/PredicateBadge';
import { useI18n } from '../../i18n';
import { PlanStatusBadge } from '../../skp/components/PlanStatusBadge';
import type { TeamMember } from '../types';
import { Sparkline } from './Sparkline';
import { TableScroll } from '../../ui/components/TableScroll';

export function TeamMembersTable({ members }: { members: readonly TeamMember[] }) {
  const { t, locale } = useI18n();
  const percent = (value: number | null) =>
    value === null
      ? '–'
      : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} %`;
  return (
    <TableScroll>
      <table
        className="table table--compact analytics-table team-members"
        data-testid="team-members"
      >
        <caption className="visually-hidden">
          {t('team.members', { count: members.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('team.name')}</th>
            <th scope="col">{t('team.latestPredicate')}</th>
            <th scope="col" className="table__number">
              {t('team.latestAchievement')}
            </th>
            <th scope="col">{t('team.planStatus')}</th>
            <th scope="col" className="table__number">
              {t('team.overdueRealizations')}
            </th>
            <th scope="col" className="table__number">
              {t('team.overdueEvaluations')}
            </th>
            <th scope="col">{t('team.history')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.employeeId} data-testid="team-member">
              <td>
                <Link to={`/pegawai/${member.employeeId}`} className="employee-name__link">
                  {member.employee?.name ?? member.employeeId}
                </Link>
                {member.employee?.position && (
                  <div className="muted small">{member.employee.position.title}</div>
                )}
              </td>
              <td>
                {member.latestPredicate ? (
                  <>
                    <PredicateBadge predicate={member.latestPredicate} />
                    {member.latestPeriod && (
                      <div className="muted small">{t(`period.${member.latestPeriod}`)}</div>
                    )}
                  </>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
              <td className="table__number">{percent(member.latestAchievement)}</td>
              <td>
                {member.planStatus ? (
                  <PlanStatusBadge status={member.planStatus} />
                ) : (
                  <span className="muted small">{t('team.noPlan')}</span>
                )}
              </td>
              <td className={`table__number${member.overdueRealizations ? ' overdue' : ''}`}>
                {member.overdueRealizations}
              </td>
              <td className={`table__number${member.overdueEvaluations ? ' overdue' : ''}`}>
                {member.overdueEvaluations}
              </td>
              <td>
                <Sparkline values={member.predicateLevels} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
