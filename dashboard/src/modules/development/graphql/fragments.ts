import { graphql } from '../../api/generated';

export const TRAINING_PROGRAM_FIELDS = graphql(`
  fragment TrainingProgramFields on TrainingProgram {
    id
    code
    title
    description
    competencies {
      coreValues
      aspects
    }
    hours
    provider
    mode
    retiredAt
    version
  }
`);

export const JP_PROGRESS_FIELDS = graphql(`
  fragment JpProgressFields on JpProgress {
    year
    planned
    done
    target
    progress
    belowTarget
    flagged
  }
`);

export const DEVELOPMENT_ACTIVITY_FIELDS = graphql(`
  fragment DevelopmentActivityFields on DevelopmentActivity {
    id
    kind
    title
    reason
    reasonCoreValue
    reasonAspect
    reasonEvaluation {
      id
      period
      predicate
      cycle {
        id
        year
      }
    }
    reasonIndicator {
      id
      description
    }
    jp
    status
    dueDate
    completedOn
    outcome
    evidenceUrl
    required
    cancelReason
    version
    program {
      id
      code
      title
      hours
      mode
      provider
    }
    createdBy {
      id
      name
    }
    effects {
      measure
      coreValue
      beforeRating
      afterRating
      change
      beforeCycleYear
      beforePeriod
      afterCycleYear
      afterPeriod
    }
  }
`);
