import { gql } from '@apollo/client';
import { EMPLOYEE_LIST_ITEM_FIELDS } from '../components/EmployeeList';
import { EMPLOYEE_PROFILE_FIELDS } from '../components/EmployeeProfile';
import { EMPLOYEE_SUMMARY_FIELDS } from '../components/EmployeeSummaryCard';

export const GET_EMPLOYEES = gql`
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
  ${EMPLOYEE_LIST_ITEM_FIELDS}
`;

export const GET_EMPLOYEE = gql`
  query GetEmployee($id: ID!) {
    employee(id: $id) {
      id
      ...EmployeeProfileFields
    }
  }
  ${EMPLOYEE_PROFILE_FIELDS}
`;

export const GET_ORG_UNITS = gql`
  query GetOrgUnits {
    orgUnits {
      id
      name
      depth
    }
  }
`;

export const GET_MY_SUMMARY = gql`
  query GetMySummary {
    me {
      id
      employee {
        id
        ...EmployeeSummaryFields
      }
    }
  }
  ${EMPLOYEE_SUMMARY_FIELDS}
`;

// Who the viewer is in the organisation: their supervisor (whose RHK they intervene) and unit.
export const GET_MY_PLACE = gql`
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
`;
