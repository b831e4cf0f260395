import { graphql } from '../../api/generated';

export const GET_CALIBRATION_UNITS = graphql(`
  query GetCalibrationUnits {
    orgUnits {
      id
      name
      depth
    }
  }
`);

export const DISTRIBUTION_FIELDS = graphql(`
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
    }
  }
`);

export const GET_DISTRIBUTION_CHECK = graphql(`
  query GetDistributionCheck($unitId: ID!, $cycleId: ID!) {
    distributionCheck(unitId: $unitId, cycleId: $cycleId) {
      ...DistributionFields
    }
  }
`);

// A rule's employees, loaded when the rule is opened, a page at a time (kecamatan-wide a rule can
// count tens of thousands of people).
export const GET_RULE_EMPLOYEES = graphql(`
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
`);
