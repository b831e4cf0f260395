import type { DistributionGroupBy } from '../analytics.types';

/**
 * The employee attribute each analyst grouping reads, for queries that join the employee as
 * `member`, their position as `position` and their unit as `unit`.
 */
export const EMPLOYEE_GROUP_COLUMNS: Record<DistributionGroupBy, string> = {
  UNIT: 'unit.name',
  RANK: 'member.rank',
  POSITION_LEVEL: 'position.level',
  EMPLOYMENT_TYPE: 'member.employmentType',
  GENDER: 'member.gender',
};
