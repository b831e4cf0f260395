import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit.service';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { lockedRow } from '../../platform/database/row-lock';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import type { Context } from '../../platform/graphql/context';
import {
  assertNoProblems,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
  staleVersion,
} from '../../platform/graphql/errors';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { textProblems } from '../../platform/graphql/text';
import { Employee } from './employee.entity';
import { OrgUnit, OrgUnitClosure } from './org-unit.entity';
import type { CreateOrgUnitInput, UpdateOrgUnitInput } from './org-structure.inputs';
import { Position } from './position.entity';
import { unitMoveProblems } from './utils/unit-tree.util';

export const UNIT_NAME_LENGTH = { min: 2, max: 160 };

const staleMessage = (id: number, version: number) =>
  `Unit ${id} was changed by someone else (your version ${version} is stale); reload and try again`;

/** Refuses anyone HR has not made a keeper of the structure (units and positions). */
export function assertCanManageStructure(
  context: Context,
  action: 'create' | 'update',
  subject: 'OrgUnit' | 'Position',
): void {
  if (!context.ability.can(action, subject))
    throw forbidden('ORG_STRUCTURE_FORBIDDEN', 'Only HR can change units and positions');
}

export class OrgUnitService {
  constructor(private readonly dataSource: DataSource) {}

  /** The whole tree, parents before children and siblings by `sortOrder`: one query, ordered for display. */
  async listInTreeOrder({ includeClosed = false } = {}): Promise<OrgUnit[]> {
    const units = await this.dataSource.getRepository(OrgUnit).find({
      where: includeClosed ? {} : { closedAt: IsNull() },
      order: { depth: 'ASC', sortOrder: 'ASC', id: 'ASC' },
    });
    const childrenOf = new Map<number | null, OrgUnit[]>();
    for (const unit of units)
      childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
    const ordered: OrgUnit[] = [];
    const visit = (parentId: number | null) => {
      for (const unit of childrenOf.get(parentId) ?? []) {
        ordered.push(unit);
        visit(unit.id);
      }
    };
    visit(null);
    return ordered;
  }

