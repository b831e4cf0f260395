import { graphql } from '../../api/generated';

export const MOVE_EMPLOYEE = graphql(`
  mutation StaffingMoveEmployee($input: MoveEmployeeInput!, $dryRun: Boolean) {
    moveEmployee(input: $input, dryRun: $dryRun) {
      dryRun
      supervisor {
        id
        name
      }
      closedPlans {
        id
        endsOn
      }
      startedPlans {
        id
        startsOn
        evaluatorCapacity
        evaluator {
          id
          name
        }
      }
      reassignedStaff {
        id
        name
      }
    }
  }
`);

export const CREATE_ACTING_ASSIGNMENT = graphql(`
  mutation StaffingCreateActing($input: CreateActingAssignmentInput!) {
    createActingAssignment(input: $input) {
      id
      status
    }
  }
`);

export const END_ACTING_ASSIGNMENT = graphql(`
  mutation StaffingEndActing($id: ID!, $version: Int!) {
    endActingAssignment(id: $id, version: $version) {
      id
      endsOn
      status
      version
    }
  }
`);
