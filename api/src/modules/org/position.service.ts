import { type DataSource, type EntityManager, type FindOptionsWhere, IsNull } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit.service';
import { lockedRow } from '../../platform/database/row-lock';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import type { Context } from '../../platform/graphql/context';
import {
  assertNoProblems,
  conflict,
  type FieldProblem,
  notFound,
  staleVersion,
} from '../../platform/graphql/errors';
import { parseOptionalId } from '../../platform/graphql/ids';
import { textProblems } from '../../platform/graphql/text';
import { Employee } from './employee.entity';
import { OrgUnit } from './org-unit.entity';
import { assertCanManageStructure } from './org-unit.service';
import type { CreatePositionInput, UpdatePositionInput } from './org-structure.inputs';
import type { PositionLevel } from './org.enums';
import { PositionKind, positionKindOf } from './position-kind';
import { lockPlacement } from './placement-lock';
import { Position } from './position.entity';

export const POSITION_TITLE_LENGTH = { min: 2, max: 160 };

const staleMessage = (id: number, version: number) =>
  `Position ${id} was changed by someone else (your version ${version} is stale); reload and try again`;

interface PositionShape {
  title: string;
  level: PositionLevel;
  unitId: number | null;
  isHead: boolean;
}

/** Problems of a position's own fields: title length, and a head position is a structural one of a unit. */
export function positionProblems(position: PositionShape): FieldProblem[] {
  const problems = textProblems('title', position.title, POSITION_TITLE_LENGTH);
  if (position.isHead && position.unitId === null)
    problems.push({
      field: 'isHead',
      reason: 'HEAD_POSITION_NEEDS_UNIT',
      message: 'a head position needs the unit it heads',
    });
  if (position.isHead && positionKindOf(position.level) !== PositionKind.STRUKTURAL)
    problems.push({
      field: 'level',
      reason: 'NOT_ONE_OF',
      message: 'a head position is JPT, ADMINISTRATOR or PENGAWAS',
      params: { allowed: 'JPT, ADMINISTRATOR, PENGAWAS' },
    });
  return problems;
}

