import { graphql } from '../../api/generated';

export const GET_EMPLOYEES = graphql(`
  query GetEmployees($filter: EmployeeFilter, $first: Int, $after: String) {
    employees(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...EmployeeListItem
        }
      }
    }
  }
`);

export const GET_EMPLOYEE = graphql(`
  query GetEmployee($id: ID!) {
    employee(id: $id) {
      id
      ...EmployeeProfileFields
    }
  }
`);

export const GET_ORG_UNITS = graphql(`
  query GetOrgUnits {
    orgUnits {
      id
      name
      depth
    }
  }
`);

export const GET_MY_SUMMARY = graphql(`
  query GetMySummary {
    me {
      id
      employee {
        id
        ...EmployeeSummaryFields
      }
    }
  }
`);

// Who the viewer is in the organisation: their supervisor (whose RHK they intervene) and unit.
export const GET_MY_PLACE = graphql(`
  query GetMyPlace {
    me {
      id
      isSupervisor
      employee {
        id
        name
        unit {
          id
          name
        }
        supervisor {
          id
          name
        }
      }
    }
  }
`);

// Everything HR edits about one employee, with the account and why they left.
export const EMPLOYEE_EDIT_FIELDS = graphql(`
  fragment EmployeeEditFields on Employee {
    id
    version
    nip
    name
    gender
    birthDate
    employmentType
    rank
    email
    phone
    active
    position {
      id
    }
    unit {
      id
    }
    supervisor {
      id
      name
    }
    separation {
      kind
      effectiveDate
      reason
      decreeNumber
    }
    account {
      id
      ...AccountFields
    }
  }
`);

export const GET_EMPLOYEE_FOR_EDIT = graphql(`
  query GetEmployeeForEdit($id: ID!) {
    employee(id: $id) {
      id
      ...EmployeeEditFields
    }
  }
`);

// The choices of the employee form: units, positions, golongan and possible supervisors.
export const GET_EMPLOYEE_FORM_OPTIONS = graphql(`
  query GetEmployeeFormOptions {
    ranks {
      code
      employmentType
    }
    orgUnits {
      id
      name
      depth
    }
    positions {
      id
      title
      level
    }
    employees(filter: { active: true }, first: 200) {
      edges {
        node {
          id
          name
          nip
        }
      }
    }
  }
`);
