import { graphql } from '../../api/generated';

// What the annual form shows beside the year: each quarter's final evaluation and indicator
// results, and for a unit head the organisation predicate the suggestion follows.
export const GET_ANNUAL_CONTEXT = graphql(`
  query GetAnnualContext($planId: ID!) {
    performancePlan(id: $planId) {
      id
      organizationPredicate {
        id
        predicate
        unit {
          id
          name
        }
      }
      quarterEvaluations {
        id
        period
        resultRating
        behaviorRating
        predicate
        achievement
        summary
        status
      }
      workTargets {
        id
        indicators {
          id
          description
          unit
          tw1: result(period: TW1) {
            ...QuarterResultFields
          }
          tw2: result(period: TW2) {
            ...QuarterResultFields
          }
          tw3: result(period: TW3) {
            ...QuarterResultFields
          }
          tw4: result(period: TW4) {
            ...QuarterResultFields
          }
        }
      }
    }
  }

  fragment QuarterResultFields on IndicatorPeriodResult {
    period
    target
    value
    reported
    achievement
  }
`);
