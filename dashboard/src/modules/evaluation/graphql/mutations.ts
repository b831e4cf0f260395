import { gql } from '@apollo/client';
import { EVALUATION_FIELDS } from './fragments';

export const SAVE_EVALUATION = gql`
  mutation SaveEvaluation($input: SaveEvaluationInput!) {
    saveEvaluation(input: $input) {
      id
      ...EvaluationFields
    }
  }
  ${EVALUATION_FIELDS}
`;

export const FINALIZE_EVALUATION = gql`
  mutation FinalizeEvaluation($id: ID!, $version: Int!) {
    finalizeEvaluation(id: $id, version: $version) {
      id
      ...EvaluationFields
    }
  }
  ${EVALUATION_FIELDS}
`;

export const ACKNOWLEDGE_EVALUATION = gql`
  mutation AcknowledgeEvaluation($id: ID!) {
    acknowledgeEvaluation(id: $id) {
      id
      status
      acknowledgedAt
      version
    }
  }
`;

export const FILE_OBJECTION = gql`
  mutation FileObjection($evaluationId: ID!, $reason: String!) {
    fileObjection(evaluationId: $evaluationId, reason: $reason) {
      id
      reason
      status
      filedAt
    }
  }
`;