export class PositionService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Positions by title: open ones (what pickers offer) unless `includeClosed`; of one unit, or of
   * none (`unitId: null`, the shared staff titles), or all (`unitId` left out).
   */
  list({ unitId, includeClosed = false }: { unitId?: number | null; includeClosed?: boolean }) {
    const where: FindOptionsWhere<Position> = {};
    if (!includeClosed) where.closedAt = IsNull();
    if (unitId !== undefined) where.unitId = unitId === null ? IsNull() : unitId;
    return this.dataSource.getRepository(Position).find({ where, order: { title: 'ASC' } });
  }

  async create(context: Context, input: CreatePositionInput): Promise<Position> {
    assertCanManageStructure(context, 'create', 'Position');
    const shape: PositionShape = {
      title: input.title.trim(),
      level: input.level,
      unitId: parseOptionalId(input.unitId, 'unitId') ?? null,
      isHead: input.isHead ?? false,
    };
    const id = await runTransaction(this.dataSource, async (manager) => {
      await lockPlacement(manager, { unitId: shape.unitId });
      await this.assertValid(manager, shape, null);
      const inserted = await manager.insert(Position, {
        ...shape,
        headOfUnitId: shape.isHead ? shape.unitId : null,
        closedAt: null,
        version: 1,
      });
      const positionId = Number(inserted.identifiers[0].id);
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'position.create',
        entity: 'Position',
        entityId: positionId,
        after: await manager.findOneByOrFail(Position, { id: positionId }),
      });
      return positionId;
    });
    return this.dataSource.getRepository(Position).findOneByOrFail({ id });
  }

  async update(context: Context, id: number, input: UpdatePositionInput): Promise<Position> {
    assertCanManageStructure(context, 'update', 'Position');
    const unitId = parseOptionalId(input.unitId, 'unitId');
    const required = (['title', 'level', 'isHead'] as const)
      .filter((field) => input[field] === null)
      .map((field): FieldProblem => ({ field, reason: 'REQUIRED', message: 'cannot be empty' }));
    assertNoProblems(required);
    await runTransaction(this.dataSource, async (manager) => {
      await lockPlacement(manager, { unitId });
      const before = await this.openPosition(manager, id, input.version);
      const shape: PositionShape = {
        title: input.title?.trim() ?? before.title,
        level: input.level ?? before.level,
        unitId: unitId === undefined ? before.unitId : unitId,
        isHead: input.isHead ?? before.isHead,
      };
      await this.assertValid(manager, shape, before);
      await updateVersioned(manager, Position, {
        id,
        version: input.version,
        changes: { ...shape, headOfUnitId: shape.isHead ? shape.unitId : null },
        message: staleMessage(id, input.version),
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'position.update',
        entity: 'Position',
        entityId: id,
        before,
        after: await manager.findOneByOrFail(Position, { id }),
      });
    });
    return this.dataSource.getRepository(Position).findOneByOrFail({ id });
  }

  /** Closes a position nobody active holds; it stays in history and leaves the pickers. */
  async close(context: Context, id: number, version: number): Promise<Position> {
    assertCanManageStructure(context, 'update', 'Position');
    await runTransaction(this.dataSource, async (manager) => {
      const before = await this.openPosition(manager, id, version);
      const holders = await manager.countBy(Employee, { positionId: id, active: true });
      if (holders > 0)
        throw conflict(
          'POSITION_HELD',
          `${holders} active employees hold this position; move them first`,
          { count: holders },
        );
      await updateVersioned(manager, Position, {
        id,
        version,
        changes: { closedAt: new Date(), headOfUnitId: null },
        message: staleMessage(id, version),
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'position.close',
        entity: 'Position',
        entityId: id,
        before,
        after: await manager.findOneByOrFail(Position, { id }),
      });
    });
    return this.dataSource.getRepository(Position).findOneByOrFail({ id });
  }

  /** The position to change, locked: whoever is placed in it at the same moment waits. */
  private async openPosition(manager: EntityManager, id: number, version: number) {
    const position = await lockedRow(manager, Position, id);
    if (!position) throw notFound('Position', id);
    if (position.version !== version) throw staleVersion(staleMessage(id, version));
    if (position.closedAt)
      throw conflict('POSITION_CLOSED', `Position ${id} is closed and cannot change`);
    return position;
  }

  /** Field problems first (BAD_USER_INPUT), then the conflicts: a taken title, a unit already headed. */
  private async assertValid(
    manager: EntityManager,
    shape: PositionShape,
    before: Position | null,
  ): Promise<void> {
    const problems = positionProblems(shape);
    if (shape.unitId !== null && shape.unitId !== before?.unitId) {
      const unit = await manager.findOneBy(OrgUnit, { id: shape.unitId });
      if (!unit)
        problems.push({
          field: 'unitId',
          reason: 'UNKNOWN_REFERENCE',
          message: `unit ${shape.unitId} does not exist`,
        });
      else if (unit.closedAt)
        problems.push({ field: 'unitId', reason: 'UNIT_CLOSED', message: 'is a closed unit' });
    }
    assertNoProblems(problems);
    if (shape.title !== before?.title) {
      const same = await manager
        .createQueryBuilder(Position, 'position')
        .select('position.id')
        .where('LOWER(position.title) = LOWER(:title)', { title: shape.title })
        .getOne();
      if (same && same.id !== before?.id)
        throw conflict('DUPLICATE', `A position titled ${shape.title} exists already`, {
          fields: [{ field: 'title', reason: 'DUPLICATE', message: 'is used by another position' }],
        });
    }
    if (shape.isHead && shape.unitId !== null) {
      const head = await manager.findOneBy(Position, { headOfUnitId: shape.unitId });
      if (head && head.id !== before?.id)
        throw conflict('HEAD_POSITION_TAKEN', `${head.title} heads this unit already`, {
          fields: [{ field: 'isHead', reason: 'HEAD_POSITION_TAKEN', message: 'taken' }],
          title: head.title,
        });
    }
  }
}
