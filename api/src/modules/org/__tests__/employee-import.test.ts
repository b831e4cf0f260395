import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { Employee, ReportingLine } from '../employee.entity';
import { EmploymentType, Gender } from '../org.enums';
import { buildNip } from '../utils/nip.util';

const IMPORT = `mutation ($csv: String!, $dryRun: Boolean) {
  importEmployees(csv: $csv, dryRun: $dryRun) { dryRun rows created problems { line field message } }
}`;
const IMPORT_WITH_ENTRIES = `mutation ($csv: String!, $dryRun: Boolean) {
  importEmployees(csv: $csv, dryRun: $dryRun) { created unchangedRows problems { field } entries { status } }
}`;
const HEADER =
  'nip,name,gender,birthDate,employmentType,rank,position,unit,supervisorNip,email,phone';

describe.each(DRIVERS)('importEmployees on %s', (kind) => {
  const t = useSmallOrg(kind);
  const counts = async () => ({
    employees: await t.db.dataSource.getRepository(Employee).count(),
    audit: await t.db.dataSource.getRepository(AuditLog).count(),
    lines: await t.db.dataSource.getRepository(ReportingLine).count(),
  });
  const nip = (sequence: number, gender = Gender.LAKI_LAKI) =>
    buildNip({
      birthDate: '1988-04-12',
      appointment: '2012-01',
      gender,
      sequence,
      employmentType: EmploymentType.PNS,
    });

  function csv(rows: string[]) {
    return [HEADER, ...rows].join('\n');
  }
  // A new head of section under the Camat and, on a later line, their own staff member.
  const goodRows = () => [
    `${nip(801)},"Hadi Santoso, S.Sos.",LAKI_LAKI,1988-04-12,PNS,III/c,Kepala Seksi,Seksi Trantib,${t.org.people.camat.nip},hadi@uji.go.id,081200000801`,
    `${nip(802, Gender.PEREMPUAN)},Indah Lestari,perempuan,1988-04-12,pns,II/b,Pengadministrasi Umum,seksi trantib,${nip(801)},,`,
  ];

  it('validates everything on a dry run and writes nothing', async () => {
    const before = await counts();
    const result = await t.client.as('admin', IMPORT, { csv: csv(goodRows()), dryRun: true });
    expect(result.errors).toBeUndefined();
    expect(result.data?.importEmployees).toEqual({
      dryRun: true,
      rows: 2,
      created: 0,
      problems: [],
    });
    expect(await counts()).toEqual(before);
  });

  it('reports each bad line and column on a dry run', async () => {
    const rows = [
      ...goodRows(),
      `${nip(803)},Joko,LAKI_LAKI,1999-01-01,PNS,III/a,Pengadministrasi Umum,Seksi Trantib,${nip(801)},,`,
      `${nip(804)},Kurniawan,LAKI_LAKI,1988-04-12,PNS,V/z,Jabatan Fiktif,Seksi Fiktif,999999999999999999,bukan-email,`,
    ];
    const result = await t.client.as('admin', IMPORT, { csv: csv(rows), dryRun: true });
    expect(result.data?.importEmployees.created).toBe(0);
    const problems = result.data?.importEmployees.problems.map(
      (p: { line: number; field: string }) => `${p.line}:${p.field}`,
    );
    expect(problems).toEqual(['4:birthDate', '5:unit', '5:position', '5:supervisorNip']);
  });

  it('refuses the whole file when any line is bad, naming line and field, and writes nothing', async () => {
    const before = await counts();
    const rows = [
      ...goodRows(),
      `${nip(805)},Lukman,LAKI_LAKI,1988-04-12,PNS,IV/z,Pengadministrasi Umum,Seksi Trantib,,,`,
    ];
    const result = await t.client.as('admin', IMPORT, { csv: csv(rows) });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'csv[line 4].rank',
        reason: 'RANK_NOT_FOR_EMPLOYMENT_TYPE',
        message: expect.any(String),
        params: { rank: 'IV/z', employmentType: 'PNS' },
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports a clean file with reporting lines and one audit row per employee', async () => {
    const before = await counts();
    const result = await t.client.as('admin', IMPORT, { csv: csv(goodRows()) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.importEmployees).toEqual({
      dryRun: false,
      rows: 2,
      created: 2,
      problems: [],
    });
    const staff = await t.db.dataSource
      .getRepository(Employee)
      .findOneByOrFail({ nip: nip(802, Gender.PEREMPUAN) });
    expect(staff).toMatchObject({ name: 'Indah Lestari', gender: 'PEREMPUAN', email: null });
    const chain = await t.db.dataSource
      .getRepository(ReportingLine)
      .find({ where: { descendantId: staff.id }, order: { depth: 'ASC' } });
    expect(chain.map((line) => line.depth)).toEqual([0, 1, 2]);
    expect(await counts()).toEqual({
      employees: before.employees + 2,
      // employee.import and account.create for each newcomer.
      audit: before.audit + 4,
      lines: before.lines + 5,
    });
    // Importing the same file again changes nothing: the NIPs are known and their rows match.
    const again = await t.client.as('admin', IMPORT_WITH_ENTRIES, {
      csv: csv(goodRows()),
      dryRun: true,
    });
    expect(again.data?.importEmployees).toMatchObject({
      created: 0,
      problems: [],
      unchangedRows: 2,
    });
    expect(again.data?.importEmployees.entries.map((e: { status: string }) => e.status)).toEqual([
      'UNCHANGED',
      'UNCHANGED',
    ]);
  });

  it('names a line whose name holds a right-to-left override, and writes nothing', async () => {
    const before = await counts();
    const [head, staff] = goodRows();
    const result = await t.client.as('admin', IMPORT, {
      csv: csv([head, staff.replace('Indah Lestari', 'Indah \u202eirastseL')]),
    });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(result.errors?.[0].extensions?.fields)).toContain('CONTROL_CHARACTERS');
    expect(await counts()).toEqual(before);
  });

  it('refuses malformed CSV, missing columns and non-HR callers', async () => {
    const malformed = await t.client.as('admin', IMPORT, { csv: 'nip,name\n"unterminated' });
    expect(codesOf(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(result(malformed)).toEqual(['csv']);
    const missing = await t.client.as('admin', IMPORT, { csv: 'nip,name\n1,2' });
    expect(missing.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'csv',
        reason: 'CSV_COLUMNS_MISSING',
        message: expect.stringContaining('gender'),
        // The titles as the file names them, with no English field names, for the sentence.
        params: expect.objectContaining({
          columns: expect.stringMatching(/^(?!.*\().*Jenis Kelamin.*$/),
        }),
      }),
    ]);
    for (const viewer of ['camat', 'analis', t.org.people.kasiA.nip]) {
      expect(
        codesOf(await t.client.as(viewer, IMPORT, { csv: csv(goodRows()), dryRun: true })),
      ).toEqual(['FORBIDDEN']);
    }
  });
});

function result(response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  return ((response.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map(
    (f) => f.field,
  );
}
