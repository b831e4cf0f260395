import type { CoreValue } from '../skp/types';

export type FeedbackKind = 'PRAISE' | 'IMPROVEMENT' | 'NOTE';
export const FEEDBACK_KINDS: readonly FeedbackKind[] = ['PRAISE', 'IMPROVEMENT', 'NOTE'];
export const FEEDBACK_MAX_LENGTH = 2000;

export interface FeedbackItem {
  __typename?: 'Feedback';
  id: string;
  kind: FeedbackKind | null;
  text: string | null;
  coreValue: CoreValue | null;
  createdAt: string | null;
  acknowledgedAt: string | null;
  author: { __typename?: 'Employee'; id: string; name: string | null } | null;
  recipient: { __typename?: 'Employee'; id: string; name: string | null } | null;
  workTarget: { __typename?: 'WorkTarget'; id: string; description: string | null } | null;
  /** The thread's replies, oldest first (null when not readable). */
  replies?: FeedbackReply[] | null;
}

export interface FeedbackReply {
  __typename?: 'Feedback';
  id: string;
  text: string | null;
  createdAt: string | null;
  author: { __typename?: 'Employee'; id: string; name: string | null } | null;
}
