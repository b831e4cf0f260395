import type { DataSource } from 'typeorm';
import type { SqlField } from '../../platform/authz/rules-to-sql';

/*
 * An employee's anonymity set: the active employees alike in everything an analyst may read about
 * a person (DESIGN §3): unit, position level, rank (the pangkat derives from it), employment type
 * and gender. Only active people count, and an inactive employee belongs to no set (size 0), so
 * the analyst's rows are exactly the active people of large enough sets.
 */

/** Two employees (each with their position) alike in the five quasi-identifiers. */
const sameQuasiIdentifiers = (
  peer: string,
  peerPosition: string,
  member: string,
  memberPosition: string,
) =>
  `${peer}.unitId = ${member}.unitId AND ${peer}.rank = ${member}.rank AND ${peer}.employmentType = ${member}.employmentType AND ${peer}.gender = ${member}.gender AND ${peerPosition}.level = ${memberPosition}.level`;

const SIZE_COMPARISON: Record<string, string> = { gte: '>=', gt: '>' };

/**
 * The rule condition `{ <field>: { $gte: n } }` in SQL for a column holding an employee id: the
 * active employees whose set has at least n people, as one grouped read of the active staff that
 * does not depend on the outer rows (so a list or count is filtered by one derived table).
 */
export function anonymitySetSql(employeeIdColumn: string): SqlField {
  return (operator, value, param) => {
    const comparison = SIZE_COMPARISON[operator];
    if (!comparison)
      throw new Error(`anonymity set sizes support only $gte and $gt, got ${operator}`);
    const active = param(true);
    return `${employeeIdColumn} IN (SELECT anonymityMember.id FROM employee anonymityMember
      INNER JOIN position anonymityPosition ON anonymityPosition.id = anonymityMember.positionId
      INNER JOIN (SELECT anonymityPeer.unitId, anonymityPeerPosition.level, anonymityPeer.rank, anonymityPeer.employmentType, anonymityPeer.gender
          FROM employee anonymityPeer
          INNER JOIN position anonymityPeerPosition ON anonymityPeerPosition.id = anonymityPeer.positionId
          WHERE anonymityPeer.active = ${active}
          GROUP BY anonymityPeer.unitId, anonymityPeerPosition.level, anonymityPeer.rank, anonymityPeer.employmentType, anonymityPeer.gender
          HAVING COUNT(*) ${comparison} ${param(value)}) anonymitySet
        ON ${sameQuasiIdentifiers('anonymitySet', 'anonymitySet', 'anonymityMember', 'anonymityPosition')}
      WHERE anonymityMember.active = ${active})`;
  };
}

/**
 * The anonymity set size of each employee (0 for an inactive or unknown one), in one indexed read
 * (a loader definition: `context.loaders.get(anonymitySetSizes)`, for analysts' rule conditions).
 */
export async function anonymitySetSizes(
  dataSource: DataSource,
  employeeIds: readonly number[],
): Promise<number[]> {
  const rows = await dataSource
    .createQueryBuilder()
    .select('member.id', 'id')
    .addSelect('COUNT(*)', 'size')
    .from('employee', 'member')
    .innerJoin('position', 'memberPosition', 'memberPosition.id = member.positionId')
    .innerJoin('employee', 'peer', 'peer.unitId = member.unitId AND peer.active = :active')
    .innerJoin('position', 'peerPosition', 'peerPosition.id = peer.positionId')
    .where(sameQuasiIdentifiers('peer', 'peerPosition', 'member', 'memberPosition'))
    .andWhere('member.id IN (:...ids) AND member.active = :active', {
      ids: [...employeeIds],
      active: true,
    })
    .groupBy('member.id')
    .getRawMany<{ id: number; size: string }>();
  const sizeOf = new Map(rows.map((row) => [Number(row.id), Number(row.size)]));
  return employeeIds.map((id) => sizeOf.get(Number(id)) ?? 0);
}
