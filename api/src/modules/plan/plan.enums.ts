import { registerEnumType } from 'type-graphql';

export enum PlanApproach {
  KUANTITATIF = 'KUANTITATIF',
  KUALITATIF = 'KUALITATIF',
}

export enum PlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

export enum WorkTargetKind {
  UTAMA = 'UTAMA',
  TAMBAHAN = 'TAMBAHAN',
}

export enum IndicatorAspect {
  KUANTITAS = 'KUANTITAS',
  KUALITAS = 'KUALITAS',
  WAKTU = 'WAKTU',
  BIAYA = 'BIAYA',
}

export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

/** How an IKI's quarters make its year. */
export enum IndicatorAggregation {
  /** Counts: the quarters add up to the year. */
  SUM = 'SUM',
  /** A level reached by year end: the year is the TW4 value. */
  LAST = 'LAST',
  /** A rate: the year is the mean of the quarters. */
  AVERAGE = 'AVERAGE',
}

/** A numeric IKI (achievement in %) or a narrative one judged by the evaluator per period. */
export enum IndicatorKind {
  KUANTITATIF = 'KUANTITATIF',
  KUALITATIF = 'KUALITATIF',
}

export enum CoreValue {
  BERORIENTASI_PELAYANAN = 'BERORIENTASI_PELAYANAN',
  AKUNTABEL = 'AKUNTABEL',
  KOMPETEN = 'KOMPETEN',
  HARMONIS = 'HARMONIS',
  LOYAL = 'LOYAL',
  ADAPTIF = 'ADAPTIF',
  KOLABORATIF = 'KOLABORATIF',
}

registerEnumType(PlanApproach, {
  name: 'PlanApproach',
  description: 'SKP approach: kuantitatif or kualitatif',
});
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'DRAFT → SUBMITTED → APPROVED, or RETURNED with a reason',
});
registerEnumType(WorkTargetKind, { name: 'WorkTargetKind', description: 'RHK utama or tambahan' });
registerEnumType(IndicatorAspect, { name: 'IndicatorAspect', description: 'Aspect of an IKI' });
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });
registerEnumType(IndicatorAggregation, {
  name: 'IndicatorAggregation',
  description: 'How the quarters make the year: SUM (counts), LAST (level at TW4), AVERAGE (rate)',
});
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description:
    'KUANTITATIF (a number against a target) or KUALITATIF (narrative, judged per period)',
});
registerEnumType(CoreValue, { name: 'CoreValue', description: 'The seven BerAKHLAK core values' });
