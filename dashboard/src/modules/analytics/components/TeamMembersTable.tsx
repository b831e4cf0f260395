import { Link } from 'react-router-dom';
import type { TeamMemberSort } from '../../api/generated/graphql';
import { PredicateBadge } from '../../evaluation/components/PredicateBadge';
import { useI18n } from '../../i18n';
import { PlanStatusBadge } from '../../skp/components/PlanStatusBadge';
import { PHONE_QUERY, useMediaQuery } from '../../ui/hooks/useMediaQuery';
import type { TeamMember } from '../types';
import { Sparkline } from './Sparkline';
import { SortHeader } from '../../ui/components/SortHeader';
import { TableScroll } from '../../ui/components/TableScroll';
import { formatPercent } from '../../skp/utils/achievement';

/** The member page a name opens (their performance, not the HR profile). */
export const memberPagePath = (employeeId: string) => `/tim/${employeeId}`;

type Row = TeamMember & {
  employee?: (TeamMember['employee'] & { unit?: { name: string } | null }) | null;
  jpDone?: number;
  belowJpTarget?: boolean;
};

export interface TableSorting {
  sort: TeamMemberSort;
  descending: boolean;
  onSort: (column: TeamMemberSort) => void;
}

/**
 * The team, one row per member: who is late comes right after the name so it shows at every
 * width; on a phone each member is a card. Headers sort when `sorting` is given.
 */
export function TeamMembersTable({
  members,
  sorting,
  caption,
}: {
  members: readonly Row[];
  sorting?: TableSorting;
  caption?: string;
}) {
  const { t, locale } = useI18n();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const percent = (value: number | null) => (value === null ? '–' : formatPercent(value, locale));
  const label = caption ?? t('team.members', { count: members.length });

  const who = (member: Row) => (
    <>
      <Link to={memberPagePath(member.employeeId)} className="employee-name__link">
        {member.employee?.name ?? member.employeeId}
      </Link>
      <div className="muted small">
        {[member.employee?.position?.title, member.employee?.unit?.name]
          .filter(Boolean)
          .join(' · ')}
      </div>
    </>
  );
  const late = (count: number) => <span className={count ? 'overdue' : 'muted'}>{count}</span>;
  const jp = (member: Row) =>
    member.jpDone === undefined ? null : (
      <span className={member.belowJpTarget ? 'overdue' : undefined}>{member.jpDone}</span>
    );
  const showJp = members.some((member) => member.jpDone !== undefined);
  const plan = (member: Row) =>
    member.planStatus ? (
      <PlanStatusBadge status={member.planStatus} />
    ) : (
      <span className="muted small">{t('team.noPlan')}</span>
    );
  const predicate = (member: Row) =>
    member.latestPredicate ? (
      <>
        <PredicateBadge predicate={member.latestPredicate} />
        {member.latestPeriod && (
          <div className="muted small">{t(`period.${member.latestPeriod}`)}</div>
        )}
      </>
    ) : (
      <span className="muted">–</span>
    );

  if (isPhone)
    return (
      <ul className="team-cards" data-testid="team-members" aria-label={label}>
        {members.map((member) => (
          <li key={member.employeeId} className="team-card" data-testid="team-member">
            <div className="team-card__who">{who(member)}</div>
            <dl className="team-card__facts">
              <div>
                <dt>{t('team.overdueRealizations')}</dt>
                <dd>{late(member.overdueRealizations)}</dd>
              </div>
              <div>
                <dt>{t('team.overdueEvaluations')}</dt>
                <dd>{late(member.overdueEvaluations)}</dd>
              </div>
              <div>
                <dt>{t('team.planStatus')}</dt>
                <dd>{plan(member)}</dd>
              </div>
              {showJp && (
                <div>
                  <dt>{t('team.jp')}</dt>
                  <dd>{jp(member)}</dd>
                </div>
              )}
              <div>
                <dt>{t('team.latestPredicate')}</dt>
                <dd>
                  {predicate(member)}
                  {member.latestAchievement !== null && ` ${percent(member.latestAchievement)}`}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    );

  const header = (column: TeamMemberSort | null, text: string, numeric = false) => {
    const className = numeric ? 'table__number' : undefined;
    if (!sorting || column === null)
      return (
        <th scope="col" className={className}>
          {text}
        </th>
      );
    return (
      <SortHeader
        text={text}
        className={numeric ? 'table__number' : undefined}
        active={sorting.sort === column}
        descending={sorting.descending}
        onSort={() => sorting.onSort(column)}
        testId={`sort-${column}`}
      />
    );
  };

  return (
    <TableScroll>
      <table
        className="table table--compact analytics-table team-members"
        data-testid="team-members"
      >
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {header('NAME', t('team.name'))}
            {header('OVERDUE_REALIZATIONS', t('team.overdueRealizations'), true)}
            {header('OVERDUE_EVALUATIONS', t('team.overdueEvaluations'), true)}
            {header('PLAN_STATUS', t('team.planStatus'))}
            {header('PREDICATE', t('team.latestPredicate'))}
            {header('ACHIEVEMENT', t('team.latestAchievement'), true)}
            {showJp && header('JP_DONE', t('team.jp'), true)}
            {header(null, t('team.history'))}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.employeeId} data-testid="team-member">
              <td>{who(member)}</td>
              <td className="table__number">{late(member.overdueRealizations)}</td>
              <td className="table__number">{late(member.overdueEvaluations)}</td>
              <td>{plan(member)}</td>
              <td>{predicate(member)}</td>
              <td className="table__number">{percent(member.latestAchievement)}</td>
              {showJp && <td className="table__number">{jp(member)}</td>}
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
