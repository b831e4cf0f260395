// Names for parts of the generated distribution check.
import type { DistributionFieldsFragment } from '../api/generated/graphql';

export type CurveRule = DistributionFieldsFragment['rules'][number];
/** The recorded organisation predicate with its reference (the kecamatan's: the city's decision). */
export type OrganizationPredicateRecord = NonNullable<
  DistributionFieldsFragment['organizationPredicateRecord']
>;
