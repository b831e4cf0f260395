import type { EmploymentType } from '../../api/generated/graphql';

/** One golongan of the API's list (query `ranks`, from the regulation facts). */
export interface RankChoice {
  code: string;
  employmentType: EmploymentType;
}

/** The golongan an employee of `type` may hold, lowest first; none before a type is chosen. */
export const ranksFor = (
  ranks: readonly RankChoice[] | null | undefined,
  type: EmploymentType | '',
): string[] =>
  (ranks ?? []).filter((rank) => rank.employmentType === type).map((rank) => rank.code);
