import { graphql } from '../../api/generated';

/** The viewer's JP in a cycle year (the landing's JP card). */
export const GET_MY_JP = graphql(`
  query HomeMyJp($employeeId: ID!, $cycleId: ID!) {
    jpProgress(employeeId: $employeeId, cycleId: $cycleId) {
      ...JpProgressFields
    }
  }
`);

/** What waits for the viewer: evaluations to acknowledge and feedback not yet acknowledged. */
export const GET_MY_PENDING = graphql(`
  query HomeMyPending($employeeId: ID!) {
    evaluations(filter: { employeeId: $employeeId }, first: 50) {
      edges {
        node {
          id
          status
          period
          cycle {
            id
            year
          }
        }
      }
    }
    unacknowledgedFeedback: feedback(
      filter: { recipientId: $employeeId, unacknowledged: true }
      first: 1
    ) {
      totalCount
    }
  }
`);

/**
 * What the cycle being planned asks of the viewer: their own SKP's status (none yet: no edge), and
 * as an atasan the SKP submitted to them that wait for approval.
 */
export const GET_PLANNING_SKP = graphql(`
  query HomePlanningSkp(
    $cycleId: ID!
    $employeeId: ID!
    $withOwn: Boolean!
    $withApprovals: Boolean!
  ) {
    own: performancePlans(
      filter: { cycleId: $cycleId, employeeId: $employeeId, current: true }
      first: 1
    ) @include(if: $withOwn) {
      edges {
        node {
          id
          status
        }
      }
    }
    toApprove: performancePlans(
      filter: { cycleId: $cycleId, evaluatorId: $employeeId, status: SUBMITTED }
      first: 1
    ) @include(if: $withApprovals) {
      totalCount
    }
  }
`);

/** The kecamatan's JP totals only (the members page is the Pengembangan ASN page's). */
export const GET_JP_TOTALS = graphql(`
  query HomeJpTotals($cycleId: ID!) {
    developmentHours(cycleId: $cycleId) {
      year
      yearRunningOut
      totals {
        employees
        pns
        jpDone
        pnsBelowTarget
      }
    }
  }
`);

/**
 * The team card's part of Tim Saya's unit: who needs the viewer and what waits for them. Not the
 * whole dashboard (distribution, trend, curve, each member's position and levels): the card shows
 * none of it, and the kecamatan's members are Beranda's largest answer to parse and cache.
 */
export const GET_HOME_TEAM = graphql(`
  query HomeTeam($unitId: ID!, $cycleId: ID!) {
    teamDashboard(unitId: $unitId, cycleId: $cycleId) {
      unitId
      cycleId
      members {
        employeeId
        employee {
          id
          name
        }
        latestPredicate
        overdueRealizations
        overdueEvaluations
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
    }
  }
`);

/**
 * The kecamatan's completion counts only (the Ringkasan page asks the units' names and predicates
 * too): a phone writes and reads a fifth of the values on Beranda's first screen.
 */
export const GET_COMPLETION_COUNTS = graphql(`
  query HomeCompletion($cycleId: ID!) {
    kecamatanSummary(cycleId: $cycleId) {
      unitId
      members
      approvedPlans
      evaluationsDone
      evaluationsExpected
    }
  }
`);
