import { graphql } from '../../api/generated';

export const SET_ORGANIZATION_PREDICATE = graphql(`
  mutation SetOrganizationPredicate(
    $unitId: ID!
    $cycleId: ID!
    $predicate: OrganizationPredicateValue!
    $referenceNumber: String
    $referenceDate: String
  ) {
    setOrganizationPredicate(
      unitId: $unitId
      cycleId: $cycleId
      predicate: $predicate
      referenceNumber: $referenceNumber
      referenceDate: $referenceDate
    ) {
      id
      predicate
      recordedAt
      referenceNumber
      referenceDate
    }
  }
`);
