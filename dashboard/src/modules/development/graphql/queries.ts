import { graphql } from '../../api/generated';

/** One employee's plan for a cycle (null until something is planned) and their JP for its year. */
export const GET_DEVELOPMENT_PLAN = graphql(`
  query DevelopmentPlan($employeeId: ID!, $cycleId: ID!) {
    developmentPlan(employeeId: $employeeId, cycleId: $cycleId) {
      id
      activities {
        ...DevelopmentActivityFields
      }
      jp {
        ...JpProgressFields
      }
    }
    jpProgress(employeeId: $employeeId, cycleId: $cycleId) {
      ...JpProgressFields
    }
  }
`);

export const GET_RECOMMENDATIONS = graphql(`
  query TrainingRecommendations($employeeId: ID!, $cycleId: ID!) {
    recommendTrainings(employeeId: $employeeId, cycleId: $cycleId) {
      score
      program {
        id
        code
        title
        hours
        mode
        provider
      }
      reasons {
        kind
        evaluationId
        cycleYear
        period
        coreValue
        ratedBelowExpectation
        improvementFeedbackCount
        indicatorId
        indicatorDescription
        aspect
        achievement
        predicate
        weight
      }
    }
  }
`);

/** The team member a supervisor is planning for. */
export const GET_DEVELOPMENT_EMPLOYEE = graphql(`
  query DevelopmentEmployee($id: ID!) {
    employee(id: $id) {
      id
      name
      nip
      employmentType
      unit {
        id
        name
      }
      position {
        id
        title
      }
    }
  }
`);

export const GET_JP_OVERVIEW = graphql(`
  query JpOverview(
    $cycleId: ID!
    $unitId: ID
    $belowTargetOnly: Boolean
    $search: String
    $sort: JpMemberSort
    $descending: Boolean
    $offset: Int
    $limit: Int
  ) {
    developmentHours(
      cycleId: $cycleId
      unitId: $unitId
      belowTargetOnly: $belowTargetOnly
      search: $search
    ) {
      year
      yearRunningOut
      totals {
        employees
        pns
        jpDone
        jpPlanned
        pnsBelowTarget
      }
      units {
        id
        name
      }
      memberPage(sort: $sort, descending: $descending, offset: $offset, limit: $limit) {
        totalCount
        offset
        members {
          employeeId
          employmentType
          employee {
            id
            name
            unit {
              id
              name
            }
          }
          jp {
            ...JpProgressFields
          }
        }
      }
    }
  }
`);

export const GET_JP_BY_UNIT = graphql(`
  query JpByUnit($cycleId: ID!) {
    developmentHoursByGroup(cycleId: $cycleId, groupBy: UNIT) {
      group
      employees
      jpDone
      jpPlanned
      pnsBelowTarget
      suppressed
    }
  }
`);

export const GET_TRAINING_EFFECTS = graphql(`
  query TrainingEffects($programId: ID) {
    trainingEffects(programId: $programId) {
      program {
        id
        code
        title
      }
      measure
      coreValue
      completions
      measured
      improved
      unchanged
      declined
      belowBefore
      belowToMeets
      enoughData
    }
  }
`);

export const GET_TRAINING_PROGRAMS = graphql(`
  query TrainingPrograms($filter: TrainingProgramFilter, $first: Int, $after: String) {
    trainingPrograms(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TrainingProgramFields
        }
      }
    }
  }
`);

export const GET_PROGRAM_RETIREMENT = graphql(`
  query ProgramRetirement($id: ID!) {
    trainingProgramRetirement(id: $id) {
      programId
      openActivities
      openEmployees
      completedEmployees
    }
  }
`);
