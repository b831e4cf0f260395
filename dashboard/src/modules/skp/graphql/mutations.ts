import { gql } from '@apollo/client';
import { REALIZATION_FIELDS } from './fragments';

export const CREATE_PERFORMANCE_PLAN = gql`
  mutation CreatePerformancePlan($input: CreatePerformancePlanInput!) {
    createPerformancePlan(input: $input) {
      id
      status
    }
  }
`;

export const ADD_WORK_TARGET = gql`
  mutation AddWorkTarget($input: AddWorkTargetInput!) {
    addWorkTarget(input: $input) {
      id
    }
  }
`;

export const UPDATE_WORK_TARGET = gql`
  mutation UpdateWorkTarget($id: ID!, $input: UpdateWorkTargetInput!) {
    updateWorkTarget(id: $id, input: $input) {
      id
    }
  }
`;

export const REMOVE_WORK_TARGET = gql`
  mutation RemoveWorkTarget($id: ID!) {
    removeWorkTarget(id: $id)
  }
`;

export const SET_BEHAVIOR_EXPECTATION = gql`
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
`;

// What a state change alters on the plan; the cache updates the plan everywhere it is shown.
const PLAN_STATE_FIELDS = gql`
  fragment PlanStateFields on PerformancePlan {
    id
    status
    returnReason
    submittedAt
    approvedAt
    version
  }
`;

export const SUBMIT_PERFORMANCE_PLAN = gql`
  mutation SubmitPerformancePlan($id: ID!) {
    submitPerformancePlan(id: $id) {
      ...PlanStateFields
    }
  }
  ${PLAN_STATE_FIELDS}
`;

export const APPROVE_PERFORMANCE_PLAN = gql`
  mutation ApprovePerformancePlan($id: ID!) {
    approvePerformancePlan(id: $id) {
      ...PlanStateFields
    }
  }
  ${PLAN_STATE_FIELDS}
`;

export const RETURN_PERFORMANCE_PLAN = gql`
  mutation ReturnPerformancePlan($id: ID!, $reason: String!) {
    returnPerformancePlan(id: $id, reason: $reason) {
      ...PlanStateFields
    }
  }
  ${PLAN_STATE_FIELDS}
`;

export const SUBMIT_REALIZATION = gql`
  mutation SubmitRealization($input: SubmitRealizationInput!) {
    submitRealization(input: $input) {
      ...RealizationFields
    }
  }
  ${REALIZATION_FIELDS}
`;

// The lampiran SKP, versioned: a save on a plan changed meanwhile is a STALE_VERSION CONFLICT.
export const UPDATE_PLAN_ANNEX = gql`
  mutation UpdatePlanAnnex($planId: ID!, $input: PlanAnnexInput!, $version: Int!) {
    updatePlanAnnex(planId: $planId, input: $input, version: $version) {
      ...PlanStateFields
      resourceSupport
      accountabilityScheme
      consequences
    }
  }
  ${PLAN_STATE_FIELDS}
`;
