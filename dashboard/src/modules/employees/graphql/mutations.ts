import { graphql } from '../../api/generated';

export const CREATE_EMPLOYEE = graphql(`
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      id
      name
      nip
      oneTimePassword
      account {
        id
        username
      }
    }
  }
`);

export const UPDATE_EMPLOYEE = graphql(`
  mutation UpdateEmployee($id: ID!, $input: UpdateEmployeeInput!) {
    updateEmployee(id: $id, input: $input) {
      id
      ...EmployeeEditFields
    }
  }
`);

export const DEACTIVATE_EMPLOYEE = graphql(`
  mutation DeactivateEmployee($id: ID!, $input: DeactivateEmployeeInput!) {
    deactivateEmployee(id: $id, input: $input) {
      id
      ...EmployeeEditFields
    }
  }
`);
