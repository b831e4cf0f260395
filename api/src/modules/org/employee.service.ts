import { subject as asSubject } from '@casl/ability';
import type { AuditAction } from '../../platform/audit/audit-actions';
import { permittedFieldsOf } from '@casl/ability/extra';
import { type DataSource, type EntityManager } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { provisionEmployeeAccount, syncAccountWithEmployee } from '../account/account-access';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { assertNoProblems, type FieldProblem, forbidden } from '../../platform/graphql/errors';
import { readFilterTexts } from '../../platform/graphql/text';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import type { Connection, PageArgs } from '../../platform/graphql/pagination';
import { ReadableRows } from '../../platform/database/readable-rows';
import type { SqlCondition } from '../../platform/authz/rules-to-sql';
import { unconditionalAnswer } from '../../platform/authz/field-guard';
import { readRulesTest } from '../../platform/authz/policy';
import { type LeanRows, readEmployeePage } from './employee-page';
import { Employee } from './employee.entity';
import { lockPlacement } from './placement-lock';
import {
  type CreateEmployeeInput,
  type EmployeeFilter,
  type UpdateEmployeeInput,
} from './employee.inputs';
import { type EmployeeRecord, validateEmployeeRecord } from './employee.validation';
import { OrgUnit } from './org-unit.entity';
import { employeeSqlFields } from './org.permissions';
import { Position } from './position.entity';
import { ReportingLineService } from './reporting-line.service';
import { supervisorChainIds } from './supervisor-chain';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import { recountUnits } from '../evaluation/unit-counts';
import { containing, likeSql, startingWith } from '../../platform/database/like';
import { EVALUATOR_LEVELS } from '../staffing/utils/pejabat-penilai.util';
import { JobHistory } from '../staffing/job-history.entity';
import { JobChangeKind } from '../staffing/staffing.enums';
import { tmtProblems } from '../staffing/utils/staffing-dates.util';
import { jakartaDate } from '../cycle/utils/periods.util';

// Input keys → the field names the rules use.
const RULE_FIELD: Record<string, string> = {
  positionId: 'position',
  unitId: 'unit',
  supervisorId: 'supervisor',
};

const emptyToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export interface NewEmployeeReferences {
  unitId: number;
  positionId: number;
  supervisorId: number | null;
}

interface References extends NewEmployeeReferences {
  selfId: number | null;
  nip: string;
  active: boolean;
}

/** Trims the text fields and lower-cases the email; empty optional fields become null. */
export function normalizeRecord(input: EmployeeRecord | CreateEmployeeInput): EmployeeRecord {
  return {
    nip: input.nip.trim(),
    name: input.name.trim(),
    gender: input.gender,
    birthDate: input.birthDate.trim(),
    employmentType: input.employmentType,
    rank: input.rank.trim(),
    email: emptyToNull(input.email)?.toLowerCase() ?? null,
    phone: emptyToNull(input.phone),
  };
}

