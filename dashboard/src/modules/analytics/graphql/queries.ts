import { gql } from '@apollo/client';

/** The viewer's own trend: one point per FINAL evaluation, oldest first. */
export const GET_MY_TREND = gql`
  query GetMyTrend($employeeId: ID!) {
    performanceTrend(employeeId: $employeeId) {
      cycleYear
      period
      predicate
      predicateLevel
      resultRating
      behaviorRating
      achievement
      productivity
      qualityOfWork
      professionalAttitude
    }
  }
`;

/** Units for the team/summary pickers and the viewer's own unit. */
export const GET_ANALYTICS_PLACE = gql`
  query GetAnalyticsPlace {
    orgUnits {
      id
      name
      depth
    }
    me {
      id
      isSupervisor
      roles
      employee {
        id
        unit {
          id
        }
      }
    }
  }
`;

export const GET_TEAM_DASHBOARD = gql`
  query GetTeamDashboard($unitId: ID!, $cycleId: ID!) {
    teamDashboard(unitId: $unitId, cycleId: $cycleId) {
      unitId
      cycleId
      members {
        employeeId
        employee {
          id
          name
          position {
            id
            title
          }
        }
        planStatus
        latestPredicate
        latestPeriod
        latestAchievement
        overdueRealizations
        overdueEvaluations
        predicateLevels
      }
      predicateDistribution {
        period
        counts {
          predicate
          count
        }
      }
      averageTrend {
        cycleYear
        period
        averagePredicateLevel
        averageAchievement
        evaluated
      }
      pendingActions {
        kind
        employeeId
        employee {
          id
          name
        }
        period
        planId
        objectionId
      }
      curveCheck {
        unitId
        cycleId
        passed
        total
        organizationPredicate
        rules {
          rule
          passed
          detail
        }
      }
    }
  }
`;

export const GET_KECAMATAN_SUMMARY = gql`
  query GetKecamatanSummary($cycleId: ID!) {
    kecamatanSummary(cycleId: $cycleId) {
      unitId
      unit {
        id
        name
      }
      members
      approvedPlans
      planCompletion
      evaluationsDone
      evaluationsExpected
      evaluationCompletion
      averageAchievement
      predicateCounts {
        predicate
        count
      }
    }
  }
`;

export const GET_PREDICATE_DISTRIBUTION = gql`
  query GetPredicateDistribution($cycleId: ID!, $period: Period!, $groupBy: DistributionGroupBy!) {
    predicateDistribution(cycleId: $cycleId, period: $period, groupBy: $groupBy) {
      group
      suppressed
      total
      counts {
        predicate
        count
      }
    }
  }
`;
