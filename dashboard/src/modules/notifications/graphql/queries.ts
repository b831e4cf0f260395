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

export const GET_UNREAD_NOTIFICATIONS = gql`
  query GetUnreadNotifications {
    notifications(unreadOnly: true) {
      id
      readAt
    }
  }
`;
