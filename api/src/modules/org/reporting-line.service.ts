import { type EntityManager } from 'typeorm';
import { ReportingLine } from './employee.entity';

/**
 * Keeps the reporting-line closure in step with `employee.supervisorId`, inside the caller's
 * transaction, so "everyone below X" is always one indexed lookup.
 */
export class ReportingLineService {
  async attach(
    manager: EntityManager,
    employeeId: number,
    supervisorId: number | null,
  ): Promise<void> {
    await manager.insert(ReportingLine, {
      ancestorId: employeeId,
      descendantId: employeeId,
      depth: 0,
    });
    if (supervisorId !== null) await this.linkSubtree(manager, employeeId, supervisorId);
  }

  async move(
    manager: EntityManager,
    employeeId: number,
    supervisorId: number | null,
  ): Promise<void> {
    const subtree = await this.subtreeIds(manager, employeeId);
    await manager
      .createQueryBuilder()
      .delete()
      .from(ReportingLine)
      .where('descendantId IN (:...subtree)', { subtree })
      .andWhere('ancestorId NOT IN (:...subtree)', { subtree })
      .execute();
    if (supervisorId !== null) await this.linkSubtree(manager, employeeId, supervisorId);
  }

  /** True when `descendantId` is `ancestorId` or reports to them at any depth. */
  async isWithin(
    manager: EntityManager,
    ancestorId: number,
    descendantId: number,
  ): Promise<boolean> {
    return manager.getRepository(ReportingLine).exists({ where: { ancestorId, descendantId } });
  }

  private async subtreeIds(manager: EntityManager, employeeId: number): Promise<number[]> {
    const rows = await manager
      .getRepository(ReportingLine)
      .find({ select: { descendantId: true }, where: { ancestorId: employeeId } });
    return rows.map((row) => row.descendantId);
  }

  // Every ancestor of the new supervisor (self included) above every member of the moved subtree.
  private async linkSubtree(
    manager: EntityManager,
    employeeId: number,
    supervisorId: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO reporting_line (ancestorId, descendantId, depth)
       SELECT above.ancestorId, below.descendantId, above.depth + below.depth + 1
       FROM reporting_line above CROSS JOIN reporting_line below
       WHERE above.descendantId = ? AND below.ancestorId = ?`,
      [supervisorId, employeeId],
    );
  }
}
