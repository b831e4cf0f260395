import { graphql } from '../../api/generated';

export const GET_CYCLES = graphql(`
  query GetCycles {
    cycles {
      ...CycleSummaryFields
    }
  }
`);

/** Every cycle with what HR administers of it, newest first. */
export const GET_CYCLES_ADMIN = graphql(`
  query GetCyclesAdmin {
    cycles {
      ...CycleAdminFields
    }
  }
`);

/** What moving a cycle to `status` would do, counted now by the API. */
export const GET_CYCLE_TRANSITION_PREVIEW = graphql(`
  query GetCycleTransitionPreview($id: ID!, $status: CycleStatus!) {
    cycleTransitionPreview(id: $id, status: $status) {
      cycleId
      from
      to
      allowed
      refusalReason
      requiredRoles
      reasonRequired
      effects
      warnings {
        kind
        period
        count
      }
      plans {
        draft
        submitted
        returned
        approved
        withoutPlan
      }
      evaluations {
        period
        missing
        draft
        final
      }
      openObjections
      failingCurveChecks {
        unitId
        unitName
        organizationPredicate
        rule
        predicates
        bound
        percent
        count
        total
        actualPercent
      }
    }
  }
`);
