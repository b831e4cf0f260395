import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { ReadableRows } from '../../platform/database/readable-rows';
import { lockedRow } from '../../platform/database/row-lock';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import { dateProblem } from '../../platform/graphql/dates';
import {
  assertNoProblems,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
} from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { type Connection, newestFirst, type PageArgs } from '../../platform/graphql/pagination';
import { textProblems } from '../../platform/graphql/text';
import { jakartaDate } from '../cycle/utils/periods.util';
import { notify } from '../feedback/notices';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { ActingAssignment } from './acting-assignment.entity';
import { type PejabatPenilaiService } from './pejabat-penilai.service';
import type { ActingAssignmentFilter, CreateActingAssignmentInput } from './staffing.inputs';
import { staffingSqlFields } from './staffing.permissions';
import { ActingKind } from './staffing.enums';

/** HR's record of acting officials (Plt/Plh) and what each term changes for the unit's staff. */
export class ActingAssignmentService {
  private readonly rows: ReadableRows<ActingAssignment>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly evaluators: PejabatPenilaiService,
  ) {
    this.rows = new ReadableRows(dataSource, ActingAssignment, 'term', staffingSqlFields('term'));
  }

  list(
    context: Context,
    filter: ActingAssignmentFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<ActingAssignment>> {
    const today = jakartaDate(context.now);
    return this.rows.list(context.ability, page, {
      filter,
      ids: { unitId: 'term.unitId', employeeId: 'term.employeeId' },
      narrow: (query) => {
        if (filter?.current)
          query.andWhere('term.cancelledAt IS NULL AND term.endsOn >= :today', { today });
      },
      order: newestFirst('term'),
    });
  }

  get(context: Context, id: number): Promise<ActingAssignment> {
    return this.rows.get(context.ability, id);
  }

  async create(context: Context, input: CreateActingAssignmentInput): Promise<ActingAssignment> {
    if (!context.ability.can('create', 'ActingAssignment'))
      throw forbidden('ACTING_ASSIGNMENT_FORBIDDEN', 'Only HR records acting officials');
    const employeeId = parseId(input.employeeId, 'employeeId');
    const unitId = parseId(input.unitId, 'unitId');
    const startsOn = input.startsOn.trim();
    const endsOn = input.endsOn.trim();
    const decreeNumber = input.decreeNumber.trim();
    const problems: FieldProblem[] = [
      ...textProblems('decreeNumber', decreeNumber, { min: 1, max: 100 }),
    ];
    const badStart = dateProblem('startsOn', startsOn);
    const badEnd = dateProblem('endsOn', endsOn);
    if (badStart) problems.push(badStart);
    if (badEnd) problems.push(badEnd);
    if (!badStart && !badEnd && endsOn < startsOn)
      problems.push({
        field: 'endsOn',
        reason: 'TERM_INVALID',
        message: 'must be on or after the first day of the term',
      });
    const id = await runTransaction(this.dataSource, async (manager) => {
      // Locked first: two terms for one unit recorded at once would each miss the other's overlap.
      const unit = await lockedRow(manager, OrgUnit, unitId);
      const employee = await manager.findOneBy(Employee, { id: employeeId });
      if (!employee)
        problems.push({
          field: 'employeeId',
          reason: 'UNKNOWN_REFERENCE',
          message: `employee ${employeeId} does not exist`,
        });
      else if (!employee.active)
        problems.push({
          field: 'employeeId',
          reason: 'EMPLOYEE_INACTIVE',
          message: 'is no longer active',
        });
      if (!unit)
        problems.push({
          field: 'unitId',
          reason: 'UNKNOWN_REFERENCE',
          message: `unit ${unitId} does not exist`,
        });
      else if (unit.headId === employeeId)
        problems.push({
          field: 'employeeId',
          reason: 'ACTING_FOR_SELF',
          message: 'heads this unit already',
        });
      if (unit && problems.length === 0) {
        const overlapping = await manager
          .getRepository(ActingAssignment)
          .createQueryBuilder('term')
          .where('term.unitId = :unitId AND term.cancelledAt IS NULL', { unitId })
          .andWhere('term.startsOn <= :endsOn AND term.endsOn >= :startsOn', { startsOn, endsOn })
          .getOne();
        if (overlapping)
          problems.push({
            field: 'startsOn',
            reason: 'TERM_OVERLAPS',
            message: `overlaps the term ${overlapping.startsOn}–${overlapping.endsOn} for this unit`,
            params: { startsOn: overlapping.startsOn, endsOn: overlapping.endsOn },
          });
      }
      assertNoProblems(problems);
      const inserted = await manager.insert(ActingAssignment, {
        kind: input.kind,
        employeeId,
        unitId,
        startsOn,
        endsOn,
        decreeNumber,
        cancelledAt: null,
        version: 1,
      });
      const id = Number(inserted.identifiers[0].id);
      const after = await manager.findOneByOrFail(ActingAssignment, { id });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'actingAssignment.create',
        entity: 'ActingAssignment',
        entityId: id,
        after,
      });
      await notify(
        manager,
        [
          {
            recipientId: employeeId,
            kind: 'acting.assigned',
            message: `Anda ditunjuk sebagai ${input.kind === ActingKind.PLT ? 'Plt' : 'Plh'} kepala ${unit!.name} (${startsOn} s.d. ${endsOn}, ${decreeNumber}): Anda menjadi pejabat penilai stafnya selama masa tugas.`,
            params: {
              actingKind: input.kind === ActingKind.PLT ? 'Plt' : 'Plh',
              unit: unit!.name,
              startsOn,
              endsOn,
              decree: decreeNumber,
            },
            entity: 'ActingAssignment',
            entityId: id,
            dedupeKey: `acting.assigned:${id}`,
          },
        ],
        context.now,
      );
      await this.refreshStaff(context, manager, unitId);
      return id;
    });
    return this.dataSource.getRepository(ActingAssignment).findOneByOrFail({ id });
  }

  /** Ends a term early (on `endsOn`, today when left out): from the next day the holder or next head up evaluates. */
  async end(
    context: Context,
    id: number,
    version: number,
    endsOnInput: string | null | undefined,
  ): Promise<ActingAssignment> {
    if (!context.ability.can('update', 'ActingAssignment'))
      throw forbidden('ACTING_ASSIGNMENT_FORBIDDEN', 'Only HR ends an acting term');
    const endsOn = endsOnInput?.trim() || jakartaDate(context.now);
    assertNoProblems([dateProblem('endsOn', endsOn)].filter((p): p is FieldProblem => !!p));
    await runTransaction(this.dataSource, async (manager) => {
      const term = await this.open(manager, id);
      if (endsOn < term.startsOn || endsOn > term.endsOn)
        assertNoProblems([
          {
            field: 'endsOn',
            reason: 'TERM_INVALID',
            message: `must lie within the term ${term.startsOn}–${term.endsOn}`,
            params: { startsOn: term.startsOn, endsOn: term.endsOn },
          },
        ]);
      await updateVersioned(manager, ActingAssignment, {
        id,
        version,
        changes: { endsOn },
        message: `The acting assignment changed since it was read (your version ${version} is stale); reload it`,
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'actingAssignment.end',
        entity: 'ActingAssignment',
        entityId: id,
        before: term,
        after: { endsOn },
      });
      await this.refreshStaff(context, manager, term.unitId);
    });
    return this.dataSource.getRepository(ActingAssignment).findOneByOrFail({ id });
  }

  /** Cancels a term recorded in error: it never counted. */
  async cancel(context: Context, id: number, version: number): Promise<ActingAssignment> {
    if (!context.ability.can('update', 'ActingAssignment'))
      throw forbidden('ACTING_ASSIGNMENT_FORBIDDEN', 'Only HR cancels an acting term');
    await runTransaction(this.dataSource, async (manager) => {
      const term = await this.open(manager, id);
      await updateVersioned(manager, ActingAssignment, {
        id,
        version,
        changes: { cancelledAt: context.now },
        message: `The acting assignment changed since it was read (your version ${version} is stale); reload it`,
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'actingAssignment.cancel',
        entity: 'ActingAssignment',
        entityId: id,
        before: term,
      });
      await this.refreshStaff(context, manager, term.unitId);
    });
    return this.dataSource.getRepository(ActingAssignment).findOneByOrFail({ id });
  }

  private async open(manager: EntityManager, id: number): Promise<ActingAssignment> {
    const term = await manager.findOneBy(ActingAssignment, { id });
    if (!term) throw notFound('ActingAssignment', id);
    if (term.cancelledAt !== null)
      throw conflict('ACTING_ASSIGNMENT_CLOSED', 'This acting assignment was cancelled');
    return term;
  }

  /** The SKPs of everyone the head of `unitId` evaluates follow the term at once. */
  private async refreshStaff(context: Context, manager: EntityManager, unitId: number) {
    const unit = await manager.findOneByOrFail(OrgUnit, { id: unitId });
    const children = await manager.find(OrgUnit, { where: { parentId: unitId } });
    const childHeads = children.flatMap((child) => (child.headId === null ? [] : [child.headId]));
    const staff = await manager.find(Employee, {
      select: { id: true },
      where: [
        { unitId, active: true },
        ...(unit.headId === null ? [] : [{ supervisorId: unit.headId, active: true }]),
        ...(childHeads.length ? [{ id: In(childHeads) }] : []),
      ],
    });
    await this.evaluators.refresh(
      manager,
      staff.map((person) => person.id).filter((id) => id !== unit.headId),
      { now: context.now, actor: context.viewer },
    );
  }
}
