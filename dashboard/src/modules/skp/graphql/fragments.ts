import { graphql } from '../../api/generated';

// Everything the owner, their supervisors, the LEADER and HR read about one SKP.
export const PLAN_DETAIL_FIELDS = graphql(`
  fragment PlanDetailFields on PerformancePlan {
    id
    status
    approach
    returnReason
    submittedAt
    approvedAt
    version
    resourceSupport
    accountabilityScheme
    consequences
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
      }
    }
    evaluator {
      id
      name
      position {
        id
        title
      }
    }
    cycle {
      id
      year
      status
    }
    workTargets {
      id
      kind
      description
      sortOrder
      parentTarget {
        id
        description
      }
      indicators {
        id
        kind
        aspect
        description
        target
        narrativeTarget
        unit
        direction
        aggregation
        periodTargets {
          period
          target
          actionPlan
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
`);

export const REALIZATION_FIELDS = graphql(`
  fragment RealizationFields on Realization {
    id
    value
    narrative
    evidenceUrl
    note
    submittedAt
    achievement
  }
`);
