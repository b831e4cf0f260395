import type { DataSource } from 'typeorm';
import { Employee } from './employee.entity';

/** Active employees working directly in each unit, in one grouped read (a loader definition). */
export async function unitMemberCounts(
  dataSource: DataSource,
  unitIds: readonly number[],
): Promise<number[]> {
  const rows = await dataSource
    .getRepository(Employee)
    .createQueryBuilder('employee')
    .select('employee.unitId', 'unitId')
    .addSelect('COUNT(*)', 'members')
    .where('employee.active = :active', { active: true })
    .andWhere('employee.unitId IN (:...unitIds)', { unitIds: [...unitIds] })
    .groupBy('employee.unitId')
    .getRawMany<{ unitId: number | string; members: number | string }>();
  const counts = new Map(rows.map((row) => [Number(row.unitId), Number(row.members)]));
  return unitIds.map((id) => counts.get(id) ?? 0);
}

/** Active employees in each unit and every unit below it, through the unit closure in one read. */
export async function unitSubtreeMemberCounts(
  dataSource: DataSource,
  unitIds: readonly number[],
): Promise<number[]> {
  const rows = await dataSource
    .createQueryBuilder()
    .select('unitTree.ancestorId', 'unitId')
    .addSelect('COUNT(employee.id)', 'members')
    .from('org_unit_closure', 'unitTree')
    .innerJoin(
      Employee,
      'employee',
      'employee.unitId = unitTree.descendantId AND employee.active = :active',
      { active: true },
    )
    .where('unitTree.ancestorId IN (:...unitIds)', { unitIds: [...unitIds] })
    .groupBy('unitTree.ancestorId')
    .getRawMany<{ unitId: number | string; members: number | string }>();
  const counts = new Map(rows.map((row) => [Number(row.unitId), Number(row.members)]));
  return unitIds.map((id) => counts.get(id) ?? 0);
}

/** Active employees holding each position, in one grouped read. */
export async function positionHolderCounts(
  dataSource: DataSource,
  positionIds: readonly number[],
): Promise<number[]> {
  const rows = await dataSource
    .getRepository(Employee)
    .createQueryBuilder('employee')
    .select('employee.positionId', 'positionId')
    .addSelect('COUNT(*)', 'holders')
    .where('employee.active = :active', { active: true })
    .andWhere('employee.positionId IN (:...positionIds)', { positionIds: [...positionIds] })
    .groupBy('employee.positionId')
    .getRawMany<{ positionId: number | string; holders: number | string }>();
  const counts = new Map(rows.map((row) => [Number(row.positionId), Number(row.holders)]));
  return positionIds.map((id) => counts.get(id) ?? 0);
}
