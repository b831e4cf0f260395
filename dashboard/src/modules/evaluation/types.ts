// Evaluation values in UI order, and names for parts of the generated evaluation results.
import type {
  GetAnnualContextQuery,
  GetEvaluationPlanQuery,
  OrganizationPredicateValue,
  Predicate,
  Rating,
} from '../api/generated/graphql';

/** Best first, as the selects list them. */
export const RATINGS: readonly Rating[] = [
  'DI_ATAS_EKSPEKTASI',
  'SESUAI_EKSPEKTASI',
  'DI_BAWAH_EKSPEKTASI',
];
export const PREDICATES: readonly Predicate[] = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];
export const ORGANIZATION_PREDICATES: readonly OrganizationPredicateValue[] = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];

/** What the evaluation form shows beside the ratings: RHK, IKI with realisations, BerAKHLAK. */
export type FormPlan = NonNullable<GetEvaluationPlanQuery['performancePlan']>;
export type FormWorkTarget = NonNullable<FormPlan['workTargets']>[number];
export type FormIndicator = NonNullable<FormWorkTarget['indicators']>[number];

/** What the annual form shows beside the year: the quarters and a head's organisation predicate. */
export type AnnualContext = NonNullable<GetAnnualContextQuery['performancePlan']>;
