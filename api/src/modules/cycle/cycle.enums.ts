import { registerEnumType } from 'type-graphql';

export enum CycleStatus {
  PLANNING = 'PLANNING',
  ACTIVE = 'ACTIVE',
  CALIBRATION = 'CALIBRATION',
  CLOSED = 'CLOSED',
}

/** Triwulan periods and the year-end (akhir) evaluation. */
export enum Period {
  TW1 = 'TW1',
  TW2 = 'TW2',
  TW3 = 'TW3',
  TW4 = 'TW4',
  ANNUAL = 'ANNUAL',
}

/** What is past its deadline (tenggat), and so whose action is awaited. */
export enum OverdueKind {
  /** The SKP is not approved after the cycle's SKP deadline (or was never drafted). */
  SKP_NOT_APPROVED = 'SKP_NOT_APPROVED',
  /** A triwulan's realisations are not all reported after they were due. */
  REALIZATION_MISSING = 'REALIZATION_MISSING',
  /** A triwulan's evaluation is not final after it was due. */
  EVALUATION_NOT_FINAL = 'EVALUATION_NOT_FINAL',
  /** The annual evaluation is not final after it was due. */
  ANNUAL_EVALUATION_NOT_FINAL = 'ANNUAL_EVALUATION_NOT_FINAL',
}

registerEnumType(CycleStatus, {
  name: 'CycleStatus',
  description: 'PLANNING → ACTIVE → CALIBRATION → CLOSED',
});
registerEnumType(Period, {
  name: 'Period',
  description: 'Triwulan TW1–TW4 and ANNUAL (akhir tahun)',
});
registerEnumType(OverdueKind, {
  name: 'OverdueKind',
  description: 'What is past its deadline (tenggat)',
});
