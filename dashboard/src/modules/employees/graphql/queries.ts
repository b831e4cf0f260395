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
