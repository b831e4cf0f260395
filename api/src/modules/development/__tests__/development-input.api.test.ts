import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { CycleStatus } from '../../cycle/cycle.enums';
import { DevelopmentActivity } from '../development-activity.entity';
import { TrainingProgram } from '../training-program.entity';

const PROGRAMS = `query ($filter: TrainingProgramFilter) {
  trainingPrograms(filter: $filter) { totalCount edges { node { code } } }
}`;
const CREATE_PROGRAM = `mutation ($input: TrainingProgramInput!) { createTrainingProgram(input: $input) { id } }`;
const ADD = `mutation ($input: AddDevelopmentActivityInput!) { addDevelopmentActivity(input: $input) { id dueDate version } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateDevelopmentActivityInput!) {
  updateDevelopmentActivity(id: $id, input: $input) { id dueDate version }
}`;
const fieldsOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.fields;

describe.each(DRIVERS)('development input checks on %s', (kind) => {
  const t = useSmallOrg(kind);
  const cycles = { y2025: 0, y2026: 0 };
  const dataSource = () => t.db.dataSource;
  const rows = async () => ({
    activities: await dataSource().getRepository(DevelopmentActivity).count(),
    audit: await dataSource().getRepository(AuditLog).count(),
  });
  const codes = (result: GraphQLResult) =>
    result.data?.trainingPrograms.edges.map((edge: { node: { code: string } }) => edge.node.code);
  const coaching = (extra: Record<string, unknown> = {}) => ({
    input: {
      employeeId: String(t.org.people.staffA1.id),
      cycleId: String(cycles.y2026),
      kind: 'COACHING',
      title: 'Pembinaan pelayanan loket',
      reason: 'Pelayanan loket perlu dibina kembali',
      jp: 2,
      ...extra,
    },
  });

  beforeAll(async () => {
    cycles.y2025 = await createCycle(dataSource(), 2025, CycleStatus.CALIBRATION);
    cycles.y2026 = await createCycle(dataSource(), 2026, CycleStatus.ACTIVE);
    for (const [code, title] of [
      ['PCT-01', 'Pelayanan 100% Prima'],
      ['UND-01', 'Modul_A Arsip Digital'],
      ['BSL-01', 'Naskah Dinas C:\\Surat'],
      ['EXC-01', 'Wow! Layanan Cepat'],
      ['PLN-01', 'Perencanaan Anggaran'],
    ]) {
      const created = await t.client.as('admin', CREATE_PROGRAM, {
        input: {
          code,
          title,
          description: 'Pelatihan untuk ASN Kecamatan Gayungan.',
          competencies: { coreValues: ['BERORIENTASI_PELAYANAN'], aspects: [] },
          hours: 8,
          provider: 'BPSDM Provinsi Jawa Timur',
          mode: 'CLASSROOM',
        },
      });
      expect(created.errors).toBeUndefined();
    }
  }, 60_000);

  describe('catalogue search', () => {
    it('matches %, _, \\ and ! literally', async () => {
      const found = async (search: string) =>
        codes(await t.client.as('admin', PROGRAMS, { filter: { search } }));
      expect(await found('%')).toEqual(['PCT-01']);
      expect(await found('100%')).toEqual(['PCT-01']);
      expect(await found('_')).toEqual(['UND-01']);
      expect(await found('\\')).toEqual(['BSL-01']);
      expect(await found('!')).toEqual(['EXC-01']);
      expect(await found('%%')).toEqual([]);
      expect(await found('p_n')).toEqual([]);
      expect(await found('  perencanaan ')).toEqual(['PLN-01']);
      expect(await found('pln-')).toEqual(['PLN-01']);
    });

    it('caps the search at 100 characters and rejects control characters, naming filter.search', async () => {
      for (const [search, reason] of [
        ['a'.repeat(101), 'MAX_LENGTH'],
        ['a'.repeat(1_000_000), 'MAX_LENGTH'],
        ['\u0000', 'CONTROL_CHARACTERS'],
        ['Pelayanan\u001b', 'CONTROL_CHARACTERS'],
      ]) {
        const result = await t.client.as('admin', PROGRAMS, { filter: { search } });
        expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(result)).toEqual([
          expect.objectContaining({ field: 'filter.search', reason }),
        ]);
      }
    });

    it('still filters by competency and mode', async () => {
      const byValue = await t.client.as('admin', PROGRAMS, {
        filter: { coreValue: 'BERORIENTASI_PELAYANAN' },
      });
      expect(byValue.data?.trainingPrograms.totalCount).toBe(5);
      const byAspect = await t.client.as('admin', PROGRAMS, { filter: { aspect: 'KUALITAS' } });
      expect(byAspect.data?.trainingPrograms.totalCount).toBe(0);
    });
  });

  describe('activity dates', () => {
    it('rejects an impossible due date as a field problem, not a server error', async () => {
      const before = await rows();
      for (const dueDate of ['2026-13-45', '2026-02-30', '2026-00-01', '31-12-2026']) {
        const result = await t.client.as('camat', ADD, coaching({ dueDate }));
        expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(result)).toEqual([
          { field: 'dueDate', reason: 'INVALID_DATE', message: 'must be a date as YYYY-MM-DD' },
        ]);
      }
      expect(await rows()).toEqual(before);
    });

    it('rejects a due date outside the year of the activity’s cycle', async () => {
      const before = await rows();
      for (const [cycleId, dueDate, year] of [
        [cycles.y2026, '2025-12-31', 2026],
        [cycles.y2026, '2027-01-01', 2026],
        [cycles.y2026, '2031-06-30', 2026],
        [cycles.y2025, '2026-03-31', 2025],
      ] as const) {
        const result = await t.client.as(
          'camat',
          ADD,
          coaching({ cycleId: String(cycleId), dueDate }),
        );
        expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(result)).toEqual([
          {
            field: 'dueDate',
            reason: 'DATE_RANGE',
            message: `must be within the ${year} cycle (${year}-01-01 to ${year}-12-31)`,
            params: { from: `${year}-01-01`, to: `${year}-12-31` },
          },
        ]);
      }
      expect(await rows()).toEqual(before);
      const inside = await t.client.as('camat', ADD, coaching({ dueDate: '2026-12-31' }));
      expect(inside.errors).toBeUndefined();
      expect(inside.data?.addDevelopmentActivity.dueDate).toBe('2026-12-31');
    });

    it('checks a changed due date the same way, changing nothing', async () => {
      const added = await t.client.as(
        'camat',
        ADD,
        coaching({ title: 'Pembinaan arsip', dueDate: '2026-06-30' }),
      );
      const id = added.data!.addDevelopmentActivity.id as string;
      const before = await rows();
      for (const [dueDate, reason, message] of [
        ['2026-13-45', 'INVALID_DATE', 'must be a date as YYYY-MM-DD'],
        ['2026-04-31', 'INVALID_DATE', 'must be a date as YYYY-MM-DD'],
        ['2027-01-15', 'DATE_RANGE', 'must be within the 2026 cycle (2026-01-01 to 2026-12-31)'],
      ]) {
        const result = await t.client.as('camat', UPDATE, { id, input: { version: 1, dueDate } });
        expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(result)).toEqual([
          expect.objectContaining({ field: 'dueDate', reason, message }),
        ]);
      }
      expect(await rows()).toEqual(before);
      const row = await dataSource()
        .getRepository(DevelopmentActivity)
        .findOneByOrFail({ id: Number(id) });
      expect([row.dueDate, row.version]).toEqual(['2026-06-30', 1]);
      const moved = await t.client.as('camat', UPDATE, {
        id,
        input: { version: 1, dueDate: '2026-09-30' },
      });
      expect(moved.data?.updateDevelopmentActivity).toMatchObject({
        dueDate: '2026-09-30',
        version: 2,
      });
    });
  });

  describe('over-long text', () => {
    it('caps a cancellation reason at 4000 characters instead of failing in the database', async () => {
      const added = await t.client.as('camat', ADD, coaching({ title: 'Pembinaan disiplin' }));
      const id = added.data!.addDevelopmentActivity.id as string;
      const before = await rows();
      const result = await t.client.as('camat', UPDATE, {
        id,
        input: { version: 1, status: 'CANCELLED', cancelReason: 'Dibatalkan. '.repeat(10_000) },
      });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual([
        {
          field: 'cancelReason',
          reason: 'MAX_LENGTH',
          message: 'must be at most 4000 characters',
          params: { max: 4000 },
        },
      ]);
      expect(await rows()).toEqual(before);
      const row = await dataSource()
        .getRepository(DevelopmentActivity)
        .findOneByOrFail({ id: Number(id) });
      expect([row.status, row.cancelReason, row.version]).toEqual(['PLANNED', null, 1]);
    });

    it('rejects control characters, which JSON spells in six bytes and would overflow the audit row', async () => {
      const unprintable = '\u0001'.repeat(4000);
      const before = await rows();
      const added = await t.client.as('camat', ADD, coaching({ reason: unprintable }));
      expect(codesOf(added)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(added)).toEqual([
        {
          field: 'reason',
          reason: 'CONTROL_CHARACTERS',
          message: 'must not contain control characters',
        },
      ]);
      expect(await rows()).toEqual(before);
      const ok = await t.client.as(
        'camat',
        ADD,
        coaching({ title: 'Pembinaan surat', reason: 'Baris satu\nbaris dua\tdengan tab' }),
      );
      expect(ok.errors).toBeUndefined();
      const id = ok.data!.addDevelopmentActivity.id as string;
      for (const [field, input] of [
        ['outcome', { version: 1, outcome: unprintable }],
        ['cancelReason', { version: 1, status: 'CANCELLED', cancelReason: unprintable }],
        ['title', { version: 1, title: 'Pembinaan\u0000' }],
      ] as const) {
        const result = await t.client.as('camat', UPDATE, { id, input });
        expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(result)).toEqual([
          { field, reason: 'CONTROL_CHARACTERS', message: 'must not contain control characters' },
        ]);
      }
      const row = await dataSource()
        .getRepository(DevelopmentActivity)
        .findOneByOrFail({ id: Number(id) });
      expect([row.status, row.outcome, row.version]).toEqual(['PLANNED', null, 1]);
    });
  });

  describe('null and unknown ids', () => {
    it('keeps a programme field sent as null, as one left out, and still changes the rest', async () => {
      const program = await dataSource()
        .getRepository(TrainingProgram)
        .findOneByOrFail({ code: 'PLN-01' });
      const result = await t.client.as(
        'admin',
        `mutation ($id: ID!, $input: TrainingProgramUpdate!) {
          updateTrainingProgram(id: $id, input: $input) { code title description provider hours mode version }
        }`,
        {
          id: String(program.id),
          input: {
            version: program.version,
            code: null,
            title: null,
            description: null,
            competencies: null,
            provider: null,
            mode: null,
            hours: 12,
          },
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateTrainingProgram).toEqual({
        code: 'PLN-01',
        title: 'Perencanaan Anggaran',
        description: program.description,
        provider: program.provider,
        hours: 12,
        mode: program.mode,
        version: program.version + 1,
      });
    });

    it('answers NOT_FOUND for a JP progress of a cycle or employee that does not exist', async () => {
      const progress = `query ($employeeId: ID!, $cycleId: ID!) {
        jpProgress(employeeId: $employeeId, cycleId: $cycleId) { year planned done }
      }`;
      const staffA1 = String(t.org.people.staffA1.id);
      for (const variables of [
        { employeeId: staffA1, cycleId: '999999' },
        { employeeId: '999999', cycleId: String(cycles.y2026) },
      ])
        expect(codesOf(await t.client.as('admin', progress, variables))).toEqual(['NOT_FOUND']);
      const known = await t.client.as('admin', progress, {
        employeeId: staffA1,
        cycleId: String(cycles.y2026),
      });
      expect(known.errors).toBeUndefined();
      expect(known.data?.jpProgress.year).toBe(2026);
    });
  });
});
