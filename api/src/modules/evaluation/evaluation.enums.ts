import { registerEnumType } from 'type-graphql';

export enum Rating {
  DI_BAWAH_EKSPEKTASI = 'DI_BAWAH_EKSPEKTASI',
  SESUAI_EKSPEKTASI = 'SESUAI_EKSPEKTASI',
  DI_ATAS_EKSPEKTASI = 'DI_ATAS_EKSPEKTASI',
}

/** Predikat kinerja pegawai. KURANG is "Kurang/Misconduct". */
export enum Predicate {
  SANGAT_BAIK = 'SANGAT_BAIK',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}

export enum EvaluationStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}

/** The statuses of an evaluation in force (final, whether acknowledged or not). */
export const IN_FORCE_STATUSES: readonly EvaluationStatus[] = [
  EvaluationStatus.FINAL,
  EvaluationStatus.ACKNOWLEDGED,
];

/** What the suggested result rating was made from. */
export enum SuggestionBasis {
  ACHIEVEMENT = 'ACHIEVEMENT',
  ACHIEVEMENT_AND_QUARTERS = 'ACHIEVEMENT_AND_QUARTERS',
  ORGANIZATION_PREDICATE = 'ORGANIZATION_PREDICATE',
}

/** Predikat kinerja organisasi, given from above. */
export enum OrganizationPredicateValue {
  ISTIMEWA = 'ISTIMEWA',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}

registerEnumType(Rating, {
  name: 'Rating',
  description: 'Rating of results or behaviour against expectation',
  valuesConfig: {
    DI_BAWAH_EKSPEKTASI: { description: 'Di bawah ekspektasi: below expectations' },
    SESUAI_EKSPEKTASI: { description: 'Sesuai ekspektasi: meets expectations' },
    DI_ATAS_EKSPEKTASI: { description: 'Di atas ekspektasi: above expectations' },
  },
});
registerEnumType(Predicate, {
  name: 'Predicate',
  description: 'Predikat kinerja pegawai (KURANG = Kurang/Misconduct)',
  valuesConfig: {
    SANGAT_BAIK: {
      description:
        'Sangat baik: outstanding; results and behaviour both above expectations (level 5)',
    },
    BAIK: {
      description:
        'Baik: good; results and behaviour meet expectations or better, not both above (level 4)',
    },
    BUTUH_PERBAIKAN: {
      description:
        'Butuh perbaikan: needs improvement; results below expectations, behaviour not (level 3)',
    },
    KURANG: {
      description: 'Kurang/Misconduct: behaviour below expectations, results not (level 2)',
    },
    SANGAT_KURANG: {
      description:
        'Sangat kurang: very poor; results and behaviour both below expectations (level 1)',
    },
  },
});
registerEnumType(EvaluationStatus, {
  name: 'EvaluationStatus',
  description: 'DRAFT → FINAL → ACKNOWLEDGED',
  valuesConfig: {
    DRAFT: { description: 'Being written by the pejabat penilai; not visible to analysts' },
    FINAL: {
      description:
        'Final and immutable, except through an upheld objection; the employee is notified',
    },
    ACKNOWLEDGED: { description: 'Final, and acknowledged by the evaluated employee' },
  },
});
registerEnumType(SuggestionBasis, {
  name: 'SuggestionBasis',
  description: 'What the suggested result rating was made from',
  valuesConfig: {
    ACHIEVEMENT: {
      description:
        'The period’s achievement on numeric indicators and the judgements of qualitative ones',
    },
    ACHIEVEMENT_AND_QUARTERS: {
      description: 'ANNUAL: the annual achievement together with the final ratings of the triwulan',
    },
    ORGANIZATION_PREDICATE: {
      description: 'ANNUAL for a unit head: the unit’s organisation predicate for the cycle',
    },
  },
});
registerEnumType(OrganizationPredicateValue, {
  name: 'OrganizationPredicateValue',
  description: 'Predikat kinerja organisasi; each sets the distribution curve of its unit',
  valuesConfig: {
    ISTIMEWA: { description: 'Istimewa: outstanding; curve: SANGAT_BAIK at most 70 %' },
    BAIK: {
      description: 'Baik: good; curve: BAIK at most 70 %, at least one BUTUH_PERBAIKAN or KURANG',
    },
    BUTUH_PERBAIKAN: {
      description:
        'Butuh perbaikan: needs improvement; curve: BUTUH_PERBAIKAN at least 60 %, SANGAT_BAIK at most 10 %',
    },
    KURANG: {
      description:
        'Kurang: poor; curve: KURANG at least 60 %, BUTUH_PERBAIKAN at least 10 %, SANGAT_BAIK at most 10 %',
    },
    SANGAT_KURANG: {
      description:
        'Sangat kurang: very poor; curve: SANGAT_KURANG at least 60 %, KURANG + BUTUH_PERBAIKAN at least 10 %, no SANGAT_BAIK',
    },
  },
});
