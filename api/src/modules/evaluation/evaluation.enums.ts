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
registerEnumType(OrganizationPredicateValue, {
  name: 'OrganizationPredicateValue',
  description: 'Predikat kinerja organisasi',
});
