import { graphql } from '../../api/generated';

export const ADD_DEVELOPMENT_ACTIVITY = graphql(`
  mutation AddDevelopmentActivity($input: AddDevelopmentActivityInput!) {
    addDevelopmentActivity(input: $input) {
      ...DevelopmentActivityFields
    }
  }
`);

export const UPDATE_DEVELOPMENT_ACTIVITY = graphql(`
  mutation UpdateDevelopmentActivity($id: ID!, $input: UpdateDevelopmentActivityInput!) {
    updateDevelopmentActivity(id: $id, input: $input) {
      ...DevelopmentActivityFields
    }
  }
`);

export const CREATE_TRAINING_PROGRAM = graphql(`
  mutation CreateTrainingProgram($input: TrainingProgramInput!) {
    createTrainingProgram(input: $input) {
      ...TrainingProgramFields
    }
  }
`);

export const UPDATE_TRAINING_PROGRAM = graphql(`
  mutation UpdateTrainingProgram($id: ID!, $input: TrainingProgramUpdate!) {
    updateTrainingProgram(id: $id, input: $input) {
      ...TrainingProgramFields
    }
  }
`);

export const RETIRE_TRAINING_PROGRAM = graphql(`
  mutation RetireTrainingProgram($id: ID!, $version: Int!) {
    retireTrainingProgram(id: $id, version: $version) {
      ...TrainingProgramFields
    }
  }
`);
