import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { staleVersion } from '../graphql/errors';

/**
 * The one way to change a versioned row: `UPDATE … SET …, version = version + 1 WHERE id = ? AND
 * version = ?` (plus an optional state condition). Someone else's save in between matches no
 * row, so nothing is silently overwritten: it is a STALE_VERSION CONFLICT with `message`, and
 * nothing changes.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  {
    id,
    version,
    changes,
    onlyIf,
    message,
  }: {
    id: number;
    version?: number;
    changes: QueryDeepPartialEntity<T>;
    /** An extra condition on the row's state, e.g. `status IN (:...from)`. */
    onlyIf?: { sql: string; params: Record<string, unknown> };
    message: string;
  },
): Promise<void> {
  const query = manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id', { id });
  if (version !== undefined) query.andWhere('version = :version', { version });
  if (onlyIf) query.andWhere(onlyIf.sql, onlyIf.params);
  const result = await query.execute();
  if (result.affected !== 1) throw staleVersion(message);
}
