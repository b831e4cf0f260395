import type { PositionAdminFieldsFragment, PositionLevel } from '../api/generated/graphql';

export type PositionRow = PositionAdminFieldsFragment;

/** Jenjang jabatan, highest first. */
export const POSITION_LEVELS: readonly PositionLevel[] = [
  'JPT',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
];
