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
registerEnumType(CoreValue, { name: 'CoreValue', description: 'The seven BerAKHLAK core values' });
