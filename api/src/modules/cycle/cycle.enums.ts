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

registerEnumType(CycleStatus, {
  name: 'CycleStatus',
  description: 'PLANNING → ACTIVE → CALIBRATION → CLOSED',
});
registerEnumType(Period, {
  name: 'Period',
  description: 'Triwulan TW1–TW4 and ANNUAL (akhir tahun)',
});
