import type { EmploymentType } from '../../api/generated/graphql';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Golongan a PNS may hold: I/a…IV/e (IV has e). */
const PNS_RANKS = ROMAN.flatMap((group) =>
  (group === 'IV' ? ['a', 'b', 'c', 'd', 'e'] : ['a', 'b', 'c', 'd']).map(
    (room) => `${group}/${room}`,
  ),
);

/** Golongan a PPPK may hold: I…XVII. */
const PPPK_RANKS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
];

export const ranksFor = (type: EmploymentType | ''): string[] =>
  type === 'PPPK' ? PPPK_RANKS : type === 'PNS' ? PNS_RANKS : [];
