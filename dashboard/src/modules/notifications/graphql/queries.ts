import { gql } from '@apollo/client';

export const NOTIFICATION_FIELDS = gql`
  fragment NotificationFields on Notification {
    id
    kind
    message
    entity
    entityId
    createdAt
    readAt
  }
`;

export const GET_NOTIFICATIONS = gql`
  query GetNotifications {
    notifications {
      id
      ...NotificationFields
    }
  }
  ${NOTIFICATION_FIELDS}
`;

/** The unread count for badges; asking the inbox also brings the viewer's deadline notices up to date. */
export const GET_UNREAD_NOTIFICATIONS = gql`
  query GetUnreadNotifications {
    inbox(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`;

export interface UnreadNotificationsData {
  inbox: { unreadCount: number } | null;
}

/** The paged inbox; opening it also brings the viewer's deadline notices up to date. */
export const GET_INBOX = gql`
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
  ${NOTIFICATION_FIELDS}
`;
