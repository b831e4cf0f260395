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
  SUM = 'SUM',
  LAST = 'LAST',
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
  valuesConfig: {
    KUANTITATIF: { description: 'Kuantitatif: results measured as numbers against targets' },
    KUALITATIF: {
      description: 'Kualitatif: results described in words and judged by the evaluator',
    },
  },
});
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'DRAFT → SUBMITTED → APPROVED, or RETURNED with a reason',
  valuesConfig: {
    DRAFT: { description: 'Being written by its owner' },
    SUBMITTED: { description: 'Diajukan: waiting for the pejabat penilai to approve or return it' },
    APPROVED: {
      description: 'Disetujui: frozen; realisations are reported and evaluations made on it',
    },
    RETURNED: {
      description: 'Dikembalikan with a reason; the owner edits it (back to DRAFT) and resubmits',
    },
  },
});
registerEnumType(WorkTargetKind, {
  name: 'WorkTargetKind',
  description: 'RHK utama or tambahan',
  valuesConfig: {
    UTAMA: { description: 'RHK utama: main work, intervening an RHK of the supervisor' },
    TAMBAHAN: { description: 'RHK tambahan: additional work outside the cascade' },
  },
});
registerEnumType(IndicatorAspect, {
  name: 'IndicatorAspect',
  description: 'Aspect of an IKI',
  valuesConfig: {
    KUANTITAS: { description: 'Kuantitas: how much is delivered; counts towards productivity' },
    KUALITAS: { description: 'Kualitas: how good the work is; counts as quality of work' },
    WAKTU: { description: 'Waktu: how long it takes, usually lower is better; productivity' },
    BIAYA: { description: 'Biaya: what it costs, usually lower is better; productivity' },
  },
});
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Whether a higher or a lower realisation is better',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'Achievement is value / target, capped at 120 %' },
    LOWER_IS_BETTER: { description: 'Achievement is target / value, capped at 120 % (time, cost)' },
  },
});
registerEnumType(IndicatorAggregation, {
  name: 'IndicatorAggregation',
  description: 'How the quarters make the year: SUM (counts), LAST (level at TW4), AVERAGE (rate)',
  valuesConfig: {
    SUM: { description: 'Counts: the quarters add up to the year' },
    LAST: { description: 'A level reached by year end: the year is the TW4 value' },
    AVERAGE: { description: 'A rate: the year is the mean of the quarters' },
  },
});
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description:
    'KUANTITATIF (a number against a target) or KUALITATIF (narrative, judged per period)',
  valuesConfig: {
    KUANTITATIF: { description: 'A number against a target; achievement in %' },
    KUALITATIF: {
      description: 'A narrative target and realisations, judged by the evaluator, no percentage',
    },
  },
});
registerEnumType(CoreValue, {
  name: 'CoreValue',
  description: 'The seven BerAKHLAK core values',
  valuesConfig: {
    BERORIENTASI_PELAYANAN: {
      description: 'Berorientasi pelayanan: service-oriented, meets the public’s needs',
    },
    AKUNTABEL: { description: 'Akuntabel: accountable, honest and responsible' },
    KOMPETEN: { description: 'Kompeten: competent, keeps learning, does quality work' },
    HARMONIS: { description: 'Harmonis: harmonious, respects everyone and helps others' },
    LOYAL: { description: 'Loyal: loyal to Pancasila, the constitution and the state' },
    ADAPTIF: { description: 'Adaptif: adaptive, innovative and proactive' },
    KOLABORATIF: { description: 'Kolaboratif: collaborative, open to working together' },
  },
});
