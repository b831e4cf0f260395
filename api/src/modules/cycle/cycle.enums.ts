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
  SKP_NOT_APPROVED = 'SKP_NOT_APPROVED',
  REALIZATION_MISSING = 'REALIZATION_MISSING',
  EVALUATION_NOT_FINAL = 'EVALUATION_NOT_FINAL',
  ANNUAL_EVALUATION_NOT_FINAL = 'ANNUAL_EVALUATION_NOT_FINAL',
}

registerEnumType(CycleStatus, {
  name: 'CycleStatus',
  description: 'PLANNING → ACTIVE → CALIBRATION → CLOSED',
  valuesConfig: {
    PLANNING: { description: 'Perencanaan: SKP are drafted and approved; HR opens the year' },
    ACTIVE: {
      description:
        'Berjalan: realisations, feedback and evaluations; HR or the Camat starts calibration',
    },
    CALIBRATION: {
      description:
        'Kalibrasi: evaluations are finished and checked against the distribution curve; no new SKP or realisations',
    },
    CLOSED: {
      description:
        'Ditutup by the Camat (with a written reason when a curve rule fails); evaluations are closed',
    },
  },
});
registerEnumType(Period, {
  name: 'Period',
  description: 'Triwulan TW1–TW4 and ANNUAL (akhir tahun)',
  valuesConfig: {
    TW1: { description: 'Triwulan I: 1 January to 31 March' },
    TW2: { description: 'Triwulan II: 1 April to 30 June' },
    TW3: { description: 'Triwulan III: 1 July to 30 September' },
    TW4: { description: 'Triwulan IV: 1 October to 31 December' },
    ANNUAL: {
      description:
        'Akhir tahun: the whole year, evaluated after 31 December; derived from the quarters',
    },
  },
});
registerEnumType(OverdueKind, {
  name: 'OverdueKind',
  description: 'What is past its deadline (tenggat)',
  valuesConfig: {
    SKP_NOT_APPROVED: {
      description: 'The SKP is not approved after the cycle’s SKP deadline (or was never drafted)',
    },
    REALIZATION_MISSING: {
      description: 'A triwulan’s realisations are not all reported after they were due',
    },
    EVALUATION_NOT_FINAL: { description: 'A triwulan’s evaluation is not final after it was due' },
    ANNUAL_EVALUATION_NOT_FINAL: {
      description: 'The annual evaluation is not final after it was due',
    },
  },
});
