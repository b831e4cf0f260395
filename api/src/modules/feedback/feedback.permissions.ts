import type { Context } from '../../platform/graphql/context';
import { Role } from '../../platform/auth/role';
import type { DefineRules, Policy, Row } from '../../platform/authz/policy';
import type { SqlFieldMap } from '../../platform/authz/rules-to-sql';
import { ownerAttributes, ownerSqlFields } from '../org/org.permissions';
import { Feedback } from './feedback.entity';

// Feedback's owner is its recipient (`ownerId`, `ownerChainIds`); its author (`authorId`) reads it too.
const FEEDBACK_FIELDS = [
  'id',
  'cycle',
  'author',
  'recipient',
  'workTarget',
  'coreValue',
  'kind',
  'text',
  'createdAt',
  'acknowledgedAt',
  'thread',
  'replies',
];
const NOTIFICATION_FIELDS = [
  'id',
  'kind',
  'message',
  'params',
  'entity',
  'entityId',
  'createdAt',
  'readAt',
];

/**
 * How Feedback's condition fields read in SQL. A thread reads as its first item (DESIGN §3): its two
 * parties and whoever may read the first item read every reply. `rootAlias` is the first item
 * joined on `threadId` (null for a first item).
 */
export function feedbackSqlFields(alias: string, rootAlias: string): SqlFieldMap {
  return {
    ...ownerSqlFields(`COALESCE(${rootAlias}.recipientId, ${alias}.recipientId)`),
    authorId: `COALESCE(${rootAlias}.authorId, ${alias}.authorId)`,
  };
}

/** A reply reads as its thread's first item: its parties and whoever may read that item. */
async function feedbackAttributes(row: Row, context: Context): Promise<Row> {
  if (row.threadId !== null && row.threadId !== undefined) {
    const first = await context.loaders.byId(Feedback).load(Number(row.threadId));
    if (first) row = { ...row, recipientId: first.recipientId, authorId: first.authorId };
  }
  return { ...row, ...(await ownerAttributes(context, 'Feedback', Number(row.recipientId))) };
}

const employeeSelf: DefineRules = ({ can }, viewer) => {
  if (viewer.employeeId === null) return;
  can('read', 'Feedback', FEEDBACK_FIELDS, { ownerId: viewer.employeeId });
  can('read', 'Feedback', FEEDBACK_FIELDS, { ownerChainIds: viewer.employeeId });
  can('read', 'Feedback', FEEDBACK_FIELDS, { authorId: viewer.employeeId });
  can('create', 'Feedback');
  can('read', 'Notification', NOTIFICATION_FIELDS, { ownerId: viewer.employeeId });
};

/**
 * Continuous feedback (umpan balik berkelanjutan) and each employee's inbox. Analysts read none of
 * it: text written about a person, and who wrote it.
 */
export const feedbackPolicy: Policy = {
  subjects: {
    Feedback: { fields: FEEDBACK_FIELDS, attributes: feedbackAttributes },
    Notification: {
      fields: NOTIFICATION_FIELDS,
      attributes: async (row, context) => ({
        ...row,
        ...(await ownerAttributes(context, 'Notification', Number(row.recipientId))),
      }),
    },
  },
  roles: {
    [Role.EMPLOYEE]: employeeSelf,
    [Role.LEADER]: (builder, viewer) => {
      employeeSelf(builder, viewer);
      builder.can('read', 'Feedback', FEEDBACK_FIELDS);
    },
    [Role.HR_ADMIN]: ({ can }) => {
      can('read', 'Feedback', FEEDBACK_FIELDS);
    },
  },
};
