import { type DataSource, IsNull } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { forbidden } from '../../platform/graphql/errors';
import { jakartaDate } from '../cycle/utils/periods.util';
import type { JobHistoryService } from '../staffing/job-history.service';
import { Employee } from './employee.entity';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';
import type { RosterSheetRow } from './roster-workbook';
import { Gender } from './org.enums';

/** A YYYY-MM-DD date as an Excel date cell (midnight UTC, so no zone shifts the day). */
const dateCell = (date: string | undefined): Date | null =>
  date ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : null;

/** A file ready for the /exports routes: what to build, its name, and what the audit row says. */
export interface RosterDownload<M> {
  model: M;
  fileName: string;
  audit: { entity: string; entityId: string; details: Record<string, unknown> };
}

/**
 * The roster as .xlsx and the import template. Both are HR's: the roster holds birth dates and
 * contact data only HR may read, and the template serves the import only HR may run.
 */
export class RosterExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobHistory: JobHistoryService,
  ) {}

  private assertHr(context: Context) {
    // The same gate as the import: only HR may create employees.
    if (!context.ability.can('create', 'Employee'))
      throw forbidden('ROSTER_EXPORT_FORBIDDEN', 'Only HR may download the roster');
  }

  async roster(context: Context): Promise<RosterDownload<RosterSheetRow[]>> {
    this.assertHr(context);
    const [employees, units, positions, posts] = await Promise.all([
      this.dataSource.getRepository(Employee).find({ where: { active: true } }),
      this.dataSource.getRepository(OrgUnit).find(),
      this.dataSource.getRepository(Position).find(),
      this.jobHistory.currentPostsOfActive(context),
    ]);
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    const positionTitle = new Map(positions.map((position) => [position.id, position.title]));
    const nipOf = new Map(employees.map((employee) => [employee.id, employee.nip]));
    const rows = employees
      .map((employee) => ({ employee, unit: unitName.get(employee.unitId) ?? '' }))
      .sort(
        (a, b) => a.unit.localeCompare(b.unit) || a.employee.name.localeCompare(b.employee.name),
      )
      .map(({ employee, unit }): RosterSheetRow => ({
        nip: employee.nip,
        name: employee.name,
        birthDate: dateCell(String(employee.birthDate)),
        gender: employee.gender === Gender.LAKI_LAKI ? 'L' : 'P',
        rank: employee.rank,
        position: positionTitle.get(employee.positionId) ?? '',
        unit,
        employmentType: employee.employmentType,
        supervisorNip:
          employee.supervisorId === null ? null : (nipOf.get(employee.supervisorId) ?? null),
        email: employee.email,
        phone: employee.phone,
        // The current post's TMT and SK, as a MOVED row of the import would carry them.
        tmt: dateCell(posts.get(employee.id)?.startsOn),
        decreeNumber: posts.get(employee.id)?.decreeNumber ?? null,
      }));
    const today = jakartaDate(new Date());
    return {
      model: rows,
      fileName: `Daftar_Pegawai_${today}.xlsx`,
      audit: {
        entity: 'Employee',
        entityId: 'roster',
        details: { document: 'ROSTER', rows: rows.length },
      },
    };
  }

  async template(
    context: Context,
  ): Promise<RosterDownload<{ units: string[]; positions: string[] }>> {
    this.assertHr(context);
    const [units, positions] = await Promise.all([
      this.dataSource
        .getRepository(OrgUnit)
        .find({ where: { closedAt: IsNull() }, order: { name: 'ASC' } }),
      this.dataSource
        .getRepository(Position)
        .find({ where: { closedAt: IsNull() }, order: { title: 'ASC' } }),
    ]);
    return {
      model: {
        units: units.map((unit) => unit.name),
        positions: positions.map((position) => position.title),
      },
      fileName: 'Template_Impor_Pegawai.xlsx',
      audit: {
        entity: 'Employee',
        entityId: 'roster-template',
        details: { document: 'ROSTER_TEMPLATE' },
      },
    };
  }
}
