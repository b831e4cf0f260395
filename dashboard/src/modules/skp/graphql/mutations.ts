import { graphql } from '../../api/generated';

export const CREATE_PERFORMANCE_PLAN = graphql(`
  mutation CreatePerformancePlan($input: CreatePerformancePlanInput!) {
    createPerformancePlan(input: $input) {
      id
      status
    }
  }
`);

export const ADD_WORK_TARGET = graphql(`
  mutation AddWorkTarget($input: AddWorkTargetInput!) {
    addWorkTarget(input: $input) {
      id
    }
  }
`);

// RHK edits send the SKP's version as read: an SKP changed since (another tab, another device) is
// a STALE_VERSION CONFLICT, never silently overwritten.
export const UPDATE_WORK_TARGET = graphql(`
  mutation UpdateWorkTarget($id: ID!, $input: UpdateWorkTargetInput!, $version: Int!) {
    updateWorkTarget(id: $id, input: $input, version: $version) {
      id
    }
  }
`);

export const REMOVE_WORK_TARGET = graphql(`
  mutation RemoveWorkTarget($id: ID!, $version: Int!) {
    removeWorkTarget(id: $id, version: $version)
  }
`);

export const SET_BEHAVIOR_EXPECTATION = graphql(`
  mutation SetBehaviorExpectation(
    $planId: ID!
    $coreValue: CoreValue!
    $specificExpectation: String
  ) {
    setBehaviorExpectation(
      planId: $planId
      coreValue: $coreValue
      specificExpectation: $specificExpectation
    ) {
      id
      specificExpectation
    }
  }
`);

// What a state change alters on the plan; the cache updates the plan everywhere it is shown.
export const PLAN_STATE_FIELDS = graphql(`
  fragment PlanStateFields on PerformancePlan {
    id
    status
    returnReason
    submittedAt
    approvedAt
    version
  }
`);

export const SUBMIT_PERFORMANCE_PLAN = graphql(`
  mutation SubmitPerformancePlan($id: ID!) {
    submitPerformancePlan(id: $id) {
      ...PlanStateFields
    }
  }
`);

export const APPROVE_PERFORMANCE_PLAN = graphql(`
  mutation ApprovePerformancePlan($id: ID!) {
    approvePerformancePlan(id: $id) {
      ...PlanStateFields
    }
  }
`);

export const RETURN_PERFORMANCE_PLAN = graphql(`
  mutation ReturnPerformancePlan($id: ID!, $reason: String!) {
    returnPerformancePlan(id: $id, reason: $reason) {
      ...PlanStateFields
    }
  }
`);

export const SUBMIT_REALIZATION = graphql(`
  mutation SubmitRealization($input: SubmitRealizationInput!) {
    submitRealization(input: $input) {
      ...RealizationFields
    }
  }
`);

// The lampiran SKP, versioned: a save on a plan changed meanwhile is a STALE_VERSION CONFLICT.
export const UPDATE_PLAN_ANNEX = graphql(`
  mutation UpdatePlanAnnex($planId: ID!, $input: PlanAnnexInput!, $version: Int!) {
    updatePlanAnnex(planId: $planId, input: $input, version: $version) {
      ...PlanStateFields
      resourceSupport
      accountabilityScheme
      consequences
    }
  }
`);
