import { graphql } from '../../api/generated';

export const GET_MY_PLAN = graphql(`
  query GetMyPlan($cycleId: ID!, $employeeId: ID!) {
    performancePlans(
      filter: { cycleId: $cycleId, employeeId: $employeeId, current: true }
      first: 1
    ) {
      edges {
        node {
          id
          startsOn
          approvalDueOn
          cyclePlans {
            id
            startsOn
            endsOn
          }
          ...PlanDetailFields
        }
      }
    }
  }
`);

// The supervisor's plan is read partially (status and RHK only): enough to pick a parent RHK.
export const GET_SUPERVISOR_PLAN = graphql(`
  query GetSupervisorPlan($cycleId: ID!, $employeeId: ID!) {
    performancePlans(
      filter: { cycleId: $cycleId, employeeId: $employeeId, current: true }
      first: 1
    ) {
      edges {
        node {
          id
          status
          workTargets {
            id
            kind
            description
          }
        }
      }
    }
  }
`);

export const GET_PLAN = graphql(`
  query GetPlan($id: ID!) {
    performancePlan(id: $id) {
      id
      ...PlanDetailFields
    }
  }
`);

export const GET_PLAN_REPORT = graphql(`
  query GetPlanReport($cycleId: ID!, $employeeId: ID!, $period: Period!) {
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
              result(period: $period) {
                value
                derivedValue
                reported
              }
              realization(period: $period) {
                ...RealizationFields
              }
              realizationHistory(period: $period) {
                ...RealizationFields
                replacedAt
              }
            }
          }
        }
      }
    }
    # The period's evaluation once it reaches the employee (final): the qualitative judgements.
    evaluations(filter: { cycleId: $cycleId, employeeId: $employeeId, period: $period }, first: 1) {
      edges {
        node {
          id
          status
          judgements {
            id
            rating
            indicator {
              id
            }
          }
        }
      }
    }
  }
`);

export const TEAM_PLAN_FIELDS = graphql(`
  fragment TeamPlanFields on PerformancePlan {
    id
    status
    submittedAt
    approvedAt
    employee {
      id
      name
      position {
        id
        title
      }
    }
  }
`);

// The approval queue (SUBMITTED, evaluated by me), every plan I evaluate, and my direct reports.
export const GET_APPROVALS = graphql(`
  query GetApprovals($cycleId: ID!, $evaluatorId: ID!) {
    queue: performancePlans(
      filter: { cycleId: $cycleId, evaluatorId: $evaluatorId, status: SUBMITTED }
      first: 200
    ) {
      totalCount
      edges {
        node {
          id
          ...TeamPlanFields
        }
      }
    }
    team: performancePlans(filter: { cycleId: $cycleId, evaluatorId: $evaluatorId }, first: 200) {
      totalCount
      edges {
        node {
          id
          ...TeamPlanFields
        }
      }
    }
    directReports: employees(filter: { supervisorId: $evaluatorId, active: true }, first: 200) {
      edges {
        node {
          id
          name
          position {
            id
            title
          }
        }
      }
    }
  }
`);

export const GET_PLAN_CASCADE = graphql(`
  query GetPlanCascade($cycleId: ID!, $unitId: ID!) {
    planCascade(cycleId: $cycleId, unitId: $unitId) {
      id
      status
      employee {
        id
        name
        position {
          id
          title
        }
      }
      workTargets {
        id
        kind
        description
        parentTarget {
          id
        }
      }
    }
  }
`);
