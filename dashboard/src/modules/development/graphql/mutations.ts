import { gql } from '@apollo/client';
import { DEVELOPMENT_ACTIVITY_FIELDS, TRAINING_PROGRAM_FIELDS } from './fragments';

export const ADD_DEVELOPMENT_ACTIVITY = gql`
  mutation AddDevelopmentActivity($input: AddDevelopmentActivityInput!) {
    addDevelopmentActivity(input: $input) {
      ...DevelopmentActivityFields
    }
  }
  ${DEVELOPMENT_ACTIVITY_FIELDS}
`;

export const UPDATE_DEVELOPMENT_ACTIVITY = gql`
  mutation UpdateDevelopmentActivity($id: ID!, $input: UpdateDevelopmentActivityInput!) {
    updateDevelopmentActivity(id: $id, input: $input) {
      ...DevelopmentActivityFields
    }
  }
  ${DEVELOPMENT_ACTIVITY_FIELDS}
`;

export const CREATE_TRAINING_PROGRAM = gql`
  mutation CreateTrainingProgram($input: TrainingProgramInput!) {
    createTrainingProgram(input: $input) {
      ...TrainingProgramFields
    }
  }
  ${TRAINING_PROGRAM_FIELDS}
`;

export const UPDATE_TRAINING_PROGRAM = gql`
  mutation UpdateTrainingProgram($id: ID!, $input: TrainingProgramUpdate!) {
    updateTrainingProgram(id: $id, input: $input) {
      ...TrainingProgramFields
    }
  }
  ${TRAINING_PROGRAM_FIELDS}
`;

export const RETIRE_TRAINING_PROGRAM = gql`
  mutation RetireTrainingProgram($id: ID!, $version: Int!) {
    retireTrainingProgram(id: $id, version: $version) {
      ...TrainingProgramFields
    }
  }
  ${TRAINING_PROGRAM_FIELDS}
`;
