import type { FeedbackKind } from '../api/generated/graphql';

export const FEEDBACK_KINDS: readonly FeedbackKind[] = ['PRAISE', 'IMPROVEMENT', 'NOTE'];
export const FEEDBACK_MAX_LENGTH = 2000;
