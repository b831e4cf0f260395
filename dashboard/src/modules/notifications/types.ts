export interface NotificationItem {
  __typename?: 'Notification';
  id: string;
  kind: string | null;
  message: string | null;
  entity: string | null;
  entityId: string | null;
  createdAt: string | null;
  readAt: string | null;
}
