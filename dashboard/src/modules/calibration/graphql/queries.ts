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
      employees {
        id
        name
      }
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
