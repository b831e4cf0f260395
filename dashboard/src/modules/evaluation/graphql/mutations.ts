import { graphql } from '../../api/generated';

export const SAVE_EVALUATION = graphql(`
  mutation SaveEvaluation($input: SaveEvaluationInput!) {
    saveEvaluation(input: $input) {
      id
      ...EvaluationFields
    }
  }
`);

export const FINALIZE_EVALUATION = graphql(`
  mutation FinalizeEvaluation($id: ID!, $version: Int!, $reason: String) {
    finalizeEvaluation(id: $id, version: $version, reason: $reason) {
      id
      ...EvaluationFields
    }
  }
`);

export const ACKNOWLEDGE_EVALUATION = graphql(`
  mutation AcknowledgeEvaluation($id: ID!) {
    acknowledgeEvaluation(id: $id) {
      id
      status
      acknowledgedAt
      version
    }
  }
`);

export const FILE_OBJECTION = graphql(`
  mutation FileObjection($evaluationId: ID!, $reason: String!) {
    fileObjection(evaluationId: $evaluationId, reason: $reason) {
      id
      reason
      status
      filedAt
    }
  }
`);
