import { RANK_FACTS } from '../../../domain-data';
import { EmploymentType } from '../org.enums';

/** PNS golongan/ruang, lowest first. */
export const PNS_RANKS: readonly string[] = RANK_FACTS.pns.map((rank) => rank.code);

/** PPPK golongan, lowest first. */
export const PPPK_RANKS: readonly string[] = [...RANK_FACTS.pppk];

const PANGKAT_BY_RANK = new Map(RANK_FACTS.pns.map((rank) => [rank.code, rank.pangkat]));

export function ranksOf(employmentType: EmploymentType): readonly string[] {
  return employmentType === EmploymentType.PNS ? PNS_RANKS : PPPK_RANKS;
}

export function isRankValid({
  employmentType,
  rank,
}: {
  employmentType: EmploymentType;
  rank: string;
}): boolean {
  return ranksOf(employmentType).includes(rank);
}

/** The pangkat name of a PNS golongan (`III/a` → `Penata Muda`); PPPK golongan have none. */
export function pangkatOf(rank: string): string | null {
  return PANGKAT_BY_RANK.get(rank) ?? null;
}

/** The ranks from `lowest` to `highest` inclusive, in order; throws when either is unknown. */
export function ranksBetween({
  employmentType,
  lowest,
  highest,
}: {
  employmentType: EmploymentType;
  lowest: string;
  highest: string;
}): string[] {
  const ranks = ranksOf(employmentType);
  const from = ranks.indexOf(lowest);
  const to = ranks.indexOf(highest);
  if (from < 0 || to < 0 || from > to) {
    throw new Error(`No ${employmentType} rank range ${lowest}…${highest}`);
  }
  return ranks.slice(from, to + 1);
}
