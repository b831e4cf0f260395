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
  /** The period's achievement on numeric indicators and the judgements of qualitative ones. */
  ACHIEVEMENT = 'ACHIEVEMENT',
  /** ANNUAL: the annual achievement together with the final ratings of the triwulan. */
  ACHIEVEMENT_AND_QUARTERS = 'ACHIEVEMENT_AND_QUARTERS',
  /** ANNUAL for a unit head: the unit's organisation predicate for the cycle. */
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
});
registerEnumType(Predicate, {
  name: 'Predicate',
  description: 'Predikat kinerja pegawai (KURANG = Kurang/Misconduct)',
});
registerEnumType(EvaluationStatus, {
  name: 'EvaluationStatus',
  description: 'DRAFT → FINAL → ACKNOWLEDGED',
});
registerEnumType(SuggestionBasis, {
  name: 'SuggestionBasis',
  description:
    'What the suggested result rating follows: ACHIEVEMENT (numeric and qualitative indicators of the period), ACHIEVEMENT_AND_QUARTERS (annual: with the triwulan ratings), ORGANIZATION_PREDICATE (annual, unit heads)',
});
registerEnumType(OrganizationPredicateValue, {
  name: 'OrganizationPredicateValue',
  description: 'Predikat kinerja organisasi',
});
