import { graphql } from '../../api/generated';

export const WAITING_FIELDS = graphql(`
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
`);

export const GET_WAITING_OBJECTIONS = graphql(`
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
`);

/** Decided keberatan the viewer may read, the latest filed first, a page at a time. */
export const GET_DECIDED_OBJECTIONS = graphql(`
  query GetDecidedObjections($first: Int!, $after: String) {
    objectionsDecided(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          decidedAt
          externalDecider
          decider {
            id
            name
          }
          employee {
            id
            name
          }
          evaluation {
            id
            cycle {
              id
              year
            }
          }
        }
      }
    }
  }
`);

export const GET_OBJECTION = graphql(`
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
              result(period: ANNUAL) {
                value
                reported
              }
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
`);

export const RESPOND_TO_OBJECTION = graphql(`
  mutation RespondToObjection($id: ID!, $response: String!, $version: Int!) {
    respondToObjection(id: $id, response: $response, version: $version) {
      id
      response
      respondedAt
      version
      canDecideFrom
    }
  }
`);

export const RESOLVE_OBJECTION = graphql(`
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
`);

export const RECORD_EXTERNAL_DECISION = graphql(`
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
`);
