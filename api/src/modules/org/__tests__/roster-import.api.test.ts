import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { createContext } from '../../../platform/graphql/context';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { Employee, ReportingLine } from '../employee.entity';
import { OrgUnit } from '../org-unit.entity';
import { EmploymentType, Gender } from '../org.enums';
import { buildNip } from '../utils/nip.util';
import { Account } from '../../account/account.entity';
import { jakartaDate } from '../../cycle/utils/periods.util';
import { PerformancePlan } from '../../plan/performance-plan.entity';
import { JobHistory } from '../../staffing/job-history.entity';
import { JobChangeKind } from '../../staffing/staffing.enums';
import { createApprovedPlan, createCycle } from '../../../testing/plan-fixtures';

const IMPORT_ROSTER = `mutation ($file: RosterFileInput!, $dryRun: Boolean) {
  importRoster(file: $file, dryRun: $dryRun) {
    dryRun rows created newRows updatedRows movedRows unchangedRows errorRows ignoredColumns
    entries { line nip name status changedFields tmt oneTimePassword problems { line field column reason message params { name value } } }
  }
}`;

const MOVE = `mutation ($input: MoveEmployeeInput!) { moveEmployee(input: $input) { jobHistory { startsOn decreeNumber } } }`;

/** The headers as SIASN's own export spells them (upper case, its names), plus columns we ignore. */
const SIASN_HEADERS = [
  'NIP BARU',
  'NAMA',
  'GELAR DEPAN',
  'GELAR BELAKANG',
  'TEMPAT LAHIR',
  'TANGGAL LAHIR',
  'JENIS KELAMIN',
  'AGAMA',
  'GOL AKHIR NAMA',
  'JABATAN NAMA',
  'UNOR NAMA',
  'JENIS PEGAWAI',
  'NIP ATASAN',
  'EMAIL',
  'NOMOR HP',
];

type Cell = string | number | Date | null;

async function xlsxOf(headers: string[], rows: Cell[][], sheetName = 'Data'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const csvOf = (headers: string[], rows: Cell[][]) =>
  Buffer.from(
    [headers, ...rows]
      .map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(';'))
      .join('\r\n'),
  ).toString('base64');

/** The template's headers of a row with its post and TMT Jabatan. */
const POST_HEADERS = [
  'NIP',
  'Nama',
  'Tanggal Lahir',
  'Jenis Kelamin',
  'Golongan',
  'Jabatan',
  'Unit Kerja',
  'Status Kepegawaian',
  'TMT Jabatan',
];

