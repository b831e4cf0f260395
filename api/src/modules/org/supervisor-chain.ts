import type { DataSource } from 'typeorm';
import { ReportingLine } from './employee.entity';

/**
 * Everyone above each employee in the reporting line, in one read of the closure (a loader
 * definition: `context.loaders.get(supervisorChainIds)`, for rule conditions).
 */
export async function supervisorChainIds(
  dataSource: DataSource,
  employeeIds: readonly number[],
): Promise<number[][]> {
  const rows = await dataSource
    .getRepository(ReportingLine)
    .createQueryBuilder('line')
    .select(['line.ancestorId', 'line.descendantId'])
    .where('line.descendantId IN (:...ids)', { ids: [...employeeIds] })
    .andWhere('line.depth > 0')
    .getMany();
  const chains = new Map<number, number[]>();
  for (const row of rows)
    chains.set(row.descendantId, [...(chains.get(row.descendantId) ?? []), row.ancestorId]);
  return employeeIds.map((id) => chains.get(id) ?? []);
}