  async create(context: Context, input: CreateOrgUnitInput): Promise<OrgUnit> {
    assertCanManageStructure(context, 'create', 'OrgUnit');
    const name = input.name.trim();
    const parentId = parseId(input.parentId, 'parentId');
    const nameProblems = textProblems('name', name, UNIT_NAME_LENGTH);
    const id = await runTransaction(this.dataSource, async (manager) => {
      // Collected afresh on every run: a retried transaction starts over.
      const problems = [...nameProblems];
      // Locked, as closing it locks it: a unit closed at the same moment gets no open sub-unit.
      const parent = await lockedRow(manager, OrgUnit, parentId);
      if (!parent)
        problems.push({
          field: 'parentId',
          reason: 'UNKNOWN_REFERENCE',
          message: `unit ${parentId} does not exist`,
        });
      else if (parent.closedAt)
        problems.push({ field: 'parentId', reason: 'UNIT_PARENT_CLOSED', message: 'is closed' });
      assertNoProblems(problems);
      await this.assertNameFree(manager, name, null);
      const inserted = await manager.insert(OrgUnit, {
        name,
        parentId,
        depth: parent!.depth + 1,
        sortOrder: await this.nextSortOrder(manager, parentId),
        headId: null,
        closedAt: null,
        version: 1,
      });
      const unitId = Number(inserted.identifiers[0].id);
      await manager.insert(OrgUnitClosure, { ancestorId: unitId, descendantId: unitId, depth: 0 });
      await manager.query(
        `INSERT INTO org_unit_closure (ancestorId, descendantId, depth)
         SELECT above.ancestorId, ?, above.depth + 1 FROM org_unit_closure above WHERE above.descendantId = ?`,
        [unitId, parentId],
      );
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'orgUnit.create',
        entity: 'OrgUnit',
        entityId: unitId,
        after: await manager.findOneByOrFail(OrgUnit, { id: unitId }),
      });
      return unitId;
    });
    return this.dataSource.getRepository(OrgUnit).findOneByOrFail({ id });
  }

  /** Renames the unit and/or sets its head (an active employee of the unit, or none). */
  async update(context: Context, id: number, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    assertCanManageStructure(context, 'update', 'OrgUnit');
    const name = input.name === undefined || input.name === null ? undefined : input.name.trim();
    const headId = parseOptionalId(input.headId, 'headId');
    const inputProblems: FieldProblem[] = [];
    if (input.name === null)
      inputProblems.push({ field: 'name', reason: 'REQUIRED', message: 'cannot be empty' });
    if (name !== undefined) inputProblems.push(...textProblems('name', name, UNIT_NAME_LENGTH));
    if (name === undefined && headId === undefined && input.name !== null)
      inputProblems.push({
        field: 'input',
        reason: 'NO_CHANGES',
        message: 'names nothing to change',
      });
    await runTransaction(this.dataSource, async (manager) => {
      const problems = [...inputProblems];
      const before = await this.openUnit(manager, id, input.version);
      if (headId !== undefined && headId !== null) {
        const head = await manager.findOneBy(Employee, { id: headId });
        if (!head)
          problems.push({
            field: 'headId',
            reason: 'UNKNOWN_REFERENCE',
            message: `employee ${headId} does not exist`,
          });
        else if (!head.active)
          problems.push({
            field: 'headId',
            reason: 'UNIT_HEAD_INACTIVE',
            message: 'is not an active employee',
          });
        else if (head.unitId !== id)
          problems.push({
            field: 'headId',
            reason: 'UNIT_HEAD_NOT_MEMBER',
            message: 'does not work in this unit',
          });
      }
      assertNoProblems(problems);
      if (name !== undefined && name !== before.name) await this.assertNameFree(manager, name, id);
      await updateVersioned(manager, OrgUnit, {
        id,
        version: input.version,
        changes: {
          ...(name !== undefined ? { name } : {}),
          ...(headId !== undefined ? { headId } : {}),
        },
        message: staleMessage(id, input.version),
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'orgUnit.update',
        entity: 'OrgUnit',
        entityId: id,
        before,
        after: await manager.findOneByOrFail(OrgUnit, { id }),
      });
    });
    return this.dataSource.getRepository(OrgUnit).findOneByOrFail({ id });
  }

  /**
   * Puts the unit (with everything below it) under another open unit. The closure rows linking the
   * subtree to its old ancestors go, rows to the new ones come, all in the move's transaction, so
   * "this unit and all below it" answers for the new place at once.
   */
  async move(context: Context, id: number, parentIdArg: string, version: number): Promise<OrgUnit> {
    assertCanManageStructure(context, 'update', 'OrgUnit');
    const parentId = parseId(parentIdArg, 'parentId');
    await runTransaction(this.dataSource, async (manager) => {
      const before = await this.openUnit(manager, id, version);
      // Locked, as closing it locks it: a unit closed at the same moment gets no open sub-unit.
      const parent = await lockedRow(manager, OrgUnit, parentId);
      const ancestors = parent
        ? await manager.find(OrgUnitClosure, {
            select: { ancestorId: true },
            where: { descendantId: parentId },
          })
        : [];
      assertNoProblems(
        unitMoveProblems({
          unit: before,
          newParent: parent && {
            id: parent.id,
            closed: parent.closedAt !== null,
            ancestorIds: ancestors.map((row) => row.ancestorId),
          },
        }),
      );
      const depthShift = parent!.depth + 1 - before.depth;
      await updateVersioned(manager, OrgUnit, {
        id,
        version,
        changes: {
          parentId,
          depth: parent!.depth + 1,
          sortOrder: await this.nextSortOrder(manager, parentId),
        },
        message: staleMessage(id, version),
      });
      const subtree = (
        await manager.find(OrgUnitClosure, {
          select: { descendantId: true },
          where: { ancestorId: id },
        })
      ).map((row) => row.descendantId);
      await manager
        .createQueryBuilder()
        .delete()
        .from(OrgUnitClosure)
        .where('descendantId IN (:...subtree)', { subtree })
        .andWhere('ancestorId NOT IN (:...subtree)', { subtree })
        .execute();
      await manager.query(
        `INSERT INTO org_unit_closure (ancestorId, descendantId, depth)
         SELECT above.ancestorId, below.descendantId, above.depth + below.depth + 1
         FROM org_unit_closure above CROSS JOIN org_unit_closure below
         WHERE above.descendantId = ? AND below.ancestorId = ?`,
        [parentId, id],
      );
      const below = subtree.filter((unitId) => unitId !== id);
      if (below.length > 0 && depthShift !== 0)
        await manager
          .createQueryBuilder()
          .update(OrgUnit)
          .set({ depth: () => `depth + ${depthShift}` })
          .where('id IN (:...below)', { below })
          .execute();
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'orgUnit.move',
        entity: 'OrgUnit',
        entityId: id,
        before,
        after: await manager.findOneByOrFail(OrgUnit, { id }),
      });
    });
    return this.dataSource.getRepository(OrgUnit).findOneByOrFail({ id });
  }

  /**
   * Closes an empty unit: no open sub-unit, no active employee in it or below, no open position.
   * The row and its closure stay, so history (job records, evaluations, audit) still names it.
   */
  async close(
    context: Context,
    id: number,
    version: number,
    reason: string | null | undefined,
  ): Promise<OrgUnit> {
    assertCanManageStructure(context, 'update', 'OrgUnit');
    const note = reason?.trim() || null;
    if (note) assertNoProblems(textProblems('reason', note, { max: 500 }));
    await runTransaction(this.dataSource, async (manager) => {
      const before = await this.openUnit(manager, id, version);
      if (before.parentId === null)
        throw conflict('ROOT_UNIT_FIXED', 'The kecamatan itself cannot be closed');
      const openChildren = await manager.countBy(OrgUnit, { parentId: id, closedAt: IsNull() });
      if (openChildren > 0)
        throw conflict(
          'UNIT_HAS_OPEN_CHILDREN',
          `The unit has ${openChildren} open sub-units; move or close them first`,
          { count: openChildren },
        );
      const members = await manager
        .createQueryBuilder(Employee, 'employee')
        .where('employee.active = :active', { active: true })
        .andWhere(inUnitSubtree('employee.unitId', ':unitId'), { unitId: id })
        .getCount();
      if (members > 0)
        throw conflict(
          'UNIT_HAS_MEMBERS',
          `${members} active employees work in the unit or below it; move them first`,
          { count: members },
        );
      const openPositions = await manager.countBy(Position, { unitId: id, closedAt: IsNull() });
      if (openPositions > 0)
        throw conflict(
          'UNIT_HAS_OPEN_POSITIONS',
          `The unit has ${openPositions} open positions; close or move them first`,
          { count: openPositions },
        );
      await updateVersioned(manager, OrgUnit, {
        id,
        version,
        changes: { closedAt: new Date(), headId: null },
        message: staleMessage(id, version),
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'orgUnit.close',
        entity: 'OrgUnit',
        entityId: id,
        before,
        after: await manager.findOneByOrFail(OrgUnit, { id }),
        reason: note,
      });
    });
    return this.dataSource.getRepository(OrgUnit).findOneByOrFail({ id });
  }

  /** The unit, when it exists, is open and the caller's version is current (checked again on write). */
  /** The unit to change, locked: what is placed in it at the same moment waits (`lockPlacement`). */
  private async openUnit(manager: EntityManager, id: number, version: number): Promise<OrgUnit> {
    const unit = await lockedRow(manager, OrgUnit, id);
    if (!unit) throw notFound('OrgUnit', id);
    if (unit.version !== version) throw staleVersion(staleMessage(id, version));
    if (unit.closedAt) throw conflict('UNIT_CLOSED', `Unit ${id} is closed and cannot change`);
    return unit;
  }

  // Names are unique among all units (imports and pickers find a unit by name), whatever the case.
  private async assertNameFree(
    manager: EntityManager,
    name: string,
    selfId: number | null,
  ): Promise<void> {
    const same = await manager
      .createQueryBuilder(OrgUnit, 'unit')
      .select('unit.id')
      .where('LOWER(unit.name) = LOWER(:name)', { name })
      .getOne();
    if (same && same.id !== selfId)
      throw conflict('DUPLICATE', `A unit named ${name} exists already`, {
        fields: [{ field: 'name', reason: 'DUPLICATE', message: 'is used by another unit' }],
      });
  }

  private async nextSortOrder(manager: EntityManager, parentId: number): Promise<number> {
    const row = await manager
      .createQueryBuilder(OrgUnit, 'unit')
      .select('MAX(unit.sortOrder)', 'highest')
      .where('unit.parentId = :parentId', { parentId })
      .getRawOne<{ highest: number | string | null }>();
    return Number(row?.highest ?? 0) + 1;
  }
}