export class EmployeeService {
  private readonly employees: ReadableRows<Employee>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly reportingLines = new ReportingLineService(),
  ) {
    this.employees = new ReadableRows(
      dataSource,
      Employee,
      'employee',
      employeeSqlFields('employee'),
    );
  }

  /**
   * The directory: one statement for the page, its count and what its rows show (see
   * `readEmployeePage`); `lean` when the operation asks only what lean rows answer, with what each
   * of them reads (`leanRowsFor`).
   */
  list(
    context: Context,
    filter: EmployeeFilter | undefined,
    page: PageArgs,
    { lean = null }: { lean?: LeanRows | null } = {},
  ): Promise<Connection<Employee>> {
    const { ability } = context;
    const readable = (field: string) => this.employees.condition(ability, field);
    // A filter on a field only matches rows where the viewer may read that field, so no filter leaks it.
    const gated = (field: string, sql: string, params: Record<string, unknown>) =>
      this.employees.readableWhere(ability, field, sql, params);
    const conditions: SqlCondition[] = [this.employees.condition(ability)];
    if (filter?.unitId)
      conditions.push(
        gated('unit', inUnitSubtree('employee.unitId', ':unitId'), {
          unitId: parseId(filter.unitId, 'filter.unitId'),
        }),
      );
    if (filter?.supervisorId)
      conditions.push(
        gated('supervisor', 'employee.supervisorId = :supervisorId', {
          supervisorId: parseId(filter.supervisorId, 'filter.supervisorId'),
        }),
      );
    if (filter?.active !== undefined && filter.active !== null)
      conditions.push(gated('active', 'employee.active = :active', { active: filter.active }));
    if (filter?.employmentType)
      conditions.push(
        gated('employmentType', 'employee.employmentType = :employmentType', {
          employmentType: filter.employmentType,
        }),
      );
    const { search } = readFilterTexts(filter, ['search']);
    if (search) {
      const name = readable('name');
      const nip = readable('nip');
      conditions.push({
        sql: `((${likeSql('employee.name', 'search')} AND ${name.sql}) OR (${likeSql('employee.nip', 'nipPrefix')} AND ${nip.sql}))`,
        params: {
          ...name.params,
          ...nip.params,
          search: containing(search),
          nipPrefix: startingWith(search),
        },
      });
    }
    // Sorting by name would reveal names to a viewer who may not read them: fall back to id.
    const order = readable('name').sql === '1=1' ? 'name' : 'id';
    // Whether the NIP guard will ask each row's reporting line (a staff member reads their line's NIPs).
    const withChains =
      readRulesTest(ability, 'Employee', 'supervisorChainIds') &&
      unconditionalAnswer(ability, 'Employee', 'nip') === null;
    return readEmployeePage(this.dataSource, context, {
      conditions,
      order,
      page,
      withChains,
      lean,
    });
  }

  get(context: Context, id: number): Promise<Employee> {
    return this.employees.get(context.ability, id);
  }

  async create(context: Context, input: CreateEmployeeInput): Promise<Employee> {
    if (!context.ability.can('create', 'Employee'))
      throw forbidden('EMPLOYEE_CREATE_FORBIDDEN', 'Only HR can add employees');
    const record = normalizeRecord(input);
    const references: NewEmployeeReferences = {
      unitId: parseId(input.unitId, 'unitId'),
      positionId: parseId(input.positionId, 'positionId'),
      supervisorId: parseOptionalId(input.supervisorId, 'supervisorId') ?? null,
    };
    const tmt = input.tmt?.trim() || null;
    const { id, oneTimePassword } = await runTransaction(this.dataSource, async (manager) => {
      await lockPlacement(manager, references);
      assertNoProblems([
        ...(await this.problemsOfNew(manager, record, references)),
        ...tmtProblems(tmt, jakartaDate(context.now)),
      ]);
      const id = await this.insert(manager, context, record, references, 'employee.create', tmt);
      // Their login account (username = NIP) comes with them, in the same transaction.
      const { oneTimePassword } = await provisionEmployeeAccount(manager, {
        actor: context.viewer,
        employee: { id, nip: record.nip },
      });
      return { id, oneTimePassword };
    });
    const employee = await this.dataSource.getRepository(Employee).findOneByOrFail({ id });
    employee.oneTimePassword = oneTimePassword;
    return employee;
  }

  /** Every problem a new employee would have: its own fields, then the database checks. */
  async problemsOfNew(
    manager: EntityManager,
    record: EmployeeRecord,
    references: NewEmployeeReferences,
  ): Promise<FieldProblem[]> {
    return [
      ...validateEmployeeRecord(record),
      ...(await this.referenceProblems(manager, {
        ...references,
        selfId: null,
        nip: record.nip,
        active: true,
      })),
    ];
  }

  /** Every problem an existing, active employee's new record would have (used by the roster import). */
  async problemsOfExisting(
    manager: EntityManager,
    id: number,
    record: EmployeeRecord,
    references: NewEmployeeReferences,
  ): Promise<FieldProblem[]> {
    return [
      ...validateEmployeeRecord(record),
      ...(await this.referenceProblems(manager, {
        ...references,
        selfId: id,
        nip: record.nip,
        active: true,
      })),
    ];
  }

  /**
   * Inserts a validated employee with their reporting line and audit row, in the caller's
   * transaction. A `tmt` (checked by the caller: `tmtProblems`) opens their riwayat jabatan: the
   * first day of their SKP of that year (`planStartFor`).
   */
  async insert(
    manager: EntityManager,
    context: Context,
    record: EmployeeRecord,
    references: NewEmployeeReferences,
    action: AuditAction,
    tmt: string | null,
  ): Promise<number> {
    const inserted = await manager.insert(Employee, {
      ...record,
      ...references,
      active: true,
      version: 1,
    });
    const id = Number(inserted.identifiers[0].id);
    if (tmt !== null)
      await manager.insert(JobHistory, {
        employeeId: id,
        unitId: references.unitId,
        positionId: references.positionId,
        rank: record.rank,
        supervisorId: references.supervisorId,
        kind: JobChangeKind.PENGANGKATAN,
        startsOn: tmt,
        endsOn: null,
        decreeNumber: null,
      });
    await this.reportingLines.attach(manager, id, references.supervisorId);
    const after = await manager.findOneByOrFail(Employee, { id });
    await recordAudit(manager, {
      actor: context.viewer,
      action,
      entity: 'Employee',
      entityId: id,
      after,
    });
    return id;
  }

  async update(context: Context, id: number, input: UpdateEmployeeInput): Promise<Employee> {
    const current = await this.get(context, id);
    const { version, ...changes } = input;
    const changedKeys = Object.keys(changes).filter(
      (key) => changes[key as keyof typeof changes] !== undefined,
    );
    const chain = await context.loaders.get(supervisorChainIds).load(id);
    const permitted = permittedFieldsOf(
      context.ability,
      'update',
      asSubject('Employee', { ...current, supervisorChainIds: chain }),
      {
        fieldsFrom: (rule) => rule.fields ?? [],
      },
    );
    if (permitted.length === 0)
      throw forbidden('EMPLOYEE_UPDATE_FORBIDDEN', 'You may not change this employee');
    const denied = changedKeys
      .map((key) => RULE_FIELD[key] ?? key)
      .filter((field) => !permitted.includes(field));
    if (denied.length > 0)
      throw forbidden('EMPLOYEE_FIELDS_FORBIDDEN', `You may not change: ${denied.join(', ')}`, {
        fields: denied,
      });

    const record: EmployeeRecord = {
      nip: changes.nip?.trim() ?? current.nip,
      name: changes.name?.trim() ?? current.name,
      gender: changes.gender ?? current.gender,
      birthDate: changes.birthDate?.trim() ?? current.birthDate,
      employmentType: changes.employmentType ?? current.employmentType,
      rank: changes.rank?.trim() ?? current.rank,
      email:
        changes.email !== undefined
          ? (emptyToNull(changes.email)?.toLowerCase() ?? null)
          : current.email,
      phone: changes.phone !== undefined ? emptyToNull(changes.phone) : current.phone,
    };
    const supervisorId =
      changes.supervisorId !== undefined
        ? (parseOptionalId(changes.supervisorId, 'supervisorId') ?? null)
        : current.supervisorId;
    const references: References = {
      selfId: id,
      nip: record.nip,
      unitId: changes.unitId ? parseId(changes.unitId, 'unitId') : current.unitId,
      positionId: changes.positionId
        ? parseId(changes.positionId, 'positionId')
        : current.positionId,
      supervisorId,
      active: changes.active ?? current.active,
    };
    const problems = validateEmployeeRecord(record);
    await runTransaction(this.dataSource, async (manager) => {
      await lockPlacement(manager, references);
      assertNoProblems([...problems, ...(await this.referenceProblems(manager, references))]);
      await updateVersioned(manager, Employee, {
        id,
        version,
        changes: {
          ...record,
          unitId: references.unitId,
          positionId: references.positionId,
          supervisorId,
          active: references.active,
        },
        message: `Employee ${id} was changed by someone else (your version ${version} is stale); reload and try again`,
      });
      if (supervisorId !== current.supervisorId)
        await this.reportingLines.move(manager, id, supervisorId);
      // The employee's evaluations count in their unit's kept counts (the result totals only
      // while the employee is active).
      if (references.unitId !== current.unitId || references.active !== current.active)
        await recountUnits(manager, [current.unitId, references.unitId], null);
      if (references.active !== current.active)
        await syncAccountWithEmployee(manager, {
          actor: context.viewer,
          employeeId: id,
          active: references.active,
        });
      const after = await manager.findOneByOrFail(Employee, { id });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'employee.update',
        entity: 'Employee',
        entityId: id,
        before: current,
        after,
      });
    });
    return this.dataSource.getRepository(Employee).findOneByOrFail({ id });
  }

  /** Checks that need the database: uniqueness, existing references, no cycle in the reporting line. */
  /** The atasan langsung evaluates: a structural post of at least PENGAWAS level (PermenPANRB 6/2022). */
  private async mayBePejabatPenilai(manager: EntityManager, supervisor: Employee) {
    const post = await manager.findOneBy(Position, { id: supervisor.positionId });
    return post !== null && EVALUATOR_LEVELS.includes(post.level);
  }

  private async referenceProblems(
    manager: EntityManager,
    refs: References,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const sameNip = await manager.findOne(Employee, {
      select: { id: true },
      where: { nip: refs.nip },
    });
    if (sameNip && sameNip.id !== refs.selfId)
      problems.push({
        field: 'nip',
        reason: 'NIP_TAKEN',
        message: 'is already used by another employee',
      });
    const unit = await manager.findOneBy(OrgUnit, { id: refs.unitId });
    if (!unit)
      problems.push({
        field: 'unitId',
        reason: 'UNKNOWN_REFERENCE',
        message: `unit ${refs.unitId} does not exist`,
      });
    else if (unit.closedAt)
      problems.push({ field: 'unitId', reason: 'UNIT_CLOSED', message: 'is closed' });
    const position = await manager.findOneBy(Position, { id: refs.positionId });
    if (!position)
      problems.push({
        field: 'positionId',
        reason: 'UNKNOWN_REFERENCE',
        message: `position ${refs.positionId} does not exist`,
      });
    else if (position.closedAt)
      problems.push({ field: 'positionId', reason: 'POSITION_CLOSED', message: 'is closed' });
    if (refs.supervisorId === null) {
      if (unit && unit.parentId !== null)
        problems.push({
          field: 'supervisorId',
          reason: 'SUPERVISOR_REQUIRED',
          message: 'is required for everyone but the head of the kecamatan',
        });
    } else if (refs.supervisorId === refs.selfId) {
      problems.push({
        field: 'supervisorId',
        reason: 'SUPERVISOR_SELF',
        message: 'cannot be the employee themself',
      });
    } else {
      const supervisor = await manager.findOneBy(Employee, { id: refs.supervisorId });
      if (!supervisor)
        problems.push({
          field: 'supervisorId',
          reason: 'UNKNOWN_REFERENCE',
          message: `employee ${refs.supervisorId} does not exist`,
        });
      else if (!supervisor.active)
        problems.push({
          field: 'supervisorId',
          reason: 'SUPERVISOR_INACTIVE',
          message: 'is not an active employee',
        });
      else if (!(await this.mayBePejabatPenilai(manager, supervisor)))
        problems.push({
          field: 'supervisorId',
          reason: 'EVALUATOR_LEVEL_TOO_LOW',
          message: 'must hold a JPT, ADMINISTRATOR or PENGAWAS post to be pejabat penilai',
        });
      else if (
        refs.selfId !== null &&
        (await this.reportingLines.isWithin(manager, refs.selfId, refs.supervisorId))
      ) {
        problems.push({
          field: 'supervisorId',
          reason: 'SUPERVISOR_LOOP',
          message:
            'reports to this employee already: that would make a cycle in the reporting line',
        });
      }
    }
    if (!refs.active && refs.selfId !== null) {
      const reports = await manager.countBy(Employee, { supervisorId: refs.selfId, active: true });
      if (reports > 0)
        problems.push({
          field: 'active',
          reason: 'HAS_ACTIVE_REPORTS',
          message: `has ${reports} active direct reports; give them another supervisor first`,
          params: { count: reports },
        });
    }
    return problems;
  }
}
