import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { newEmployeeInput } from '../../../testing/fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Employee, ReportingLine } from '../employee.entity';
import { EmploymentType, Gender } from '../org.enums';
import { buildNip } from '../utils/nip.util';

const CREATE =
  'mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id nip name rank pangkat supervisor { id } unit { id } version } }';
const UPDATE =
  'mutation ($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id name phone email version supervisor { id } } }';

describe.each(DRIVERS)('employee mutations on %s', (kind) => {
  const t = useSmallOrg(kind);
  const counts = async () => ({
    employees: await t.db.dataSource.getRepository(Employee).count(),
    audit: await t.db.dataSource.getRepository(AuditLog).count(),
    lines: await t.db.dataSource.getRepository(ReportingLine).count(),
  });
  const fields = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[])
      .map((f) => f.field)
      .sort();

  let sequence = 500;
  function validInput(overrides: Record<string, unknown> = {}) {
    sequence += 1;
    return {
      ...newEmployeeInput(t.org, {
        sequence,
        name: 'Rina Pegawai Baru',
        unit: 'unitA',
        supervisor: 'kasiA',
      }),
      email: 'Rina.Baru@Uji.go.id',
      phone: '081234567890',
      ...overrides,
    };
  }

  it('lets HR create an employee, with the reporting line and an audit row in the same transaction', async () => {
    const before = await counts();
    const input = validInput();
    const result = await t.client.as('admin', CREATE, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createEmployee).toMatchObject({
      nip: input.nip,
      pangkat: 'Penata Muda',
      supervisor: { id: String(t.org.people.kasiA.id) },
      version: 1,
    });
    const id = Number(result.data?.createEmployee.id);
    const chain = await t.db.dataSource
      .getRepository(ReportingLine)
      .find({ where: { descendantId: id }, order: { depth: 'ASC' } });
    expect(chain.map((line) => [line.ancestorId, line.depth])).toEqual([
      [id, 0],
      [t.org.people.kasiA.id, 1],
      [t.org.people.camat.id, 2],
    ]);
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .findOneByOrFail({ entity: 'Employee', entityId: String(id), action: 'employee.create' });
    expect(audit.actorAccountId).toBe((await t.client.viewer('admin')).accountId);
    expect(audit.after).toMatchObject({ nip: input.nip, email: 'rina.baru@uji.go.id' });
    expect(await counts()).toEqual({
      employees: before.employees + 1,
      // employee.create and account.create (the login account comes with the employee)
      audit: before.audit + 2,
      lines: before.lines + 3,
    });
  });

  const invalid: [string, () => Record<string, unknown>, string[]][] = [
    ['NIP of 17 digits', () => validInput({ nip: '19900615201503200' }), ['nip']],
    ['NIP with letters', () => validInput({ nip: '1990061520150320AB' }), ['nip']],
    [
      'NIP with an impossible birth date',
      () => validInput({ nip: '199013452015032001', birthDate: '1990-13-45' }),
      ['birthDate', 'nip'],
    ],
    ['NIP with gender digit 3', () => validInput({ nip: '199006152015033001' }), ['nip']],
    ['NIP with a TMT month 13', () => validInput({ nip: '199006152015132001' }), ['nip']],
    [
      'birth date not matching the NIP',
      () => validInput({ birthDate: '1991-06-15' }),
      ['birthDate'],
    ],
    ['gender not matching the NIP', () => validInput({ gender: 'LAKI_LAKI' }), ['gender']],
    [
      'a pelaksana as atasan langsung (a pejabat penilai is at least PENGAWAS)',
      () => validInput({ supervisorId: String(t.org.people.staffA1.id) }),
      ['supervisorId'],
    ],
    [
      'PNS rank for a PPPK',
      () => validInput({ employmentType: 'PPPK', rank: 'III/a' }),
      ['nip', 'rank'],
    ],
    ['unknown rank', () => validInput({ rank: 'V/a' }), ['rank']],
    [
      'unknown unit and position',
      () => validInput({ unitId: '9999', positionId: '9999' }),
      ['positionId', 'unitId'],
    ],
    ['unknown supervisor', () => validInput({ supervisorId: '9999' }), ['supervisorId']],
    [
      'no supervisor below the kecamatan head',
      () => validInput({ supervisorId: null }),
      ['supervisorId'],
    ],
    [
      'bad email and phone',
      () => validInput({ email: 'not-an-email', phone: '12ab' }),
      ['email', 'phone'],
    ],
    ['empty name', () => validInput({ name: ' ' }), ['name']],
  ];

  it.each(invalid)(
    'refuses %s with BAD_USER_INPUT naming the fields, writing nothing',
    async (_case, input, expected) => {
      const before = await counts();
      const result = await t.client.as('admin', CREATE, { input: input() });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fields(result)).toEqual(expected);
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses a NIP that is already used', async () => {
    const before = await counts();
    const existing = t.org.people.staffA1;
    const result = await t.client.as('admin', CREATE, {
      input: validInput({
        nip: existing.nip,
        birthDate: (
          await t.db.dataSource.getRepository(Employee).findOneByOrFail({ id: existing.id })
        ).birthDate,
        gender: 'PEREMPUAN',
      }),
    });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(fields(result)).toContain('nip');
    expect(await counts()).toEqual(before);
  });

  it('accepts a valid PPPK', async () => {
    const nip = buildNip({
      birthDate: '1995-02-03',
      appointment: '2022',
      gender: Gender.LAKI_LAKI,
      sequence: 7,
      employmentType: EmploymentType.PPPK,
    });
    const result = await t.client.as('admin', CREATE, {
      input: validInput({
        nip,
        birthDate: '1995-02-03',
        gender: 'LAKI_LAKI',
        employmentType: 'PPPK',
        rank: 'VII',
      }),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createEmployee.pangkat).toBeNull();
  });

  it('lets nobody but HR create employees', async () => {
    for (const viewer of ['camat', 'analis', t.org.people.kasiA.nip]) {
      const before = await counts();
      expect(codesOf(await t.client.as(viewer, CREATE, { input: validInput() }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await counts()).toEqual(before);
    }
  });

  async function current(id: number) {
    return t.db.dataSource.getRepository(Employee).findOneByOrFail({ id });
  }

  it('lets employees change their own phone and email only', async () => {
    const me = t.org.people.staffA2;
    const { version } = await current(me.id);
    const own = await t.client.as(me.nip, UPDATE, {
      id: String(me.id),
      input: { version, phone: '+6281399990000' },
    });
    expect(own.errors).toBeUndefined();
    expect(own.data?.updateEmployee).toMatchObject({
      phone: '+6281399990000',
      version: version + 1,
    });
    const rename = await t.client.as(me.nip, UPDATE, {
      id: String(me.id),
      input: { version: version + 1, name: 'Nama Lain' },
    });
    expect(codesOf(rename)).toEqual(['FORBIDDEN']);
    const colleague = await t.client.as(t.org.people.staffA1.nip, UPDATE, {
      id: String(me.id),
      input: { version: version + 1, phone: '0811111111' },
    });
    expect(codesOf(colleague)).toEqual(['FORBIDDEN']);
    const boss = await t.client.as(t.org.people.kasiA.nip, UPDATE, {
      id: String(me.id),
      input: { version: version + 1, phone: '0811111111' },
    });
    expect(codesOf(boss)).toEqual(['FORBIDDEN']);
    expect((await current(me.id)).phone).toBe('+6281399990000');
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const target = t.org.people.staffB1;
    const { version } = await current(target.id);
    expect(
      (
        await t.client.as('admin', UPDATE, {
          id: String(target.id),
          input: { version, name: 'Fajar Diperbarui' },
        })
      ).errors,
    ).toBeUndefined();
    const auditBefore = (await counts()).audit;
    const stale = await t.client.as('admin', UPDATE, {
      id: String(target.id),
      input: { version, name: 'Tertimpa' },
    });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(await current(target.id)).toMatchObject({
      name: 'Fajar Diperbarui',
      version: version + 1,
    });
    expect((await counts()).audit).toBe(auditBefore);
  });

  it('moves the reporting line with the supervisor, and the NIP permission follows it', async () => {
    const staff = t.org.people.staffA1;
    const nipOf = async (viewer: string) =>
      (await t.client.as(viewer, `{ employee(id: ${staff.id}) { nip } }`)).data?.employee.nip;
    expect(await nipOf(t.org.people.kasiA.nip)).toBe(staff.nip);
    expect(await nipOf(t.org.people.kasiB.nip)).toBeNull();
    const { version } = await current(staff.id);
    const moved = await t.client.as('admin', UPDATE, {
      id: String(staff.id),
      input: { version, supervisorId: String(t.org.people.kasiB.id) },
    });
    expect(moved.errors).toBeUndefined();
    expect(await nipOf(t.org.people.kasiA.nip)).toBeNull();
    expect(await nipOf(t.org.people.kasiB.nip)).toBe(staff.nip);
    const audit = await t.db.dataSource.getRepository(AuditLog).findOne({
      where: { entityId: String(staff.id), action: 'employee.update' },
      order: { id: 'DESC' },
    });
    expect(audit?.before).toMatchObject({ supervisorId: t.org.people.kasiA.id });
    expect(audit?.after).toMatchObject({ supervisorId: t.org.people.kasiB.id });
  });

  it('refuses a supervisor that would make a cycle, and self-supervision', async () => {
    const kasi = t.org.people.kasiB;
    const { version } = await current(kasi.id);
    const before = await counts();
    const cycle = await t.client.as('admin', UPDATE, {
      id: String(kasi.id),
      input: { version, supervisorId: String(t.org.people.staffB1.id) },
    });
    expect(codesOf(cycle)).toEqual(['BAD_USER_INPUT']);
    expect(fields(cycle)).toEqual(['supervisorId']);
    const self = await t.client.as('admin', UPDATE, {
      id: String(kasi.id),
      input: { version, supervisorId: String(kasi.id) },
    });
    expect(fields(self)).toEqual(['supervisorId']);
    expect(await counts()).toEqual(before);
    expect(await current(kasi.id)).toMatchObject({ supervisorId: t.org.people.camat.id, version });
  });

  it('refuses to deactivate someone who still has active reports', async () => {
    const kasi = t.org.people.kasiA;
    const { version } = await current(kasi.id);
    const result = await t.client.as('admin', UPDATE, {
      id: String(kasi.id),
      input: { version, active: false },
    });
    expect(fields(result)).toEqual(['active']);
    expect((await current(kasi.id)).active).toBe(true);
  });

  it('answers NOT_FOUND for an unknown employee and BAD_USER_INPUT for a malformed id', async () => {
    expect(codesOf(await t.client.as('admin', '{ employee(id: 99999) { id } }'))).toEqual([
      'NOT_FOUND',
    ]);
    const malformed = await t.client.as('admin', '{ employee(id: "abc") { id } }');
    expect(codesOf(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(fields(malformed)).toEqual(['id']);
  });
});
