import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { FIXTURE_PASSWORD, newEmployeeInput } from '../../../testing/fixtures';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { Account } from '../../account/account.entity';
import { Employee } from '../employee.entity';
import { EmployeeSeparation } from '../employee-separation.entity';
import { Gender } from '../org.enums';

const CREATE =
  'mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id nip oneTimePassword account { username roles mustChangePassword } } }';
const EMPLOYEE =
  'query ($id: ID!) { employee(id: $id) { id active version oneTimePassword account { username active } separation { kind effectiveDate reason decreeNumber } } }';
const DEACTIVATE =
  'mutation ($id: ID!, $input: DeactivateEmployeeInput!) { deactivateEmployee(id: $id, input: $input) { id active version } }';
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

const reasonOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.reason;
const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string; reason: string }[]).map(
    (problem) => `${problem.field}:${problem.reason}`,
  );

describe.each(DRIVERS)('employee lifecycle with accounts on %s', (kind) => {
  const t = useSmallOrg(kind);
  const counts = async () => ({
    employees: await t.db.dataSource.getRepository(Employee).count(),
    accounts: await t.db.dataSource.getRepository(Account).count(),
    separations: await t.db.dataSource.getRepository(EmployeeSeparation).count(),
    audit: await t.db.dataSource.getRepository(AuditLog).count(),
  });
  let sequence = 700;
  function newEmployee(overrides: Record<string, unknown> = {}) {
    sequence += 1;
    return {
      ...newEmployeeInput(t.org, {
        sequence,
        name: 'Dimas Pegawai Baru',
        gender: Gender.LAKI_LAKI,
        birthDate: '1992-02-20',
        appointment: '2019-01',
      }),
      ...overrides,
    };
  }
  const separation = (version: number, overrides: Record<string, unknown> = {}) => ({
    version,
    kind: 'PENSIUN_BATAS_USIA',
    effectiveDate: '2026-01-01',
    reason: 'Mencapai batas usia pensiun',
    decreeNumber: 'SK 800/123/436.7/2025',
    ...overrides,
  });

  it('creates the account with the employee: username NIP, one-time password shown once, forced change', async () => {
    const before = await counts();
    const input = newEmployee();
    const created = await t.client.as('admin', CREATE, { input });
    expect(created.errors).toBeUndefined();
    const oneTime = created.data?.createEmployee.oneTimePassword as string;
    expect(oneTime).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    expect(created.data?.createEmployee.account).toEqual({
      username: input.nip,
      roles: ['EMPLOYEE'],
      mustChangePassword: true,
    });
    expect(await counts()).toEqual({
      ...before,
      employees: before.employees + 1,
      accounts: before.accounts + 1,
      audit: before.audit + 2,
    });
    const account = await t.db.dataSource
      .getRepository(Account)
      .findOneByOrFail({ username: input.nip });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    // Never again: reading the employee gives no password.
    const read = await t.client.as('admin', EMPLOYEE, { id: created.data?.createEmployee.id });
    expect(read.data?.employee.oneTimePassword).toBeNull();
    const login = await t.client.run(null, LOGIN, { u: input.nip, p: oneTime });
    expect(login.errors).toBeUndefined();
    const viewer = await t.client.server.services.auth.viewerFromToken(login.data?.login.token);
    expect(viewer.mustChangePassword).toBe(true);
  });

  it('writes neither employee nor account on bad input, and keeps the fields named', async () => {
    const before = await counts();
    const result = await t.client.as('admin', CREATE, {
      input: newEmployee({ birthDate: '1992-02-21', gender: 'PEREMPUAN' }),
    });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(result).sort()).toEqual([
      'birthDate:NIP_BIRTH_DATE_MISMATCH',
      'gender:NIP_GENDER_MISMATCH',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('shows the account and separation to HR only', async () => {
    const id = String(t.org.people.staffA1.id);
    for (const who of ['camat', t.org.people.kasiA.nip, t.org.people.staffA1.nip]) {
      const result = await t.client.as(who, EMPLOYEE, { id });
      expect(result.data?.employee.account).toBeNull();
      expect(result.errors?.map((e) => e.path?.join('.'))).toEqual(
        expect.arrayContaining(['employee.account', 'employee.separation']),
      );
    }
    const hr = await t.client.as('admin', EMPLOYEE, { id });
    expect(hr.errors).toBeUndefined();
    expect(hr.data?.employee.account).toEqual({
      username: t.org.people.staffA1.nip,
      active: true,
    });
  });

  it.each(['camat', 'analis', 'kasiA', 'self'])(
    'refuses %s deactivating an employee',
    async (who) => {
      const username =
        who === 'kasiA' ? t.org.people.kasiA.nip : who === 'self' ? t.org.people.staffA2.nip : who;
      const before = await counts();
      const result = await t.client.as(username, DEACTIVATE, {
        id: String(t.org.people.staffA2.id),
        input: separation(1),
      });
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses an HR administrator recording their own leaving', async () => {
    const person = t.org.people.staffA2;
    const accounts = t.db.dataSource.getRepository(Account);
    await accounts.update({ employeeId: person.id }, { roles: ['EMPLOYEE', 'HR_ADMIN'] as never });
    const before = await counts();
    const result = await t.client.as(person.nip, DEACTIVATE, {
      id: String(person.id),
      input: separation(1),
    });
    expect(reasonOf(result)).toBe('EMPLOYEE_SELF_DEACTIVATE');
    expect(await counts()).toEqual(before);
    await accounts.update({ employeeId: person.id }, { roles: ['EMPLOYEE'] as never });
  });

  it('refuses bad separations naming the field, a stale version, and someone with reports', async () => {
    const id = String(t.org.people.staffB1.id);
    const before = await counts();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ kind: 'PERJANJIAN_KERJA_BERAKHIR' }, ['kind:SEPARATION_KIND_NOT_FOR_EMPLOYMENT_TYPE']],
      [{ effectiveDate: '2026-02-30' }, ['effectiveDate:INVALID_DATE']],
      [{ effectiveDate: '2999-01-01' }, ['effectiveDate:DATE_IN_FUTURE']],
      [{ reason: ' ' }, ['reason:LENGTH']],
      [{ decreeNumber: 'x'.repeat(101) }, ['decreeNumber:MAX_LENGTH']],
    ];
    for (const [overrides, expected] of cases) {
      const result = await t.client.as('admin', DEACTIVATE, {
        id,
        input: separation(1, overrides),
      });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(expected);
    }
    const bogus = await t.client.as('admin', DEACTIVATE, {
      id,
      input: separation(1, { kind: 'DIPECAT' }),
    });
    expect(codesOf(bogus)).toEqual(['BAD_USER_INPUT']);
    const stale = await t.client.as('admin', DEACTIVATE, { id, input: separation(99) });
    expect(reasonOf(stale)).toBe('STALE_VERSION');
    const head = await t.client.as('admin', DEACTIVATE, {
      id: String(t.org.people.kasiB.id),
      input: separation(1),
    });
    expect(codesOf(head)).toEqual(['CONFLICT']);
    expect(reasonOf(head)).toBe('HAS_ACTIVE_REPORTS');
    expect(await counts()).toEqual(before);
  });

  it('deactivates with a reason: the account ends at once with its tokens, in one transaction', async () => {
    const person = t.org.people.staffB1;
    const token = (
      await t.client.run<{ login: { token: string } }>(null, LOGIN, {
        u: person.nip,
        p: FIXTURE_PASSWORD,
      })
    ).data!.login.token;
    const before = await counts();
    const current = await t.db.dataSource
      .getRepository(Employee)
      .findOneByOrFail({ id: person.id });
    const result = await t.client.as('admin', DEACTIVATE, {
      id: String(person.id),
      input: separation(current.version, { kind: 'MENINGGAL_DUNIA', decreeNumber: null }),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.deactivateEmployee).toMatchObject({
      active: false,
      version: current.version + 1,
    });
    expect(await counts()).toEqual({
      ...before,
      separations: before.separations + 1,
      audit: before.audit + 2,
    });
    await expect(t.client.server.services.auth.viewerFromToken(token)).rejects.toMatchObject({
      extensions: { reason: 'ACCOUNT_INACTIVE' },
    });
    const relogin = await t.client.run(null, LOGIN, { u: person.nip, p: FIXTURE_PASSWORD });
    expect(codesOf(relogin)).toEqual(['UNAUTHENTICATED']);
    const read = await t.client.as('admin', EMPLOYEE, { id: String(person.id) });
    expect(read.data?.employee).toMatchObject({
      active: false,
      account: { active: false },
      separation: {
        kind: 'MENINGGAL_DUNIA',
        effectiveDate: '2026-01-01',
        reason: 'Mencapai batas usia pensiun',
        decreeNumber: null,
      },
    });
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .findOneByOrFail({ action: 'employee.deactivate', entityId: String(person.id) });
    expect(audit.reason).toBe('MENINGGAL_DUNIA: Mencapai batas usia pensiun');
    const again = await t.client.as('admin', DEACTIVATE, {
      id: String(person.id),
      input: separation(current.version + 1),
    });
    expect(reasonOf(again)).toBe('EMPLOYEE_ALREADY_INACTIVE');
  });
});
