import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { joinedOr } from '../../platform/graphql/loaders';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination';
import { readableRows } from '../../platform/authz/field-guard';
import { Evaluation } from '../evaluation/evaluation.entity';
import { leanRowsFor } from './employee-page';
import { Employee } from './employee.entity';
import { IMPORT_COLUMNS, EmployeeImportService } from './employee-import.service';
import { EmployeeImportResult, RosterFileInput } from './employee-import.types';
import { CreateEmployeeInput, EmployeeFilter, UpdateEmployeeInput } from './employee.inputs';
import { OrgUnit } from './org-unit.entity';
import { PositionLevel } from './org.enums';
import { Position } from './position.entity';
import { pangkatOf } from './utils/rank.util';
import { EmployeeService } from './employee.service';

export const EmployeeConnection = ConnectionType(Employee, 'Employee');

@Resolver(() => Employee)
export class EmployeeResolver {
  constructor(
    private readonly employeeService: EmployeeService,
    private readonly employeeImportService: EmployeeImportService,
  ) {}

  @Query(() => EmployeeConnection, {
    description: 'The employee directory, filtered to what the viewer may read',
  })
  employees(
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => EmployeeFilter, {
      nullable: true,
      description: 'Unit, name or NIP, active, supervisor and employment type',
    })
    filter: EmployeeFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return this.employeeService.list(context, filter, page, { lean: leanRowsFor(info) });
  }

  @Query(() => Employee, { nullable: true, description: 'One employee (ASN: PNS or PPPK)' })
  employee(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The employee’s id' }) id: string,
  ) {
    return this.employeeService.get(context, parseId(id, 'id'));
  }

  @Mutation(() => Employee, {
    description: 'HR adds an employee (NIP checked against birth date and gender for PNS)',
  })
  createEmployee(
    @Ctx() context: Context,
    @Arg('input', () => CreateEmployeeInput, { description: 'The new employee' })
    input: CreateEmployeeInput,
  ) {
    return this.employeeService.create(context, input);
  }

  @Mutation(() => Employee, {
    description: 'HR changes an employee’s record; deactivating one also disables their account',
  })
  updateEmployee(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The employee’s id' }) id: string,
    @Arg('input', () => UpdateEmployeeInput, {
      description: 'The fields to change (fields left out keep their value)',
    })
    input: UpdateEmployeeInput,
  ) {
    return this.employeeService.update(context, parseId(id, 'id'), input);
  }

  @Mutation(() => EmployeeImportResult, {
    description: `HR bulk import, all rows or none. CSV columns: ${IMPORT_COLUMNS.join(', ')}`,
  })
  importEmployees(
    @Ctx() context: Context,
    @Arg('csv', { description: 'The CSV text, with a header row' }) csv: string,
    @Arg('dryRun', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Check every row and report the problems without saving anything',
    })
    dryRun: boolean,
  ) {
    return this.employeeImportService.import(context, csv, dryRun);
  }

  @Mutation(() => EmployeeImportResult, {
    description:
      'HR imports the roster from a .csv or Excel .xlsx file with the SIASN headers (NIP, Nama, Jenis Kelamin, Golongan, Jabatan, Unit Kerja, Status Kepegawaian…; docs/roster-import.md): new NIPs are added, known ones updated or moved, all rows or none',
  })
  importRoster(
    @Ctx() context: Context,
    @Arg('file', () => RosterFileInput, { description: 'The file, base64-encoded' })
    file: RosterFileInput,
    @Arg('dryRun', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'List what every row would do, and its problems, without saving anything',
    })
    dryRun: boolean,
  ) {
    return this.employeeImportService.importFile(context, file, dryRun);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit the employee works in' })
  unit(@Root() employee: Employee, @Ctx() context: Context) {
    return joinedOr(employee.unit, employee.unitId, context.loaders.byId(OrgUnit));
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The jabatan (position) held' })
  position(@Root() employee: Employee, @Ctx() context: Context) {
    return joinedOr(employee.position, employee.positionId, context.loaders.byId(Position));
  }

  @FieldResolver(() => PositionLevel, { nullable: true, description: 'Level of the jabatan' })
  async positionLevel(@Root() employee: Employee, @Ctx() context: Context) {
    return (
      (await joinedOr(employee.position, employee.positionId, context.loaders.byId(Position)))
        ?.level ?? null
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Pangkat name of a PNS golongan (none for PPPK)',
  })
  pangkat(@Root() employee: Employee) {
    return pangkatOf(employee.rank);
  }

  @FieldResolver(() => [Evaluation], {
    nullable: true,
    description:
      'Evaluations in force that the viewer may read, oldest first; optionally of one cycle',
  })
  async evaluations(
    @Root() employee: Employee,
    @Ctx() context: Context,
    @Arg('cycleId', () => ID, {
      nullable: true,
      description: 'Only this cycle; every cycle when left out',
    })
    cycleId?: string | null,
  ) {
    const cycle = cycleId ? parseId(cycleId, 'cycleId') : null;
    const all = await context.loaders
      .manyBy(Evaluation, 'employeeId', { id: 'ASC' })
      .load(employee.id);
    const current = all.filter(
      (row) => row.supersededAt === null && (cycle === null || row.cycleId === cycle),
    );
    return readableRows(context, 'Evaluation', current);
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'The atasan langsung (direct supervisor), who is the pejabat penilai',
  })
  supervisor(@Root() employee: Employee, @Ctx() context: Context) {
    return employee.supervisorId === null
      ? null
      : joinedOr(employee.supervisor, employee.supervisorId, context.loaders.byId(Employee));
  }
}
