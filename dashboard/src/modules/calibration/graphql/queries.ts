import { gql } from '@apollo/client';

export const GET_CALIBRATION_UNITS = gql`
  query GetCalibrationUnits {
    orgUnits {
      id
      name
      depth
    }
  }
`;

export const DISTRIBUTION_FIELDS = gql`
  fragment DistributionFields on DistributionCheck {
    unitId
    cycleId
    organizationPredicate
    organizationPredicateRecord {
      id
      referenceNumber
      referenceDate
    }
    total
    passed
    counts {
      predicate
      count
    }
    percentages {
      predicate
      percentage
    }
    rules {
      rule
      predicates
      bound
      percent
      passed
      count
      actualPercent
      detail
    }
  }
`;

export const GET_DISTRIBUTION_CHECK = gql`
  query GetDistributionCheck($unitId: ID!, $cycleId: ID!) {
    distributionCheck(unitId: $unitId, cycleId: $cycleId) {
      ...DistributionFields
    }
  }
  ${DISTRIBUTION_FIELDS}
`;

// A rule's employees, loaded when the rule is opened, a page at a time (kecamatan-wide a rule can
// count tens of thousands of people).
export const GET_RULE_EMPLOYEES = gql`
  query GetRuleEmployees(
    $unitId: ID!
    $cycleId: ID!
    $predicates: [Predicate!]!
    $first: Int
    $after: String
  ) {
    distributionCheckEmployees(
      unitId: $unitId
      cycleId: $cycleId
      predicates: $predicates
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
        }
      }
    }
  }
`;
