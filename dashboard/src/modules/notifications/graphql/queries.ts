import { graphql } from '../../api/generated';

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    params {
      name
      value
    }
    entity
    entityId
    createdAt
    readAt
  }
`);

export const GET_NOTIFICATIONS = graphql(`
  query GetNotifications {
    notifications {
      id
      ...NotificationFields
    }
  }
`);

/** The unread count for badges; asking the inbox also brings the viewer's deadline notices up to date. */
export const GET_UNREAD_NOTIFICATIONS = graphql(`
  query GetUnreadNotifications {
    inbox(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

/** The paged inbox; opening it also brings the viewer's deadline notices up to date. */
export const GET_INBOX = graphql(`
  query GetInbox($first: Int, $after: String) {
    inbox(first: $first, after: $after) {
      totalCount
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...NotificationFields
        }
      }
    }
  }
`);
