import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { ConnectionType } from '../../platform/graphql/pagination';
import { readableRows } from '../../platform/authz/field-guard';
import { Evaluation } from '../evaluation/evaluation.entity';
import { Employee } from './employee.entity';
import { IMPORT_COLUMNS, EmployeeImportService } from './employee-import.service';
import { EmployeeImportResult } from './employee-import.types';
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
    @Arg('filter', () => EmployeeFilter, { nullable: true }) filter?: EmployeeFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return this.employeeService.list(context, filter, { first, after });
  }

  @Query(() => Employee, { nullable: true })
  employee(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return this.employeeService.get(context, parseId(id, 'id'));
  }

  @Mutation(() => Employee)
  createEmployee(
    @Ctx() context: Context,
    @Arg('input', () => CreateEmployeeInput) input: CreateEmployeeInput,
  ) {
    return this.employeeService.create(context, input);
  }

  @Mutation(() => Employee)
  updateEmployee(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEmployeeInput) input: UpdateEmployeeInput,
  ) {
    return this.employeeService.update(context, parseId(id, 'id'), input);
  }

  @Mutation(() => EmployeeImportResult, {
    description: `HR bulk import, all rows or none. CSV columns: ${IMPORT_COLUMNS.join(', ')}`,
  })
  importEmployees(
    @Ctx() context: Context,
    @Arg('csv') csv: string,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false }) dryRun: boolean,
  ) {
    return this.employeeImportService.import(context, csv, dryRun);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Root() employee: Employee, @Ctx() context: Context) {
    return context.loaders.byId(OrgUnit).load(employee.unitId);
  }

  @FieldResolver(() => Position, { nullable: true })
  position(@Root() employee: Employee, @Ctx() context: Context) {
    return context.loaders.byId(Position).load(employee.positionId);
  }

  @FieldResolver(() => PositionLevel, { nullable: true, description: 'Level of the jabatan' })
  async positionLevel(@Root() employee: Employee, @Ctx() context: Context) {
    return (await context.loaders.byId(Position).load(employee.positionId))?.level ?? null;
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
    @Arg('cycleId', () => ID, { nullable: true }) cycleId?: string | null,
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

  @FieldResolver(() => Employee, { nullable: true })
  supervisor(@Root() employee: Employee, @Ctx() context: Context) {
    return employee.supervisorId === null
      ? null
      : context.loaders.byId(Employee).load(employee.supervisorId);
  }
}
