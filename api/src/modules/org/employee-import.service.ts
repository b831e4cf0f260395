import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit.service';
import type { Context } from '../../platform/graphql/context';
import {
  badInput,
  DomainError,
  type ErrorReason,
  type FieldProblem,
  forbidden,
  type ReasonParams,
} from '../../platform/graphql/errors';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import { recountUnits } from '../evaluation/unit-counts';
import { Employee } from './employee.entity';
import {
  type EmployeeImportResult,
  type ImportRow,
  ImportRowStatus,
  reasonParamList,
  type RosterFileInput,
} from './employee-import.types';
import { type EmployeeService, type NewEmployeeReferences } from './employee.service';
import type { EmployeeRecord } from './employee.validation';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';
import { ReportingLineService } from './reporting-line.service';
import { decodeUpload, formatOfFile, readCsv, readXlsx, type RosterSheet } from './roster-file';
import {
  type HeaderMatch,
  matchHeader,
  ROSTER_KEYS,
  type RosterKey,
} from './utils/roster-columns.util';
import {
  cellText,
  composeName,
  nameKey,
  normalizeDate,
  normalizeNip,
  normalizePhone,
  normalizeRank,
  parseEmploymentType,
  parseGender,
  type RosterCell,
} from './utils/roster-values.util';
import { provisionEmployeeAccount } from '../account/account-access';
import { jakartaDate } from '../cycle/utils/periods.util';
import { tmtProblems } from '../staffing/utils/staffing-dates.util';
import type { MutasiService } from '../staffing/mutasi.service';

export { MAX_IMPORT_ROWS } from './roster-file';

/** The model's field names, which the earlier CSV format used as headers (still read). */
export const IMPORT_COLUMNS = ROSTER_KEYS.filter(
  (key) => !['frontTitle', 'backTitle', 'birthPlace'].includes(key),
);

// Problems from the shared employee and mutasi checks name input fields; the roster names those columns.
const ROSTER_FIELD_OF: Record<string, RosterKey> = {
  unitId: 'unit',
  positionId: 'position',
  supervisorId: 'supervisorNip',
  employeeId: 'nip',
};

/** The fields an import compares, in the order a change lists them. */
const COMPARED_FIELDS = [
  'name',
  'gender',
  'birthDate',
  'employmentType',
  'rank',
  'email',
  'phone',
  'supervisorNip',
  'unit',
  'position',
] as const;
type ComparedField = (typeof COMPARED_FIELDS)[number];

/** One data row of the file with its columns looked up by roster key. */
class RosterRow {
  constructor(
    readonly line: number,
    private readonly cells: RosterCell[],
    private readonly match: HeaderMatch,
  ) {}

  /** Whether the file has this column at all (an absent optional column keeps the stored value). */
  has(key: RosterKey) {
    return this.match.indexOf[key] !== undefined;
  }

  cell(key: RosterKey): RosterCell {
    const index = this.match.indexOf[key];
    return index === undefined ? null : this.cells[index];
  }

  text(key: RosterKey): string {
    return cellText(this.cell(key));
  }

  /** The header of a column as the file writes it. */
  header(key: string): string | null {
    return this.match.headerOf[key as RosterKey] ?? null;
  }
}

interface PlannedRow {
  record: EmployeeRecord;
  references: NewEmployeeReferences;
}

class RollbackDryRun extends Error {}

/**
 * HR's roster import from CSV or Excel: every row is checked, then the whole file is saved in one
 * transaction, or nothing is. Columns are read by their SIASN/Indonesian headers (see
 * utils/roster-columns.util.ts); units and positions are named, supervisors given by NIP. A NIP
 * already in the directory updates that employee, so importing the same file twice changes nothing.
 */
