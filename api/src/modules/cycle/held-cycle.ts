import type { EntityManager } from 'typeorm';
import { lockedRow } from '../../platform/database/row-lock';
import { notFound } from '../../platform/graphql/errors';
import { PerformanceCycle } from './cycle.entity';

/**
 * The cycle a write depends on, held (shared) until the write's transaction ends, so its status
 * cannot change under the write. `setStatus` takes the cycle exclusively: a cycle then moves on
 * either before such a write, which reads the new status and is refused, or after it committed, so
 * closing checks the curve with the write counted: no evaluation slips past the Camat's reason.
 */
export async function heldCycle(manager: EntityManager, id: number): Promise<PerformanceCycle> {
  const cycle = await lockedRow(manager, PerformanceCycle, id, 'share');
  if (!cycle) throw notFound('Cycle', id);
  return cycle;
}
