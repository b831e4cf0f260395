import type { DataSource } from 'typeorm';
import { queryNamed } from '../../platform/database/named-sql';

/**
 * Everyone above each employee in the reporting line, in one read of the closure (a loader
 * definition: `context.loaders.get(supervisorChainIds)`, for rule conditions). Written as SQL: it
 * runs on most requests that check a rule on someone's records.
 */
export async function supervisorChainIds(
  dataSource: DataSource,
  employeeIds: readonly number[],
): Promise<number[][]> {
  const rows = await queryNamed<{ ancestorId: number; descendantId: number }>(
    dataSource,
    `SELECT line.ancestorId AS ancestorId, line.descendantId AS descendantId
      FROM reporting_line line WHERE line.descendantId IN (:...ids) AND line.depth > 0`,
    { ids: [...employeeIds] },
  );
  const chains = new Map<number, number[]>();
  for (const row of rows) {
    const descendant = Number(row.descendantId);
    chains.set(descendant, [...(chains.get(descendant) ?? []), Number(row.ancestorId)]);
  }
  return employeeIds.map((id) => chains.get(id) ?? []);
}
