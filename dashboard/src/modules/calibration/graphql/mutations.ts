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

export const SET_CYCLE_STATUS = graphql(`
  mutation SetCycleStatus($id: ID!, $status: CycleStatus!, $reason: String) {
    setCycleStatus(id: $id, status: $status, reason: $reason) {
      id
      status
      version
      currentPeriod
      reportablePeriods
    }
  }
`);
