import { parse } from 'csv-parse/sync';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { badInput, type FieldProblem, forbidden } from '../../platform/graphql/errors';
import { Employee } from './employee.entity';
import type { EmployeeImportResult, ImportProblem } from './employee-import.types';
import { type EmployeeService, normalizeRecord } from './employee.service';
import { EmploymentType, type Gender } from './org.enums';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';
import { runTransaction } from '../../platform/database/transaction';

export const IMPORT_COLUMNS = [
  'nip',
  'name',
  'gender',
  'birthDate',
  'employmentType',
  'rank',
  'position',
  'unit',
  'supervisorNip',
  'email',
  'phone',
] as const;
export const MAX_IMPORT_ROWS = 2000;

// Problems from the shared checks name input fields; the CSV names those columns differently.
const CSV_COLUMN_OF: Record<string, string> = {
  unitId: 'unit',
  positionId: 'position',
  supervisorId: 'supervisorNip',
};

type Row = Record<(typeof IMPORT_COLUMNS)[number], string>;

class RollbackDryRun extends Error {}

/**
 * HR's bulk import: all rows or none. Positions and units are named by title/name and supervisors
 * by NIP (an existing employee or an earlier line), so a spreadsheet export imports as it is.
 */
export class EmployeeImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly employees: EmployeeService,
  ) {}

  async import(context: Context, csv: string, dryRun: boolean): Promise<EmployeeImportResult> {
    if (!context.ability.can('create', 'Employee'))
      throw forbidden('EMPLOYEE_IMPORT_FORBIDDEN', 'Only HR can import employees');
    const rows = this.parse(csv);
    let created = 0;
    let problems: ImportProblem[] = [];
    try {
      await runTransaction(this.dataSource, async (manager) => {
        problems = await this.createAll(manager, context, rows, () => (created += 1));
        // A dry run does everything, then rolls back, so it reports exactly what a real run would.
        if (problems.length > 0 || dryRun) throw new RollbackDryRun();
      });
    } catch (error) {
      if (!(error instanceof RollbackDryRun)) throw error;
    }
    if (problems.length > 0 && !dryRun) {
      throw badInput(
        problems.map(({ line, field, ...problem }) => ({
          ...problem,
          field: `csv[line ${line}].${field}`,
        })),
      );
    }
    return {
      dryRun,
      rows: rows.length,
      created: dryRun || problems.length > 0 ? 0 : created,
      problems,
    };
  }

  private parse(csv: string): Row[] {
    let records: Record<string, string>[];
    try {
      records = parse<Record<string, string>>(csv, {
        columns: true,
        skip_empty_lines: true,
        trim: true,
        bom: true,
      });
    } catch (error) {
      throw badInput([
        {
          field: 'csv',
          reason: 'CSV_INVALID',
          message: `is not valid CSV: ${(error as Error).message}`,
        },
      ]);
    }
    const header = records.length > 0 ? Object.keys(records[0]) : [];
    const missing = IMPORT_COLUMNS.filter((column) => !header.includes(column));
    if (records.length === 0)
      throw badInput([{ field: 'csv', reason: 'CSV_EMPTY', message: 'has no data rows' }]);
    if (missing.length > 0)
      throw badInput([
        {
          field: 'csv',
          reason: 'CSV_COLUMNS_MISSING',
          message: `lacks the columns ${missing.join(', ')}`,
          params: { columns: missing.join(', ') },
        },
      ]);
    if (records.length > MAX_IMPORT_ROWS) {
      throw badInput([
        {
          field: 'csv',
          reason: 'CSV_TOO_MANY_ROWS',
          message: `has ${records.length} rows; import at most ${MAX_IMPORT_ROWS} at a time`,
          params: { rows: records.length, max: MAX_IMPORT_ROWS },
        },
      ]);
    }
    return records as Row[];
  }

  private async createAll(
    manager: EntityManager,
    context: Context,
    rows: Row[],
    onCreated: () => void,
  ) {
    const units = new Map(
      (await manager.find(OrgUnit)).map((unit) => [unit.name.toLowerCase(), unit.id]),
    );
    const positions = new Map(
      (await manager.find(Position)).map((p) => [p.title.toLowerCase(), p.id]),
    );
    const problems: ImportProblem[] = [];
    for (const [index, row] of rows.entries()) {
      const line = index + 2;
      const rowProblems: FieldProblem[] = [];
      const gender = row.gender.toUpperCase() as Gender;
      const employmentType = row.employmentType.toUpperCase() as EmploymentType;
      if (!Object.values(EmploymentType).includes(employmentType)) {
        rowProblems.push({
          field: 'employmentType',
          reason: 'NOT_ONE_OF',
          message: 'must be PNS or PPPK',
          params: { allowed: Object.values(EmploymentType).join(', ') },
        });
      }
      const unitId = units.get(row.unit.toLowerCase());
      const positionId = positions.get(row.position.toLowerCase());
      if (unitId === undefined)
        rowProblems.push({
          field: 'unit',
          reason: 'UNIT_NAME_UNKNOWN',
          message: `no unit is named "${row.unit}"`,
          params: { name: row.unit },
        });
      if (positionId === undefined)
        rowProblems.push({
          field: 'position',
          reason: 'POSITION_TITLE_UNKNOWN',
          message: `no position is titled "${row.position}"`,
          params: { title: row.position },
        });
      let supervisorId: number | null = null;
      if (row.supervisorNip) {
        const supervisor = await manager.findOne(Employee, {
          select: { id: true },
          where: { nip: row.supervisorNip },
        });
        if (!supervisor)
          rowProblems.push({
            field: 'supervisorNip',
            reason: 'SUPERVISOR_NIP_UNKNOWN',
            message: 'is neither an employee nor on an earlier line',
          });
        else supervisorId = supervisor.id;
      }
      if (rowProblems.length === 0 && unitId !== undefined && positionId !== undefined) {
        const record = normalizeRecord({ ...row, gender, employmentType });
        const references = { unitId, positionId, supervisorId };
        const checks = await this.employees.problemsOfNew(manager, record, references);
        rowProblems.push(
          ...checks.map((p) => ({ ...p, field: CSV_COLUMN_OF[p.field] ?? p.field })),
        );
        if (checks.length === 0) {
          await this.employees.insert(manager, context, record, references, 'employee.import');
          onCreated();
        }
      }
      problems.push(...rowProblems.map((p) => ({ line, ...p })));
    }
    return problems;
  }
}
