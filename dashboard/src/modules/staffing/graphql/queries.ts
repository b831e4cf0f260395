import { graphql } from '../../api/generated';

export const GET_JOB_HISTORY = graphql(`
  query StaffingJobHistory($employeeId: ID!) {
    jobHistory(employeeId: $employeeId) {
      id
      kind
      startsOn
      endsOn
      rank
      decreeNumber
      unit {
        id
        name
      }
      position {
        id
        title
      }
      supervisor {
        id
        name
      }
    }
    employee(id: $employeeId) {
      id
      version
    }
  }
`);

export const GET_MUTASI_CHOICES = graphql(`
  query StaffingMutasiChoices($employeeId: ID!) {
    ranks {
      code
      employmentType
    }
    orgUnits {
      id
      name
    }
    positions {
      id
      title
      unit {
        id
      }
    }
    employee(id: $employeeId) {
      id
      employmentType
      unit {
        id
      }
      position {
        id
      }
      supervisor {
        id
      }
    }
  }
`);

export const GET_ACTING_ASSIGNMENTS = graphql(`
  query StaffingActingAssignments {
    actingAssignments(first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          status
          startsOn
          endsOn
          decreeNumber
          version
          employee {
            id
            name
          }
          unit {
            id
            name
          }
        }
      }
    }
    orgUnits {
      id
      name
    }
  }
`);
