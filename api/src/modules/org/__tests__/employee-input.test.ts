import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { Employee } from '../employee.entity';
import { EmploymentType, Gender } from '../org.enums';
import { buildNip } from '../utils/nip.util';

const SEARCH = 'query ($search: String) { employees(filter: { search: $search }) { totalCount } }';
const CREATE = 'mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }';
const UPDATE =
  'mutation ($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { version } }';
const fieldsOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.fields;

describe.each(DRIVERS)('employee input checks on %s', (kind) => {
  const t = useSmallOrg(kind);
  const search = async (text: string) => t.client.as('admin', SEARCH, { search: text });
  const counts = async () => ({
    employees: await t.db.dataSource.getRepository(Employee).count(),
    audit: await t.db.dataSource.getRepository(AuditLog).count(),
  });

  describe('search', () => {
    it('caps the search at 100 characters, naming filter.search, instead of failing', async () => {
      for (const text of ['a'.repeat(101), 'a'.repeat(1_000_000)]) {
        const result = await search(text);
        expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(result)).toEqual([
          {
            field: 'filter.search',
            reason: 'MAX_LENGTH',
            message: 'must be at most 100 characters',
            params: { max: 100 },
          },
        ]);
        expect(result.data ?? null).toBeNull();
      }
      const longest = await search('a'.repeat(100));
      expect(longest.errors).toBeUndefined();
      expect(longest.data?.employees.totalCount).toBe(0);
    });

    it('rejects control characters: a NUL must not match everyone', async () => {
      for (const text of ['\u0000', 'Dewi\u0000', '\u0000%']) {
        const result = await search(text);
        expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(result)).toEqual([
          {
            field: 'filter.search',
            reason: 'CONTROL_CHARACTERS',
            message: 'must not contain control characters',
          },
        ]);
      }
    });

    it('matches LIKE wildcards literally and still finds by name and NIP prefix', async () => {
      for (const text of ['%', '_', '!', '\\', '%%', '_%_'])
        expect((await search(text)).data?.employees.totalCount).toBe(0);
      expect((await search('  Dewi ')).data?.employees.totalCount).toBe(1);
      const nip = t.org.people.staffA1.nip;
      expect((await search(nip.slice(0, 12))).data?.employees.totalCount).toBe(1);
      expect((await search('')).data?.employees.totalCount).toBe(6);
    });
  });

  describe('birth date', () => {
    const input = (birthDate: string) => {
      const nipBirthDate = '1990-06-15';
      return {
        nip: buildNip({
          birthDate: nipBirthDate,
          appointment: '2015-03',
          gender: Gender.PEREMPUAN,
          sequence: 901,
          employmentType: EmploymentType.PNS,
        }),
        name: 'Rina Tanggal',
        gender: 'PEREMPUAN',
        birthDate,
        employmentType: 'PNS',
        rank: 'III/a',
        positionId: String(t.org.positions.staffPosition.id),
        unitId: String(t.org.units.unitA.id),
        supervisorId: String(t.org.people.kasiA.id),
      };
    };

    it('is checked as a calendar date on create and update, changing nothing', async () => {
      const before = await counts();
      for (const birthDate of ['1990-02-30', '1990-13-45', '1990-06-31', '0990-06-15']) {
        const created = await t.client.as('admin', CREATE, { input: input(birthDate) });
        expect(codesOf(created)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(created)).toEqual([
          { field: 'birthDate', reason: 'INVALID_DATE', message: 'must be a date as YYYY-MM-DD' },
        ]);
        const updated = await t.client.as('admin', UPDATE, {
          id: String(t.org.people.staffA1.id),
          input: { version: 1, birthDate },
        });
        expect(codesOf(updated)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(updated)).toEqual([
          { field: 'birthDate', reason: 'INVALID_DATE', message: 'must be a date as YYYY-MM-DD' },
        ]);
      }
      expect(await counts()).toEqual(before);
      const staffA1 = await t.db.dataSource
        .getRepository(Employee)
        .findOneByOrFail({ id: t.org.people.staffA1.id });
      expect(staffA1.version).toBe(1);
    });
  });

  describe('name', () => {
    it('refuses control characters and right-to-left overrides, changing nothing', async () => {
      const before = await counts();
      for (const name of ['Budi\u0000', 'Budi \u001b[31mmerah', 'Budi \u202eotnaS']) {
        const updated = await t.client.as('admin', UPDATE, {
          id: String(t.org.people.staffA1.id),
          input: { version: 1, name },
        });
        expect(codesOf(updated)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(updated)).toEqual([
          {
            field: 'name',
            reason: 'CONTROL_CHARACTERS',
            message: 'must not contain control characters',
          },
        ]);
      }
      expect(await counts()).toEqual(before);
      const staffA1 = await t.db.dataSource
        .getRepository(Employee)
        .findOneByOrFail({ id: t.org.people.staffA1.id });
      expect([staffA1.name, staffA1.version]).toEqual([t.org.people.staffA1.name, 1]);
      const renamed = await t.client.as('admin', UPDATE, {
        id: String(t.org.people.staffA1.id),
        input: { version: 1, name: 'Budi Santoso, S.Sos.' },
      });
      expect(renamed.errors).toBeUndefined();
    });
  });
});
