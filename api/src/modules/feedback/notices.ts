import type { EntityManager } from 'typeorm';
import type { ReasonParams } from '../../platform/graphql/errors';
import { reasonParamList } from '../org/employee-import.types';
import type { NoticeKind } from './notice-kinds';
import { Notification } from './notification.entity';

export interface Notice {
  recipientId: number;
  /** Machine kind, e.g. `evaluation.final`, `objection.filed`, `deadline.realizations`. */
  kind: NoticeKind;
  /** The notice in Indonesian, for API users. */
  message: string;
  /** What the client's sentence for `kind` names: names, periods, days (YYYY-MM-DD), years. */
  params: ReasonParams;
  entity: string;
  entityId: string | number;
  /**
   * For notices that must exist once per item: a retry or a second trigger with the same key adds
   * nothing (unique column). Omit for notices that may repeat.
   */
  dedupeKey?: string | null;
}

/**
 * Puts notices into inboxes in the caller's transaction: the one way notices are written. Keyed
 * notices already there are skipped.
 */
export async function notify(
  manager: EntityManager,
  notices: readonly Notice[],
  now: Date = new Date(),
): Promise<void> {
  if (notices.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(Notification)
    .values(
      notices.map((notice) => ({
        recipientId: notice.recipientId,
        kind: notice.kind,
        message: notice.message,
        params: reasonParamList(notice.params),
        entity: notice.entity,
        entityId: String(notice.entityId),
        dedupeKey: notice.dedupeKey ?? null,
        createdAt: now,
        readAt: null,
      })),
    )
    .orIgnore()
    .execute();
}
