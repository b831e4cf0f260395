import { gql } from '@apollo/client';

export const TRAINING_PROGRAM_FIELDS = gql`
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
`;

export const JP_PROGRESS_FIELDS = gql`
  fragment JpProgressFields on JpProgress {
    year
    planned
    done
    target
    progress
    belowTarget
    flagged
  }
`;

export const DEVELOPMENT_ACTIVITY_FIELDS = gql`
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
`;
