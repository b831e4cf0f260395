import { graphql } from '../../api/generated';

export const CREATE_CYCLE = graphql(`
  mutation CreateCycle($input: CreateCycleInput!) {
    createCycle(input: $input) {
      ...CycleAdminFields
    }
  }
`);

export const UPDATE_CYCLE_THRESHOLDS = graphql(`
  mutation UpdateCycleThresholds($id: ID!, $input: CycleThresholdsInput!, $version: Int!) {
    updateCycleThresholds(id: $id, input: $input, version: $version) {
      ...CycleAdminFields
    }
  }
`);

export const MOVE_CYCLE_STATUS = graphql(`
  mutation MoveCycleStatus($id: ID!, $status: CycleStatus!, $reason: String) {
    setCycleStatus(id: $id, status: $status, reason: $reason) {
      ...CycleAdminFields
    }
  }
`);
