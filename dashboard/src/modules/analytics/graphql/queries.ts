import { graphql } from '../../api/generated';

/** The viewer's own trend: one point per FINAL evaluation, oldest first. */
export const GET_MY_TREND = graphql(`
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
      behaviorFeedback {
        coreValue
        rating
        count
      }
    }
  }
`);

/** The viewer's SKP in a cycle: RHK, IKI and the realisation and achievement of one period. */
export const GET_MY_CURRENT_TARGETS = graphql(`
  query GetMyCurrentTargets($cycleId: ID!, $employeeId: ID!, $period: Period!) {
    performancePlans(
      filter: { cycleId: $cycleId, employeeId: $employeeId, coversPeriod: $period }
      first: 1
    ) {
      edges {
        node {
          id
          status
          achievement(period: $period)
          workTargets {
            id
            kind
            description
            sortOrder
            indicators {
              id
              kind
              aspect
              description
              target
              narrativeTarget
              periodTarget: targetFor(period: $period)
              unit
              direction
              achievement(period: $period)
              realization(period: $period) {
                id
                value
                narrative
                submittedAt
              }
            }
          }
        }
      }
    }
  }
`);

/** Units for the team/summary pickers and the viewer's own unit. */
export const GET_ANALYTICS_PLACE = graphql(`
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
`);

/** One row of a team table (Tim Saya, Beranda). */
export const TEAM_MEMBER_FIELDS = graphql(`
  fragment TeamMemberFields on TeamMember {
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
`);

/** A team's aggregates, beside its members (Tim Saya). */
export const TEAM_AGGREGATE_FIELDS = graphql(`
  fragment TeamAggregateFields on TeamDashboard {
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
        predicates
        bound
        percent
        count
        actualPercent
      }
    }
  }
`);

/** Tim Saya: the team's aggregates and one page of its members, filtered and ordered on the server. */
export const GET_TEAM_PAGE = graphql(`
  query GetTeamPage(
    $unitId: ID!
    $cycleId: ID!
    $filter: TeamMemberFilter
    $sort: TeamMemberSort
    $descending: Boolean
    $offset: Int
    $limit: Int
  ) {
    teamDashboard(unitId: $unitId, cycleId: $cycleId) {
      unitId
      cycleId
      memberUnits {
        id
        name
      }
      memberPage(
        filter: $filter
        sort: $sort
        descending: $descending
        offset: $offset
        limit: $limit
      ) {
        totalCount
        offset
        members {
          ...TeamMemberFields
          jpDone
          belowJpTarget
          employee {
            id
            nip
            unit {
              id
              name
            }
          }
        }
      }
      ...TeamAggregateFields
    }
  }
`);

export const GET_KECAMATAN_SUMMARY = graphql(`
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
`);

export const GET_PREDICATE_DISTRIBUTION = graphql(`
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
`);

/** A team member's page: who they are and their SKP of the cycle (for the head's actions). */
export const GET_TEAM_MEMBER = graphql(`
  query GetTeamMember($id: ID!, $cycleId: ID!) {
    employee(id: $id) {
      id
      name
      nip
      position {
        id
        title
      }
      unit {
        id
        name
      }
    }
    performancePlans(filter: { cycleId: $cycleId, employeeId: $id, current: true }, first: 1) {
      edges {
        node {
          id
          status
          evaluator {
            id
          }
        }
      }
    }
  }
`);