describe.each(DRIVERS)('roster import and export on %s', (kind) => {
  const t = useSmallOrg(kind);
  let http: Server;
  let base: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    http = t.client.server.app.listen(0);
    await new Promise((resolve) => http.once('listening', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    for (const username of ['admin', 'camat', 'analis', t.org.people.kasiA.nip])
      tokens[username] = (
        await t.client.server.services.auth.login(username, FIXTURE_PASSWORD, '127.0.0.1')
      ).token;
  }, 60_000);
  afterAll(() => new Promise((resolve) => http.close(resolve)));

  const get = (url: string, username?: string) =>
    fetch(`${base}${url}`, {
      headers: username ? { authorization: `Bearer ${tokens[username]}` } : {},
    });

  const counts = async () => ({
    employees: await t.db.dataSource.getRepository(Employee).count(),
    audit: await t.db.dataSource.getRepository(AuditLog).count(),
    lines: await t.db.dataSource.getRepository(ReportingLine).count(),
    snapshot: JSON.stringify(
      await t.db.dataSource.getRepository(Employee).find({ order: { id: 'ASC' } }),
    ),
  });

  const newNip = (sequence: number, gender = Gender.LAKI_LAKI) =>
    buildNip({
      birthDate: '1990-07-21',
      appointment: '2015-03',
      gender,
      sequence,
      employmentType: EmploymentType.PNS,
    });

  /** An existing employee as a SIASN row, unchanged unless `change` says otherwise. */
  async function siasnRowOf(nip: string, change: Partial<Record<string, Cell>> = {}) {
    const employee = await t.db.dataSource.getRepository(Employee).findOneByOrFail({ nip });
    const supervisor = employee.supervisorId
      ? await t.db.dataSource.getRepository(Employee).findOneByOrFail({ id: employee.supervisorId })
      : null;
    const unit = Object.values(t.org.units).find((u) => u.id === employee.unitId)!;
    const position = Object.values(t.org.positions).find((p) => p.id === employee.positionId)!;
    const values: Record<string, Cell> = {
      'NIP BARU': employee.nip,
      NAMA: employee.name,
      'GELAR DEPAN': '',
      'GELAR BELAKANG': '',
      'TEMPAT LAHIR': 'Surabaya',
      // SIASN writes day first.
      'TANGGAL LAHIR': String(employee.birthDate).slice(0, 10).split('-').reverse().join('-'),
      'JENIS KELAMIN': employee.gender === Gender.LAKI_LAKI ? 'M' : 'F',
      AGAMA: 'Islam',
      'GOL AKHIR NAMA': employee.rank.toUpperCase(),
      'JABATAN NAMA': position.title.toUpperCase(),
      'UNOR NAMA': unit.name,
      'JENIS PEGAWAI': 'PNS',
      'NIP ATASAN': supervisor?.nip ?? '',
      EMAIL: employee.email,
      'NOMOR HP': employee.phone,
      ...change,
    };
    return SIASN_HEADERS.map((header) => values[header] ?? null);
  }

  const newcomerRow = (sequence: number, change: Partial<Record<string, Cell>> = {}) => {
    const values: Record<string, Cell> = {
      'NIP BARU': newNip(sequence).replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4'),
      NAMA: 'Rudi Hartono',
      'GELAR DEPAN': 'Drs.',
      'GELAR BELAKANG': 'M.Si.',
      'TEMPAT LAHIR': 'Sidoarjo',
      'TANGGAL LAHIR': new Date(Date.UTC(1990, 6, 21)),
      'JENIS KELAMIN': 'Laki-laki',
      AGAMA: 'Islam',
      'GOL AKHIR NAMA': 'Penata (III/c)',
      'JABATAN NAMA': 'Pengadministrasi Umum',
      'UNOR NAMA': 'seksi  trantib',
      'JENIS PEGAWAI': 'PNS Daerah',
      'NIP ATASAN': '',
      EMAIL: 'Rudi.Hartono@Uji.go.id',
      'NOMOR HP': 81234567890,
      ...change,
    };
    return SIASN_HEADERS.map((header) => values[header] ?? null);
  };

  const run = (file: { fileName: string; contentBase64: string }, dryRun?: boolean) =>
    t.client.as('admin', IMPORT_ROSTER, { file, dryRun });

  async function mixedFile(extra: Cell[][] = []) {
    const p = t.org.people;
    return xlsxOf(SIASN_HEADERS, [
      newcomerRow(901),
      await siasnRowOf(p.staffA1.nip, { 'NOMOR HP': '0812-9999-0001' }),
      await siasnRowOf(p.staffA2.nip, {
        'UNOR NAMA': 'Seksi Trantib',
        'NIP ATASAN': p.kasiB.nip,
      }),
      await siasnRowOf(p.staffB1.nip),
      ...extra,
    ]);
  }

  it('dry-runs an xlsx with SIASN headers: every row with what it would do, and writes nothing', async () => {
    const before = await counts();
    const result = await run({ fileName: 'siasn.xlsx', contentBase64: await mixedFile() }, true);
    expect(result.errors).toBeUndefined();
    const outcome = result.data!.importRoster;
    expect(outcome).toMatchObject({
      dryRun: true,
      rows: 4,
      created: 0,
      newRows: 1,
      updatedRows: 1,
      movedRows: 1,
      unchangedRows: 1,
      errorRows: 0,
      ignoredColumns: ['AGAMA'],
    });
    expect(
      outcome.entries.map((entry: { line: number; status: string; changedFields: string[] }) => [
        entry.line,
        entry.status,
        entry.changedFields,
      ]),
    ).toEqual([
      [2, 'NEW', []],
      [3, 'UPDATED', ['phone']],
      [4, 'MOVED', ['supervisorNip', 'unit']],
      [5, 'UNCHANGED', []],
    ]);
    expect(outcome.entries[0]).toMatchObject({
      nip: newNip(901),
      name: 'Drs. Rudi Hartono, M.Si.',
      tmt: null,
    });
    // The move with its TMT: no TMT Jabatan column, so the import day.
    expect(outcome.entries[2].tmt).toBe(jakartaDate(new Date()));
    expect(await counts()).toEqual(before);
  });

  it('lists each bad row with field, column, reason and message; a real run with one bad row writes nothing', async () => {
    const before = await counts();
    const contentBase64 = await mixedFile([
      newcomerRow(902, {
        'JENIS KELAMIN': 'X',
        'UNOR NAMA': 'Seksi Fiktif',
        'GOL AKHIR NAMA': 'V/z',
      }),
      newcomerRow(903, { 'NIP BARU': newNip(901), 'JABATAN NAMA': 'Jabatan Fiktif' }),
      newcomerRow(904, { 'NIP BARU': 198804122012011000 }),
    ]);
    const dry = await run({ fileName: 'siasn.xlsx', contentBase64 }, true);
    expect(dry.errors).toBeUndefined();
    const entries = dry.data!.importRoster.entries as {
      line: number;
      status: string;
      problems: { field: string; column: string | null; reason: string; params: unknown[] }[];
    }[];
    expect(entries.map((entry) => entry.status)).toEqual([
      'NEW',
      'UPDATED',
      'MOVED',
      'UNCHANGED',
      'ERROR',
      'ERROR',
      'ERROR',
    ]);
    expect(entries[4].problems.map((p) => [p.field, p.column, p.reason])).toEqual([
      ['gender', 'JENIS KELAMIN', 'NOT_ONE_OF'],
      ['unit', 'UNOR NAMA', 'UNIT_NAME_UNKNOWN'],
    ]);
    expect(entries[4].problems[1].params).toEqual([{ name: 'name', value: 'Seksi Fiktif' }]);
    expect(entries[5].problems.map((p) => [p.field, p.reason])).toEqual([
      ['position', 'POSITION_TITLE_UNKNOWN'],
      ['nip', 'NIP_DUPLICATED_IN_FILE'],
    ]);
    expect(entries[6].problems.map((p) => p.reason)).toContain('NIP_NOT_TEXT');
    expect(dry.data!.importRoster.errorRows).toBe(3);

    const real = await run({ fileName: 'siasn.xlsx', contentBase64 });
    expect(codesOf(real)).toEqual(['BAD_USER_INPUT']);
    expect((real.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(
      expect.arrayContaining(['file[line 6].gender', 'file[line 6].unit', 'file[line 7].nip']),
    );
    expect(await counts()).toEqual(before);
  });

  it('commits a clean file in one go: created, updated, moved, with reporting lines and audit rows', async () => {
    const p = t.org.people;
    const before = await counts();
    const result = await run({ fileName: 'siasn.xlsx', contentBase64: await mixedFile() });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importRoster).toMatchObject({
      dryRun: false,
      created: 1,
      newRows: 1,
      updatedRows: 1,
      movedRows: 1,
      unchangedRows: 1,
    });
    const repo = t.db.dataSource.getRepository(Employee);
    const rudi = await repo.findOneByOrFail({ nip: newNip(901) });
    expect(rudi).toMatchObject({
      name: 'Drs. Rudi Hartono, M.Si.',
      gender: Gender.LAKI_LAKI,
      birthDate: '1990-07-21',
      rank: 'III/c',
      unitId: t.org.units.unitB.id,
      positionId: t.org.positions.staffPosition.id,
      // No NIP Atasan: the head of the unit.
      supervisorId: p.kasiB.id,
      email: 'rudi.hartono@uji.go.id',
      phone: '081234567890',
    });
    expect(await repo.findOneByOrFail({ id: p.staffA1.id })).toMatchObject({
      phone: '081299990001',
    });
    expect(await repo.findOneByOrFail({ id: p.staffA2.id })).toMatchObject({
      unitId: t.org.units.unitB.id,
      supervisorId: p.kasiB.id,
    });
    const chain = await t.db.dataSource
      .getRepository(ReportingLine)
      .find({ where: { descendantId: p.staffA2.id }, order: { depth: 'ASC' } });
    expect(chain.map((line) => line.ancestorId)).toEqual([p.staffA2.id, p.kasiB.id, p.camat.id]);
    const after = await counts();
    expect(after.employees).toBe(before.employees + 1);
    // One audit row per written row (new, updated, moved) and the newcomer's account; none for
    // the unchanged one.
    expect(after.audit).toBe(before.audit + 4);
    const account = await t.db.dataSource
      .getRepository(Account)
      .findOneByOrFail({ employeeId: rudi.id });
    expect(account).toMatchObject({ username: rudi.nip, mustChangePassword: true, active: true });
    // The one-time password is in the committing answer, for the new row only, and logs in.
    const entries = result.data!.importRoster.entries as {
      nip: string;
      status: string;
      oneTimePassword: string | null;
    }[];
    const given = entries.filter((entry) => entry.oneTimePassword);
    expect(given.map((entry) => [entry.nip, entry.status])).toEqual([[rudi.nip, 'NEW']]);
    const login = await t.client.run(
      null,
      `mutation { login(username: "${rudi.nip}", password: "${given[0].oneTimePassword}") { user { mustChangePassword } } }`,
    );
    expect(login.data?.login.user.mustChangePassword).toBe(true);
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .find({ where: { action: 'employee.import' }, order: { id: 'DESC' }, take: 3 });
    expect(audit.map((row) => row.entityId).sort()).toEqual(
      [String(rudi.id), String(p.staffA1.id)].sort(),
    );
    // The moved row went through the mutasi: its audit row and job history, TMT the import day.
    const today = jakartaDate(new Date());
    expect(
      await t.db.dataSource
        .getRepository(AuditLog)
        .findOneByOrFail({ action: 'employee.move', entityId: String(p.staffA2.id) }),
    ).toMatchObject({ reason: `SK Impor data pegawai ${today}` });
    expect(
      await t.db.dataSource.getRepository(JobHistory).findBy({ employeeId: p.staffA2.id }),
    ).toEqual([
      expect.objectContaining({
        unitId: t.org.units.unitB.id,
        startsOn: today,
        endsOn: null,
        decreeNumber: `Impor data pegawai ${today}`,
      }),
    ]);

    // The same file again changes nothing: every row is UNCHANGED.
    const again = await run({ fileName: 'siasn.xlsx', contentBase64: await mixedFile() });
    expect(again.data!.importRoster).toMatchObject({ unchangedRows: 4, created: 0 });
    expect((await counts()).snapshot).toEqual(after.snapshot);
  });

  it('reads CSV with semicolons and the template headers too', async () => {
    const headers = [
      'NIP',
      'Nama',
      'Tanggal Lahir',
      'Jenis Kelamin',
      'Gol. Ruang',
      'Jabatan',
      'Unit Kerja',
      'Status Kepegawaian',
      'No HP',
    ];
    const staffB1 = await t.db.dataSource
      .getRepository(Employee)
      .findOneByOrFail({ id: t.org.people.staffB1.id });
    const rows: Cell[][] = [
      [
        staffB1.nip,
        staffB1.name,
        staffB1.birthDate,
        'L',
        staffB1.rank,
        'Pengadministrasi Umum',
        'Seksi Trantib',
        'PNS',
        staffB1.phone,
      ],
    ];
    const result = await run({ fileName: 'roster.CSV', contentBase64: csvOf(headers, rows) }, true);
    expect(result.errors).toBeUndefined();
    expect(result.data!.importRoster.entries).toEqual([
      expect.objectContaining({ line: 2, status: 'UNCHANGED', problems: [] }),
    ]);
  });

  it('exports the roster as xlsx that re-imports as UNCHANGED, and serves the template', async () => {
    const response = await get('/exports/roster.xlsx', 'admin');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Daftar_Pegawai_\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const body = Buffer.from(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as never);
    const sheet = workbook.getWorksheet('Pegawai')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('NIP');
    const active = await t.db.dataSource.getRepository(Employee).countBy({ active: true });
    expect(sheet.actualRowCount).toBe(active + 1);
    const readAudit = await t.db.dataSource
      .getRepository(AuditLog)
      .findOne({ where: { action: 'document.read', entityId: 'roster' }, order: { id: 'DESC' } });
    expect(readAudit?.after).toMatchObject({ kind: 'ROSTER', rows: active });

    const before = await counts();
    const again = await run(
      { fileName: 'Daftar_Pegawai.xlsx', contentBase64: body.toString('base64') },
      false,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.importRoster).toMatchObject({ rows: active, unchangedRows: active });
    expect(await counts()).toEqual(before);

    const template = await get('/exports/roster-template.xlsx', 'admin');
    expect(template.status).toBe(200);
    expect(template.headers.get('content-disposition')).toBe(
      'attachment; filename="Template_Impor_Pegawai.xlsx"',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await template.arrayBuffer()) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Pegawai',
      'Petunjuk',
      'Daftar Unit',
      'Daftar Jabatan',
    ]);
    expect(book.getWorksheet('Pegawai')!.actualRowCount).toBe(2);
    // The template's own example row is a clean NEW row.
    const example = await run(
      {
        fileName: 'template.xlsx',
        contentBase64: Buffer.from(
          await (await get('/exports/roster-template.xlsx', 'admin')).arrayBuffer(),
        ).toString('base64'),
      },
      true,
    );
    expect(example.data!.importRoster.entries).toEqual([
      expect.objectContaining({ status: 'NEW', problems: [] }),
    ]);
  });

  it('reads a closed unit as unknown', async () => {
    await t.db.dataSource.getRepository(OrgUnit).insert({
      name: 'Seksi Lama',
      parentId: t.org.units.root.id,
      depth: 1,
      sortOrder: 9,
      closedAt: new Date(),
    });
    const result = await run(
      {
        fileName: 'siasn.xlsx',
        contentBase64: await xlsxOf(SIASN_HEADERS, [
          newcomerRow(905, { 'UNOR NAMA': 'Seksi Lama' }),
        ]),
      },
      true,
    );
    expect(
      result.data!.importRoster.entries[0].problems.map((p: { reason: string }) => p.reason),
    ).toEqual(['UNIT_NAME_UNKNOWN']);
  });

  it('refuses bad files with a machine reason, never a server error', async () => {
    const reasonOf = async (file: { fileName: string; contentBase64: string }) => {
      const result = await run(file, true);
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      const [field] = result.errors![0].extensions!.fields as { field: string; reason: string }[];
      expect(field.field).toBe('file');
      return field.reason;
    };
    const text = (value: string) => Buffer.from(value).toString('base64');
    expect(await reasonOf({ fileName: 'roster.pdf', contentBase64: text('%PDF-1.4') })).toBe(
      'FILE_TYPE_UNSUPPORTED',
    );
    expect(await reasonOf({ fileName: 'roster.xlsx', contentBase64: text('NIP,Nama') })).toBe(
      'FILE_TYPE_UNSUPPORTED',
    );
    expect(
      await reasonOf({
        fileName: 'roster.xlsx',
        contentBase64: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 1)]).toString(
          'base64',
        ),
      }),
    ).toBe('FILE_UNREADABLE');
    expect(await reasonOf({ fileName: 'roster.csv', contentBase64: '***' })).toBe(
      'FILE_NOT_BASE64',
    );
    expect(
      await reasonOf({
        fileName: 'roster.csv',
        contentBase64: Buffer.alloc(1024 * 1024 + 10, 65).toString('base64'),
      }),
    ).toBe('FILE_TOO_LARGE');
    const emptyBook = new ExcelJS.Workbook();
    emptyBook.addWorksheet('Pegawai');
    expect(
      await reasonOf({
        fileName: 'empty.xlsx',
        contentBase64: Buffer.from(await emptyBook.xlsx.writeBuffer()).toString('base64'),
      }),
    ).toBe('FILE_HEADER_MISSING');
    expect(
      await reasonOf({
        fileName: 'few.xlsx',
        contentBase64: await xlsxOf(['NIP', 'Nama'], [['1', 'A']]),
      }),
    ).toBe('CSV_COLUMNS_MISSING');
    expect(
      await reasonOf({
        fileName: 'header-only.xlsx',
        contentBase64: await xlsxOf(SIASN_HEADERS, []),
      }),
    ).toBe('CSV_EMPTY');
  });

  it('routes a MOVED row through the mutasi at its TMT Jabatan (CSV and xlsx): job history, SKP split, dry run shown', async () => {
    const ds = t.db.dataSource;
    const p = t.org.people;
    const cycleId = await createCycle(ds, 2026);
    const plan = await createApprovedPlan(ds, { employeeId: p.staffB1.id, cycleId });
    const headers = [...POST_HEADERS, 'Nomor SK Jabatan'];
    const staffB1 = await ds.getRepository(Employee).findOneByOrFail({ id: p.staffB1.id });
    const rowTo = (unit: string, tmt: Cell, decree: Cell = 'SK 821/45/436.11/2026') => [
      staffB1.nip,
      staffB1.name,
      staffB1.birthDate,
      'L',
      staffB1.rank,
      'Pengadministrasi Umum',
      unit,
      'PNS',
      tmt,
      decree,
    ];
    const history = () =>
      ds
        .getRepository(JobHistory)
        .find({ where: { employeeId: p.staffB1.id }, order: { id: 'ASC' } });
    await t.client.on('2026-06-10', async () => {
      const csv = {
        fileName: 'mutasi.csv',
        contentBase64: csvOf(headers, [rowTo('Seksi Pelayanan', '01-06-2026')]),
      };
      const dry = await run(csv, true);
      expect(dry.errors).toBeUndefined();
      expect(dry.data!.importRoster.entries).toEqual([
        expect.objectContaining({ status: 'MOVED', tmt: '2026-06-01', problems: [] }),
      ]);
      expect(await history()).toEqual([]);

      const real = await run(csv);
      expect(real.errors).toBeUndefined();
      expect(real.data!.importRoster.movedRows).toBe(1);
      expect(await history()).toEqual([
        expect.objectContaining({
          unitId: t.org.units.unitA.id,
          startsOn: '2026-06-01',
          endsOn: null,
          decreeNumber: 'SK 821/45/436.11/2026',
          supervisorId: p.kasiA.id,
        }),
      ]);
      // The SKP split at the TMT: the old one closes the day before, a new one starts with kasiA.
      const plans = await ds
        .getRepository(PerformancePlan)
        .find({ where: { employeeId: p.staffB1.id }, order: { sequence: 'ASC' } });
      expect(
        plans.map((row) => [row.id === plan.planId, row.sequence, row.startsOn, row.endsOn]),
      ).toEqual([
        [true, 1, null, '2026-05-31'],
        [false, 2, '2026-06-01', null],
      ]);
      expect(plans[1].evaluatorId).toBe(p.kasiA.id);

      // An xlsx with the TMT as an Excel date moves them back; a TMT after today is the row's error.
      const back = await run({
        fileName: 'mutasi.xlsx',
        contentBase64: await xlsxOf(headers, [
          rowTo('Seksi Trantib', new Date(Date.UTC(2026, 5, 8)), null),
        ]),
      });
      expect(back.errors).toBeUndefined();
      expect(back.data!.importRoster.entries[0]).toMatchObject({
        status: 'MOVED',
        tmt: '2026-06-08',
      });
      expect(
        (await history()).map((row) => [row.unitId, row.startsOn, row.endsOn, row.decreeNumber]),
      ).toEqual([
        [t.org.units.unitA.id, '2026-06-01', '2026-06-07', 'SK 821/45/436.11/2026'],
        [t.org.units.unitB.id, '2026-06-08', null, 'Impor data pegawai 2026-06-10'],
      ]);
      const future = await run(
        {
          fileName: 'mutasi.xlsx',
          contentBase64: await xlsxOf(headers, [rowTo('Seksi Pelayanan', '2026-07-01')]),
        },
        true,
      );
      expect(future.data!.importRoster.entries[0]).toMatchObject({ status: 'ERROR' });
      expect(
        future.data!.importRoster.entries[0].problems.map(
          (problem: { field: string; column: string; reason: string }) => [
            problem.field,
            problem.column,
            problem.reason,
          ],
        ),
      ).toEqual([['tmt', 'TMT Jabatan', 'TMT_IN_FUTURE']]);
      expect(await history()).toHaveLength(2);
    });
  });

  it('opens a newcomer’s riwayat jabatan on their TMT Jabatan (their SKP of the year starts on it), and refuses one after today', async () => {
    const ds = t.db.dataSource;
    const headers = POST_HEADERS;
    const newcomer = (sequence: number, tmt: Cell) => [
      newNip(sequence),
      'Sari Pindahan',
      '21-07-1990',
      'L',
      'III/a',
      'Pengadministrasi Umum',
      'Seksi Trantib',
      'PNS',
      tmt,
    ];
    const historyOf = async (nip: string) => {
      const employee = await ds.getRepository(Employee).findOneBy({ nip });
      return employee
        ? (await ds.getRepository(JobHistory).findBy({ employeeId: employee.id })).map((row) => [
            row.kind,
            row.startsOn,
            row.endsOn,
            row.unitId,
          ])
        : null;
    };
    await t.client.on('2026-08-20', async () => {
      const future = await run(
        { fileName: 'baru.csv', contentBase64: csvOf(headers, [newcomer(961, '21-08-2026')]) },
        true,
      );
      expect(future.errors).toBeUndefined();
      expect(future.data!.importRoster.entries[0]).toMatchObject({ status: 'ERROR' });
      expect(
        future.data!.importRoster.entries[0].problems.map(
          (problem: { field: string; column: string; reason: string }) => [
            problem.field,
            problem.column,
            problem.reason,
          ],
        ),
      ).toEqual([['tmt', 'TMT Jabatan', 'TMT_IN_FUTURE']]);
      expect(await historyOf(newNip(961))).toBeNull();

      const imported = await run({
        fileName: 'baru.csv',
        contentBase64: csvOf(headers, [newcomer(962, '03-08-2026'), newcomer(963, '')]),
      });
      expect(imported.errors).toBeUndefined();
      expect(
        imported.data!.importRoster.entries.map((entry: { status: string; tmt: string | null }) => [
          entry.status,
          entry.tmt,
        ]),
      ).toEqual([
        ['NEW', '2026-08-03'],
        ['NEW', null],
      ]);
      expect(await historyOf(newNip(962))).toEqual([
        ['PENGANGKATAN', '2026-08-03', null, t.org.units.unitB.id],
      ]);
      // Without a TMT nothing is known of their start: no history row (the SKP covers the year).
      expect(await historyOf(newNip(963))).toEqual([]);
    });
  });

  it('exports each employee’s current post (TMT and SK of their mutasi) in one statement, and re-imports every row as UNCHANGED', async () => {
    const ds = t.db.dataSource;
    const p = t.org.people;
    const staffA1 = await ds.getRepository(Employee).findOneByOrFail({ id: p.staffA1.id });
    await t.client.on('2026-11-20', async () => {
      const moved = await t.client.as('admin', MOVE, {
        input: {
          employeeId: String(staffA1.id),
          version: staffA1.version,
          tmt: '2026-11-02',
          decreeNumber: 'SK 821/77/436.11/2026',
          unitId: String(t.org.units.unitB.id),
        },
      });
      expect(moved.errors).toBeUndefined();
    });

    const exported = async () => {
      const response = await get('/exports/roster.xlsx', 'admin');
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as never);
      const sheet = workbook.getWorksheet('Pegawai')!;
      const headers = (sheet.getRow(1).values as unknown[]).map(String);
      const post = new Map<string, { tmt: unknown; decree: unknown }>();
      sheet.eachRow((row, line) => {
        if (line === 1) return;
        post.set(row.getCell(1).text, {
          tmt: row.getCell(headers.indexOf('TMT Jabatan')).value,
          decree: row.getCell(headers.indexOf('Nomor SK Jabatan')).value,
        });
      });
      return { body, post };
    };
    const { body, post } = await exported();
    expect(post.get(staffA1.nip)).toEqual({
      tmt: new Date('2026-11-02T00:00:00Z'),
      decree: 'SK 821/77/436.11/2026',
    });
    // Nobody else has a job history here but staffB1 (moved by the import above): no TMT, no SK.
    expect(post.get(p.kasiA.nip)).toEqual({ tmt: null, decree: null });

    const active = await ds.getRepository(Employee).countBy({ active: true });
    const before = await counts();
    const again = await run(
      { fileName: 'Daftar_Pegawai.xlsx', contentBase64: body.toString('base64') },
      true,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.importRoster).toMatchObject({
      rows: active,
      unchangedRows: active,
      movedRows: 0,
      errorRows: 0,
    });
    expect(
      again.data!.importRoster.entries.filter(
        (entry: { status: string }) => entry.status !== 'UNCHANGED',
      ),
    ).toEqual([]);
    expect(await counts()).toEqual(before);

    // However many histories there are, the export reads them in the same statements.
    const context = createContext({
      dataSource: ds,
      viewer: await t.client.viewer('admin'),
      clientAddress: '127.0.0.1',
    });
    const statements = async () => {
      t.db.queries.reset();
      await t.client.server.services.rosterExport.roster(context);
      return t.db.queries.count;
    };
    const few = await statements();
    const withHistory = new Set(
      (await ds.getRepository(JobHistory).find()).map((row) => row.employeeId),
    );
    const others = (await ds.getRepository(Employee).findBy({ active: true })).filter(
      (employee) => !withHistory.has(employee.id),
    );
    expect(others.length).toBeGreaterThan(3);
    await ds.getRepository(JobHistory).insert(
      others.map((employee) => ({
        employeeId: employee.id,
        unitId: employee.unitId,
        positionId: employee.positionId,
        rank: employee.rank,
        supervisorId: employee.supervisorId,
        kind: JobChangeKind.PENGANGKATAN,
        startsOn: '2015-03-01',
        endsOn: null,
        decreeNumber: `SK ${employee.id}/2015`,
      })),
    );
    expect(await statements()).toBe(few);
    expect((await exported()).post.get(others[0].nip)).toEqual({
      tmt: new Date('2015-03-01T00:00:00Z'),
      decree: `SK ${others[0].id}/2015`,
    });
  });

  it('lets only HR import, export and download the template', async () => {
    const file = { fileName: 'siasn.xlsx', contentBase64: await xlsxOf(SIASN_HEADERS, []) };
    for (const viewer of ['camat', 'analis', t.org.people.kasiA.nip, t.org.people.staffA1.nip]) {
      const result = await t.client.as(viewer, IMPORT_ROSTER, { file, dryRun: true });
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect(result.errors![0].extensions!.reason).toBe('EMPLOYEE_IMPORT_FORBIDDEN');
    }
    for (const url of ['/exports/roster.xlsx', '/exports/roster-template.xlsx']) {
      for (const viewer of ['camat', 'analis', t.org.people.kasiA.nip]) {
        const response = await get(url, viewer);
        expect(response.status).toBe(403);
        expect(await response.json()).toMatchObject({
          errors: [{ extensions: { code: 'FORBIDDEN', reason: 'ROSTER_EXPORT_FORBIDDEN' } }],
        });
      }
      expect((await get(url)).status).toBe(401);
    }
  });
});