export class EmployeeImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly employees: EmployeeService,
    private readonly mutasi: MutasiService,
    private readonly reportingLines = new ReportingLineService(),
  ) {}

  /** `importEmployees(csv)`: CSV text; problems of the whole file name the field `csv`. */
  async import(context: Context, csv: string, dryRun: boolean): Promise<EmployeeImportResult> {
    this.assertMayImport(context);
    return this.run(context, readCsv(csv, 'csv'), 'csv', dryRun);
  }

  /** `importRoster(file)`: a base64 .csv or .xlsx upload; problems of the whole file name `file`. */
  async importFile(
    context: Context,
    file: RosterFileInput,
    dryRun: boolean,
  ): Promise<EmployeeImportResult> {
    this.assertMayImport(context);
    const content = decodeUpload(file.contentBase64, 'file');
    const format = formatOfFile(file.fileName, content, 'file');
    const sheet =
      format === 'CSV'
        ? readCsv(content.toString('utf8'), 'file')
        : await readXlsx(content, 'file');
    return this.run(context, sheet, 'file', dryRun);
  }

  private assertMayImport(context: Context) {
    if (!context.ability.can('create', 'Employee'))
      throw forbidden('EMPLOYEE_IMPORT_FORBIDDEN', 'Only HR can import employees');
  }

  private async run(
    context: Context,
    sheet: RosterSheet,
    field: string,
    dryRunArgument: boolean | null | undefined,
  ): Promise<EmployeeImportResult> {
    // A variable sent as null or left undefined means a real run, as the argument's default says.
    const dryRun = dryRunArgument === true;
    const match = matchHeader(sheet.headers);
    if (match.missing.length > 0) {
      // The file's own column titles for the client's sentence; the field names for API users.
      const named = match.missing.map((column) => `${column.header} (${column.key})`).join(', ');
      throw badInput([
        {
          field,
          reason: 'CSV_COLUMNS_MISSING',
          message: `lacks the columns ${named}`,
          params: { columns: match.missing.map((column) => column.header).join(', ') },
        },
      ]);
    }
    if (match.duplicates.length > 0)
      throw badInput([
        {
          field,
          reason: 'FILE_COLUMN_DUPLICATED',
          message: `has two columns for the same field: ${match.duplicates.join(', ')}`,
          params: { columns: match.duplicates.join(', ') },
        },
      ]);
    if (sheet.rows.length === 0)
      throw badInput([{ field, reason: 'CSV_EMPTY', message: 'has no data rows' }]);
    const rows = sheet.rows.map(({ line, cells }) => new RosterRow(line, cells, match));

    let entries: ImportRow[] = [];
    try {
      await runTransaction(this.dataSource, async (manager) => {
        entries = await this.applyAll(manager, context, rows, { provisionAccounts: !dryRun });
        // A dry run does everything, then rolls back, so it reports exactly what a real run would.
        if (dryRun || entries.some((entry) => entry.status === ImportRowStatus.ERROR))
          throw new RollbackDryRun();
      });
    } catch (error) {
      if (!(error instanceof RollbackDryRun)) throw error;
    }
    const problems = entries.flatMap((entry) => entry.problems);
    if (problems.length > 0 && !dryRun) {
      throw badInput(
        problems.map(({ line, field: problemField, reason, message, params }) => ({
          field: `${field}[line ${line}].${problemField}`,
          reason,
          message,
          ...(params.length > 0
            ? { params: Object.fromEntries(params.map((param) => [param.name, param.value])) }
            : {}),
        })),
      );
    }
    const count = (status: ImportRowStatus) =>
      entries.filter((entry) => entry.status === status).length;
    return {
      dryRun,
      rows: rows.length,
      created: dryRun ? 0 : count(ImportRowStatus.NEW),
      problems,
      entries,
      newRows: count(ImportRowStatus.NEW),
      updatedRows: count(ImportRowStatus.UPDATED),
      movedRows: count(ImportRowStatus.MOVED),
      unchangedRows: count(ImportRowStatus.UNCHANGED),
      errorRows: count(ImportRowStatus.ERROR),
      ignoredColumns: match.ignored,
    };
  }

  private async applyAll(
    manager: EntityManager,
    context: Context,
    rows: RosterRow[],
    { provisionAccounts }: { provisionAccounts: boolean },
  ): Promise<ImportRow[]> {
    // Only open units and positions take people; a closed one reads as unknown.
    const open = { where: { closedAt: IsNull() } };
    const units = new Map(
      (await manager.find(OrgUnit, open)).map((unit) => [nameKey(unit.name), unit]),
    );
    const positions = new Map(
      (await manager.find(Position, open)).map((position) => [
        nameKey(position.title),
        position.id,
      ]),
    );
    const seen = new Set<string>();
    const entries: ImportRow[] = [];
    for (const row of rows) {
      const problems: FieldProblem[] = [];
      const nip = normalizeNip(row.cell('nip'));
      const existing = nip ? await manager.findOneBy(Employee, { nip }) : null;
      const planned = await this.planRow(manager, row, existing, { units, positions }, problems);
      if (nip && seen.has(nip))
        problems.push({
          field: 'nip',
          reason: 'NIP_DUPLICATED_IN_FILE',
          message: 'appears on an earlier line of this file',
        });
      if (nip) seen.add(nip);
      if (existing && !existing.active)
        problems.push({
          field: 'nip',
          reason: 'EMPLOYEE_INACTIVE',
          message: 'belongs to an employee who has left; reactivate them on their page first',
        });
      if (planned && problems.length === 0) {
        const checks = existing
          ? await this.employees.problemsOfExisting(
              manager,
              existing.id,
              planned.record,
              planned.references,
            )
          : await this.employees.problemsOfNew(manager, planned.record, planned.references);
        problems.push(...checks.map((p) => ({ ...p, field: ROSTER_FIELD_OF[p.field] ?? p.field })));
      }
      // A newcomer's TMT Jabatan, when given, is their first day in the kecamatan (as createEmployee's).
      const arrival = !existing && row.text('tmt') ? normalizeDate(row.cell('tmt')) : null;
      if (planned && arrival !== null)
        problems.push(...tmtProblems(arrival, jakartaDate(context.now)));
      const entry: ImportRow = {
        line: row.line,
        nip: nip || null,
        name: planned?.record.name ?? (row.text('name') || null),
        status: ImportRowStatus.ERROR,
        changedFields: [],
        tmt: null,
        oneTimePassword: null,
        problems: problems.map(({ params, ...problem }) => ({
          line: row.line,
          column: row.header(problem.field),
          ...problem,
          params: reasonParamList(params),
        })),
      };
      if (planned && problems.length === 0) {
        if (!existing) {
          entry.tmt = arrival;
          const id = await this.createImportedEmployee(manager, context, planned, arrival);
          // Each newcomer's account, as createEmployee makes it; a dry run skips the hashing.
          if (provisionAccounts)
            entry.oneTimePassword = (
              await provisionEmployeeAccount(manager, {
                actor: context.viewer,
                employee: { id, nip: planned.record.nip },
              })
            ).oneTimePassword;
          entry.status = ImportRowStatus.NEW;
        } else {
          const changed = this.changedFields(existing, planned);
          entry.changedFields = changed;
          const moved = changed.includes('unit') || changed.includes('position');
          entry.status = moved
            ? ImportRowStatus.MOVED
            : changed.length > 0
              ? ImportRowStatus.UPDATED
              : ImportRowStatus.UNCHANGED;
          if (changed.some((name) => !['unit', 'position', 'supervisorNip'].includes(name)))
            await this.updateImportedEmployee(manager, context, existing, planned.record);
          if (moved) {
            entry.tmt = moveTmt(row, context.now);
            const moveProblems = await this.moveImportedEmployee(manager, context, row, {
              employeeId: existing.id,
              references: planned.references,
              tmt: entry.tmt,
              supervisorGiven: changed.includes('supervisorNip'),
            });
            if (moveProblems.length > 0) {
              entry.status = ImportRowStatus.ERROR;
              entry.problems = moveProblems.map(({ params, ...problem }) => ({
                line: row.line,
                column: row.header(problem.field),
                ...problem,
                params: reasonParamList(params),
              }));
            }
          } else if (changed.includes('supervisorNip'))
            await this.changeImportedSupervisor(manager, context, existing.id, planned.references);
        }
      }
      entries.push(entry);
    }
    return entries;
  }

  /** The row read into an employee record and references; null when a required part is missing. */
  private async planRow(
    manager: EntityManager,
    row: RosterRow,
    existing: Employee | null,
    lookups: { units: Map<string, OrgUnit>; positions: Map<string, number> },
    problems: FieldProblem[],
  ): Promise<PlannedRow | null> {
    const required = (key: RosterKey) => {
      const text = row.text(key);
      if (!text) problems.push({ field: key, reason: 'REQUIRED', message: 'is empty' });
      return text;
    };
    const nipCell = row.cell('nip');
    if (typeof nipCell === 'number')
      problems.push({
        field: 'nip',
        reason: 'NIP_NOT_TEXT',
        message:
          'is stored as a number, which keeps only 15 digits: format the NIP column as text and type it again',
      });
    const nip = normalizeNip(nipCell);
    if (!nip) problems.push({ field: 'nip', reason: 'REQUIRED', message: 'is empty' });
    const baseName = required('name');
    const genderText = required('gender');
    const gender = genderText ? parseGender(genderText) : null;
    if (genderText && !gender)
      problems.push({
        field: 'gender',
        reason: 'NOT_ONE_OF',
        message: 'must be L (laki-laki) or P (perempuan)',
        params: { allowed: 'L, P' },
      });
    const birthDateText = required('birthDate');
    const typeText = required('employmentType');
    const employmentType = typeText ? parseEmploymentType(typeText) : null;
    if (typeText && !employmentType)
      problems.push({
        field: 'employmentType',
        reason: 'NOT_ONE_OF',
        message: 'must be PNS or PPPK',
        params: { allowed: 'PNS, PPPK' },
      });
    const rankText = required('rank');
    const unitText = required('unit');
    const positionText = required('position');
    const unit = unitText ? lookups.units.get(nameKey(unitText)) : undefined;
    if (unitText && !unit)
      problems.push({
        field: 'unit',
        reason: 'UNIT_NAME_UNKNOWN',
        message: `no unit is named "${unitText}"`,
        params: { name: unitText },
      });
    const positionId = positionText ? lookups.positions.get(nameKey(positionText)) : undefined;
    if (positionText && positionId === undefined)
      problems.push({
        field: 'position',
        reason: 'POSITION_TITLE_UNKNOWN',
        message: `no position is titled "${positionText}"`,
        params: { title: positionText },
      });
    // No NIP Atasan: an employee keeps theirs, a new one reports to the head of their unit.
    let supervisorId: number | null = existing ? existing.supervisorId : (unit?.headId ?? null);
    const supervisorNip = row.has('supervisorNip') ? normalizeNip(row.cell('supervisorNip')) : '';
    if (supervisorNip) {
      const supervisor = await manager.findOne(Employee, {
        select: { id: true },
        where: { nip: supervisorNip },
      });
      if (!supervisor)
        problems.push({
          field: 'supervisorNip',
          reason: 'SUPERVISOR_NIP_UNKNOWN',
          message: 'is neither an employee nor on an earlier line',
        });
      else supervisorId = supervisor.id;
    }
    if (!nip || !baseName || !gender || !birthDateText || !employmentType || !rankText) return null;
    if (!unit || positionId === undefined) return null;
    const email = row.has('email')
      ? row.text('email').toLowerCase() || null
      : (existing?.email ?? null);
    const phone = row.has('phone') ? normalizePhone(row.cell('phone')) : (existing?.phone ?? null);
    return {
      record: {
        nip,
        name: composeName({
          frontTitle: row.text('frontTitle'),
          name: baseName,
          backTitle: row.text('backTitle'),
        }),
        gender,
        birthDate: normalizeDate(row.cell('birthDate')),
        employmentType,
        rank: normalizeRank(rankText),
        email,
        phone,
      },
      references: { unitId: unit.id, positionId, supervisorId },
    };
  }

  private changedFields(current: Employee, { record, references }: PlannedRow): ComparedField[] {
    const before: Record<ComparedField, unknown> = {
      ...pick(current),
      birthDate: String(current.birthDate).slice(0, 10),
      supervisorNip: current.supervisorId,
      unit: current.unitId,
      position: current.positionId,
    };
    const after: Record<ComparedField, unknown> = {
      ...pick(record),
      supervisorNip: references.supervisorId,
      unit: references.unitId,
      position: references.positionId,
    };
    return COMPARED_FIELDS.filter((name) => before[name] !== after[name]);
  }

  /**
   * Adds one employee through the org module's one creation path, `EmployeeService.insert` (the
   * path `createEmployee` takes). Integration point: when accounts are provisioned for new
   * employees, an imported employee gets theirs here, in the same transaction.
   */
  private async createImportedEmployee(
    manager: EntityManager,
    context: Context,
    { record, references }: PlannedRow,
    tmt: string | null,
  ): Promise<number> {
    return this.employees.insert(manager, context, record, references, 'employee.import', tmt);
  }

  /** Saves a known employee's own fields (name, rank, contact…), with its audit row. */
  private async updateImportedEmployee(
    manager: EntityManager,
    context: Context,
    current: Employee,
    record: EmployeeRecord,
  ) {
    await updateVersioned(manager, Employee, {
      id: current.id,
      version: current.version,
      changes: record,
      message: `Employee ${current.id} was changed during the import; run it again`,
    });
    await this.auditImport(manager, context, current);
  }

  /**
   * Moves a known employee to the row's unit and/or position through the one mutasi path
   * (`MutasiService.moveWithin`, as moveEmployee): job history, SKP split at the TMT, reporting
   * line, pejabat penilai. The supervisor is the row's NIP Atasan when it changes it, else the
   * mutasi's own (the head of the new unit). Returns the row's problems (nothing is kept then:
   * a file with a problem row is rolled back whole).
   */
  private async moveImportedEmployee(
    manager: EntityManager,
    context: Context,
    row: RosterRow,
    {
      employeeId,
      references,
      tmt,
      supervisorGiven,
    }: {
      employeeId: number;
      references: NewEmployeeReferences;
      tmt: string;
      supervisorGiven: boolean;
    },
  ): Promise<FieldProblem[]> {
    const { version } = await manager.findOneByOrFail(Employee, { id: employeeId });
    try {
      const { problems } = await this.mutasi.moveWithin(context, manager, {
        employeeId: String(employeeId),
        version,
        tmt,
        decreeNumber: row.text('decreeNumber') || `Impor data pegawai ${jakartaDate(context.now)}`,
        unitId: String(references.unitId),
        positionId: String(references.positionId),
        supervisorId:
          supervisorGiven && references.supervisorId !== null
            ? String(references.supervisorId)
            : undefined,
      });
      return problems.map((p) => ({ ...p, field: ROSTER_FIELD_OF[p.field] ?? p.field }));
    } catch (error) {
      // A mutasi refused as a whole (e.g. a FINAL evaluation after the TMT) is this row's problem.
      if (error instanceof DomainError && error.extensions.code === 'CONFLICT') {
        const { code: _code, reason, ...params } = error.extensions;
        return [
          {
            field: 'tmt',
            reason: reason as ErrorReason,
            message: error.message,
            params: params as ReasonParams,
          },
        ];
      }
      throw error;
    }
  }

  /** A known employee who reports to someone else from now on. */
  private async changeImportedSupervisor(
    manager: EntityManager,
    context: Context,
    employeeId: number,
    references: NewEmployeeReferences,
  ) {
    await this.saveReferences(manager, context, employeeId, references);
  }

  private async saveReferences(
    manager: EntityManager,
    context: Context,
    employeeId: number,
    references: NewEmployeeReferences,
  ) {
    const current = await manager.findOneByOrFail(Employee, { id: employeeId });
    await updateVersioned(manager, Employee, {
      id: employeeId,
      version: current.version,
      changes: { ...references },
      message: `Employee ${employeeId} was changed during the import; run it again`,
    });
    if (current.supervisorId !== references.supervisorId)
      await this.reportingLines.move(manager, employeeId, references.supervisorId);
    if (current.unitId !== references.unitId)
      await recountUnits(manager, [current.unitId, references.unitId], null);
    await this.auditImport(manager, context, current);
  }

  private async auditImport(manager: EntityManager, context: Context, before: Employee) {
    const after = await manager.findOneByOrFail(Employee, { id: before.id });
    await recordAudit(manager, {
      actor: context.viewer,
      action: 'employee.import',
      entity: 'Employee',
      entityId: before.id,
      before,
      after,
    });
  }
}

/** The TMT of a MOVED row: its TMT Jabatan cell, or the import day (Asia/Jakarta). */
function moveTmt(row: RosterRow, now: Date): string {
  return row.text('tmt') ? normalizeDate(row.cell('tmt')) : jakartaDate(now);
}

const pick = (source: EmployeeRecord) => ({
  name: source.name,
  gender: source.gender,
  birthDate: source.birthDate,
  employmentType: source.employmentType,
  rank: source.rank,
  email: source.email,
  phone: source.phone,
});
