import { graphql } from '../../api/generated';

// Everything an evaluation page shows about one evaluation.
export const EVALUATION_FIELDS = graphql(`
  fragment EvaluationFields on Evaluation {
    id
    period
    resultRating
    behaviorRating
    predicate
    predicateLevel
    achievement
    suggestedResultRating
    differsFromSuggestion
    unreportedIndicators
    judgements {
      id
      rating
      indicator {
        id
      }
    }
    summary
    finalizationReason
    status
    version
    revision
    finalizedAt
    acknowledgedAt
    supersededAt
    employee {
      id
      name
    }
    evaluator {
      id
      name
    }
    cycle {
      id
      year
      status
    }
    plan {
      id
    }
    feedback {
      id
      coreValue
      rating
      text
      workTarget {
        id
        description
      }
    }
    revisionOf {
      id
    }
    objection {
      id
      reason
      status
      filedAt
      decidedAt
      decisionReason
      decider {
        id
        name
      }
      revisedEvaluation {
        id
      }
    }
    organizationPredicate {
      id
      predicate
      unit {
        id
        name
      }
    }
  }
`);

// The row of the team list: who, the plan's achievement and the evaluation state.
export const TEAM_EVALUATION_FIELDS = graphql(`
  fragment TeamEvaluationFields on Evaluation {
    id
    period
    status
    predicate
    version
    plan {
      id
    }
    employee {
      id
    }
  }
`);
