import { gql } from '@apollo/client';
import { EVALUATION_FIELDS } from '../../evaluation/graphql/fragments';

const WAITING_FIELDS = gql`
  fragment WaitingObjectionFields on Objection {
    id
    status
    filedAt
    respondedAt
    daysWaiting
    canDecideFrom
    decideBy
    decisionDaysLeft
    decidedOutside
    viewerCanRespond
    viewerCanDecide
    viewerCanRecordExternal
    employee {
      id
      name
    }
  }
`;

export const GET_WAITING_OBJECTIONS = gql`
  query GetWaitingObjections {
    objectionsToDecide(first: 100) {
      totalCount
      edges {
        node {
          ...WaitingObjectionFields
        }
      }
    }
    objectionsToRespond(first: 100) {
      totalCount
      edges {
        node {
          ...WaitingObjectionFields
        }
      }
    }
  }
  ${WAITING_FIELDS}
`;

export const GET_OBJECTION = gql`
  query GetObjection($id: ID!) {
    objection(id: $id) {
      ...WaitingObjectionFields
      reason
      response
      version
      decidedAt
      decisionReason
      externalDecider
      externalReferenceNumber
      externalDecisionDate
      decider {
        id
        name
      }
      revisedEvaluation {
        id
        predicate
      }
      evaluation {
        ...EvaluationFields
        plan {
          id
          workTargets {
            id
            description
            indicators {
              id
              description
              unit
              realization(period: ANNUAL) {
                id
                value
                narrative
                evidenceUrl
              }
              achievement(period: ANNUAL)
              realizations {
                id
                period
                evidenceUrl
              }
            }
          }
        }
      }
    }
  }
  ${WAITING_FIELDS}
  ${EVALUATION_FIELDS}
`;

export const RESPOND_TO_OBJECTION = gql`
  mutation RespondToObjection($id: ID!, $response: String!, $version: Int!) {
    respondToObjection(id: $id, response: $response, version: $version) {
      id
      response
      respondedAt
      version
      canDecideFrom
    }
  }
`;

export const RESOLVE_OBJECTION = gql`
  mutation ResolveObjection(
    $id: ID!
    $decision: ObjectionDecision!
    $reason: String!
    $resultRating: Rating
    $behaviorRating: Rating
    $version: Int
  ) {
    resolveObjection(
      id: $id
      decision: $decision
      reason: $reason
      resultRating: $resultRating
      behaviorRating: $behaviorRating
      version: $version
    ) {
      id
      status
      version
      decisionReason
      revisedEvaluation {
        id
        predicate
      }
    }
  }
`;

export const RECORD_EXTERNAL_DECISION = gql`
  mutation RecordExternalObjectionDecision(
    $id: ID!
    $input: ExternalObjectionDecisionInput!
    $version: Int!
  ) {
    recordExternalObjectionDecision(id: $id, input: $input, version: $version) {
      id
      status
      version
      externalDecider
      externalReferenceNumber
      externalDecisionDate
      revisedEvaluation {
        id
        predicate
      }
    }
  }
`;
