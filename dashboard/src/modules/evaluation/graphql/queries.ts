import { graphql } from '../../api/generated';

// The approved SKP I evaluate in a cycle that cover the period (after a mutasi, the SKP in force on
// its last day), their achievement for it and their evaluations.
export const GET_TEAM_EVALUATIONS = graphql(`
  query GetTeamEvaluations($cycleId: ID!, $evaluatorId: ID!, $period: Period!) {
    performancePlans(
      filter: {
        cycleId: $cycleId
        evaluatorId: $evaluatorId
        status: APPROVED
        coversPeriod: $period
      }
      first: 200
    ) {
      totalCount
      edges {
        node {
          id
          achievement(period: $period)
          employee {
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
    evaluations(
      filter: { cycleId: $cycleId, evaluatorId: $evaluatorId, period: $period }
      first: 200
    ) {
      edges {
        node {
          id
          ...TeamEvaluationFields
        }
      }
    }
  }
`);

// What the evaluation form shows beside the ratings: RHK, IKI with realisations, BerAKHLAK.
export const GET_EVALUATION_PLAN = graphql(`
  query GetEvaluationPlan($planId: ID!, $period: Period!) {
    performancePlan(id: $planId) {
      id
      status
      achievement(period: $period)
      employee {
        id
        name
        position {
          id
          title
        }
        unit {
          id
          name
          head {
            id
          }
        }
      }
      evaluator {
        id
        name
      }
      cycle {
        id
        year
        status
        meetsThreshold
        exceedsThreshold
        reportablePeriods
      }
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
          achievement(period: $period)
          result(period: $period) {
            value
            derivedValue
            reported
          }
          realization(period: $period) {
            id
            value
            narrative
            evidenceUrl
            note
          }
        }
      }
      behaviorExpectations {
        id
        coreValue
        name
        guides
        specificExpectation
      }
    }
  }
`);

export const GET_PLAN_EVALUATION = graphql(`
  query GetPlanEvaluation($cycleId: ID!, $employeeId: ID!, $period: Period!) {
    evaluations(filter: { cycleId: $cycleId, employeeId: $employeeId, period: $period }, first: 1) {
      edges {
        node {
          id
          ...EvaluationFields
        }
      }
    }
  }
`);

// My evaluations, replaced revisions included (an upheld objection keeps the old one readable).
export const GET_MY_EVALUATIONS = graphql(`
  query GetMyEvaluations($employeeId: ID!) {
    evaluations(filter: { employeeId: $employeeId, includeSuperseded: true }, first: 50) {
      totalCount
      edges {
        node {
          id
          ...EvaluationFields
        }
      }
    }
  }
`);

/** What the Penilaian page opens on: the cycle's deadlines and, per period, who is still to evaluate. */
export const GET_EVALUATION_DUE = graphql(`
  query GetEvaluationDue($cycleId: ID!, $evaluatorId: ID!, $employeeId: ID) {
    cycle(id: $cycleId) {
      id
      deadlines {
        schedule {
          period
          finalizableFrom
          evaluationDueOn
        }
      }
      evaluationBacklog(evaluatorId: $evaluatorId, employeeId: $employeeId) {
        period
        pending
      }
    }
  }
`);
