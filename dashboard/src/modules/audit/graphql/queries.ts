import { graphql } from '../../api/generated';

/** One page of the audit trail; before/after only for viewers whose rules let them read it. */
export const GET_AUDIT_LOG = graphql(`
  query GetAuditLog($filter: AuditLogFilter, $first: Int, $after: String, $withDetails: Boolean!) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          action
          entity
          entityId
          subjectName
          actorAccountId
          actorUsername
          actorName
          reason
          createdAt
          before @include(if: $withDetails)
          after @include(if: $withDetails)
          references @include(if: $withDetails) {
            field
            recordId
            name
          }
        }
      }
    }
  }
`);
