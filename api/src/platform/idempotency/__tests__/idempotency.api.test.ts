import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../config';
import { Feedback } from '../../../modules/feedback/feedback.entity';
import { TrainingProgram } from '../../../modules/development/training-program.entity';
import { PerformancePlan } from '../../../modules/plan/performance-plan.entity';
import { ActingAssignment } from '../../../modules/staffing/acting-assignment.entity';
import { JobHistory } from '../../../modules/staffing/job-history.entity';
import { CycleStatus } from '../../../modules/cycle/cycle.enums';
import { Employee } from '../../../modules/org/employee.entity';
import { createServer, type KinerjaServer } from '../../../server';
import { DRIVERS } from '../../../testing/databases';
import { FIXTURE_PASSWORD, newEmployeeInput } from '../../../testing/fixtures';
import { createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { closeGracefully } from '../../observability/shutdown';
import { IdempotencyKey } from '../idempotency-key.entity';
import { parse, type OperationDefinitionNode } from 'graphql';
import { Like } from 'typeorm';
import {
  canonicalJson,
  IDEMPOTENT_MUTATIONS,
  requestHash,
  withoutSecrets,
} from '../idempotency.plugin';

const CREATE =
  'mutation Create($input: CreateEmployeeInput!) { createEmployee(input: $input) { id nip } }';
const FEEDBACK =
  'mutation Give($input: GiveFeedbackInput!) { giveFeedback(input: $input) { id text } }';

interface Answer {
  status: number;
  replay: boolean;
  body: {
    data?: Record<string, { id: string } | null> | null;
    errors?: {
      extensions?: { code?: string; reason?: string; fields?: { field: string; reason: string }[] };
    }[];
  };
}

describe('canonical JSON and secrets', () => {
  test.each([
    [{ b: 1, a: [2, { d: 3, c: null }] }, '{"a":[2,{"c":null,"d":3}],"b":1}'],
    [{}, '{}'],
    ['x', '"x"'],
  ])('%j → %s', (value, expected) => expect(canonicalJson(value)).toBe(expected));

  test('a replay never holds a one-time password or a token', () => {
    expect(
      withoutSecrets({
        data: { createEmployee: { id: '1', oneTimePassword: 'abc', nested: [{ token: 't' }] } },
      }),
    ).toEqual({
      data: { createEmployee: { id: '1', oneTimePassword: null, nested: [{ token: null }] } },
    });
  });
});

describe.each(DRIVERS)('Idempotency-Key on %s', (kind) => {
  const t = useSmallOrg(kind);
  let server: KinerjaServer;
  let http: Server;
  let url: string;
  const tokens: Record<string, string> = {};
  let cycleId = 0;

  beforeAll(async () => {
    server = await createServer({
      dataSource: t.db.dataSource,
      config: loadConfig({ NODE_ENV: 'test' }),
    });
    http = server.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => http.once('listening', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
    for (const username of ['admin', t.org.people.staffA1.nip, t.org.people.kasiA.nip]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { login(username: "${username}", password: "${FIXTURE_PASSWORD}") { token } }`,
        }),
      });
      tokens[username] = (
        (await response.json()) as { data: { login: { token: string } } }
      ).data.login.token;
    }
    cycleId = await createCycle(t.db.dataSource, 2026, CycleStatus.ACTIVE);
  });
  afterAll(async () => {
    await closeGracefully(http, 1000);
    await server.stop();
  });

  async function send(
    as: string,
    query: string,
    variables: unknown,
    key?: string,
  ): Promise<Answer> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[as]}`,
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      replay: response.headers.get('idempotent-replay') === 'true',
      body: (await response.json()) as Answer['body'],
    };
  }

  let sequence = 700;
  function employeeInput(name = 'Dewi Pegawai Ulang') {
    sequence += 1;
    return {
      input: newEmployeeInput(t.org, {
        sequence,
        name,
        birthDate: '1991-02-11',
        appointment: '2016-01',
        unit: 'unitA',
        supervisor: 'kasiA',
      }),
    };
  }
  const employees = () => t.db.dataSource.getRepository(Employee).count();
  const reasonOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.reason;

  // Rivals with one key deadlock in InnoDB now and then; ten rounds of five make it near certain
  // that a deadlock meets every path (the claim, the kept answer) at least once.
  it('writes once when five submit one key at once, and replays the first answer to a retry', async () => {
    const before = await employees();
    for (let round = 1; round <= 10; round += 1) {
      const variables = employeeInput();
      const key = `create-employee-${round}-0001`;
      const answers = await Promise.all(
        [1, 2, 3, 4, 5].map(() => send('admin', CREATE, variables, key)),
      );
      const created = answers.filter((answer) => answer.body.data?.createEmployee);
      expect(created.length).toBeGreaterThanOrEqual(1);
      // A rival either waited and replayed, or learnt the first is still running; none failed.
      for (const answer of answers)
        if (answer.replay || !answer.body.data?.createEmployee)
          expect([answer.replay, reasonOf(answer)]).toEqual(
            answer.replay ? [true, undefined] : [false, 'IDEMPOTENCY_KEY_IN_PROGRESS'],
          );
      expect(new Set(created.map((answer) => answer.body.data?.createEmployee?.id)).size).toBe(1);
      const retry = await send('admin', CREATE, variables, key);
      expect(retry.replay).toBe(true);
      expect(retry.body.data?.createEmployee).toEqual(created[0].body.data?.createEmployee);
      expect(await t.db.dataSource.getRepository(IdempotencyKey).countBy({ key })).toBe(1);
    }
    expect(await employees()).toBe(before + 10);
  });

  it('answers CONFLICT IDEMPOTENCY_KEY_REUSED for the same key with other input, writing nothing', async () => {
    const key = 'create-employee-0002';
    expect((await send('admin', CREATE, employeeInput(), key)).body.errors).toBeUndefined();
    const before = await employees();
    const other = await send('admin', CREATE, employeeInput('Orang Lain'), key);
    expect(other.status).toBe(409);
    expect(other.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await employees()).toBe(before);
  });

  it('keeps keys per account: another user’s same key is theirs alone', async () => {
    const key = 'shared-key-00000003';
    const feedback = {
      input: {
        recipientId: String(t.org.people.staffA2.id),
        kind: 'PRAISE',
        text: 'Terima kasih atas bantuannya',
      },
    };
    const before = await t.db.dataSource.getRepository(Feedback).count();
    const given = await send(t.org.people.staffA1.nip, FEEDBACK, feedback, key);
    expect(given.body.errors).toBeUndefined();
    const again = await send(t.org.people.staffA1.nip, FEEDBACK, feedback, key);
    expect([again.replay, again.body.data?.giveFeedback]).toEqual([
      true,
      given.body.data?.giveFeedback,
    ]);
    expect(await t.db.dataSource.getRepository(Feedback).count()).toBe(before + 1);
    const hr = await send('admin', CREATE, employeeInput(), key);
    expect(hr.body.errors).toBeUndefined();
  });

  it('keeps no key when the mutation fails, so a corrected retry writes', async () => {
    const key = 'create-employee-0004';
    const bad = employeeInput();
    const refused = await send('admin', CREATE, { input: { ...bad.input, nip: '123' } }, key);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.db.dataSource.getRepository(IdempotencyKey).countBy({ key })).toBe(0);
    const fixed = await send('admin', CREATE, bad, key);
    expect(fixed.body.errors).toBeUndefined();
  });

  it.each([
    ['a query', 'query { me { username } }', {}, 'IDEMPOTENCY_KEY_NOT_APPLICABLE'],
    [
      'a mutation that is not a create',
      'mutation { acknowledgeFeedback(id: "1") { id } }',
      {},
      'IDEMPOTENCY_KEY_NOT_APPLICABLE',
    ],
  ])(
    'refuses a key on %s with BAD_USER_INPUT naming the header',
    async (_case, query, variables, reason) => {
      const answer = await send('admin', query, variables, 'not-for-this-0005');
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'Idempotency-Key', reason }],
      });
    },
  );

  it('says IDEMPOTENCY_RESULT_LOST when the write committed but its process died before answering', async () => {
    const variables = employeeInput();
    const key = 'answer-lost-00000006';
    const admin = await t.client.viewer('admin');
    const operation = parse(CREATE).definitions[0] as OperationDefinitionNode;
    await t.db.dataSource.getRepository(IdempotencyKey).insert({
      accountId: admin.accountId,
      key,
      operation: 'createEmployee',
      requestHash: requestHash(operation, variables),
      response: null,
    });
    const before = await employees();
    const answer = await send('admin', CREATE, variables, key);
    expect(answer.status).toBe(409);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_RESULT_LOST',
    });
    expect(await employees()).toBe(before);
  });

  it('forgets the account’s keys older than a day at its next claim, and no one else’s', async () => {
    const repository = t.db.dataSource.getRepository(IdempotencyKey);
    const [admin, staff] = await Promise.all([
      t.client.viewer('admin'),
      t.client.viewer(t.org.people.staffA1.nip),
    ]);
    const row = (accountId: number, key: string) => ({
      accountId,
      key,
      operation: 'createEmployee',
      requestHash: 'x'.repeat(64),
      response: '{"data":null}',
    });
    await repository.insert([
      row(admin.accountId, 'expired-admin-0007'),
      row(admin.accountId, 'recent-admin-0007'),
      row(staff.accountId, 'expired-staff-0007'),
    ]);
    const dayAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);
    await repository.update({ key: 'expired-admin-0007' }, { createdAt: dayAgo(25) });
    await repository.update({ key: 'recent-admin-0007' }, { createdAt: dayAgo(23) });
    await repository.update({ key: 'expired-staff-0007' }, { createdAt: dayAgo(25) });
    const answer = await send('admin', CREATE, employeeInput(), 'fresh-admin-0007');
    expect(answer.body.errors).toBeUndefined();
    const left = await repository.find({ where: { key: Like('%-0007') }, order: { key: 'ASC' } });
    expect(left.map(({ key }) => key)).toEqual([
      'expired-staff-0007',
      'fresh-admin-0007',
      'recent-admin-0007',
    ]);
  });

  it('refuses a malformed key before writing anything', async () => {
    const before = await employees();
    const answer = await send('admin', CREATE, employeeInput(), 'bad key!');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'Idempotency-Key', reason: 'INVALID_IDEMPOTENCY_KEY' }],
    });
    expect(await employees()).toBe(before);
  });

  // Every creating mutation a form can double-submit writes once for one key (the list above the
  // plugin): the same key and input replays the first answer, and the row exists once.
  describe('the other creating mutations', () => {
    const today = new Date().toISOString().slice(0, 10);
    const inDays = (days: number) =>
      new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const cases: {
      mutation: string;
      as: () => string;
      query: string;
      variables: () => Promise<Record<string, unknown>>;
      rows: () => Promise<number>;
    }[] = [
      {
        mutation: 'createPerformancePlan',
        as: () => t.org.people.staffA1.nip,
        query:
          'mutation ($cycleId: ID!) { createPerformancePlan(input: { cycleId: $cycleId }) { id } }',
        variables: async () => ({ cycleId: String(cycleId) }),
        rows: () =>
          t.db.dataSource
            .getRepository(PerformancePlan)
            .countBy({ employeeId: t.org.people.staffA1.id }),
      },
      {
        mutation: 'replyToFeedback',
        as: () => t.org.people.staffA1.nip,
        query:
          'mutation ($id: ID!) { replyToFeedback(feedbackId: $id, text: "Siap, terima kasih") { id } }',
        variables: async () => {
          const given = await send(t.org.people.kasiA.nip, FEEDBACK, {
            input: {
              recipientId: String(t.org.people.staffA1.id),
              kind: 'PRAISE',
              text: 'Laporan triwulan rapi dan tepat waktu',
            },
          });
          return { id: given.body.data?.giveFeedback?.id };
        },
        rows: () => t.db.dataSource.getRepository(Feedback).count(),
      },
      {
        mutation: 'createTrainingProgram',
        as: () => 'admin',
        query:
          'mutation ($input: TrainingProgramInput!) { createTrainingProgram(input: $input) { id } }',
        variables: async () => ({
          input: {
            code: 'IDEM-01',
            title: 'Penulisan Naskah Dinas',
            provider: 'BPSDM Provinsi Jawa Timur',
            mode: 'CLASSROOM',
            hours: 16,
            description: 'Tata naskah dinas elektronik',
            competencies: { aspects: ['KUALITAS'], coreValues: [] },
          },
        }),
        rows: () => t.db.dataSource.getRepository(TrainingProgram).count(),
      },
      {
        mutation: 'createActingAssignment',
        as: () => 'admin',
        query:
          'mutation ($input: CreateActingAssignmentInput!) { createActingAssignment(input: $input) { id } }',
        variables: async () => ({
          input: {
            kind: 'PLH',
            employeeId: String(t.org.people.kasiB.id),
            unitId: String(t.org.units.unitA.id),
            startsOn: today,
            endsOn: inDays(20),
            decreeNumber: 'SPT 800/77/436.11/2026',
          },
        }),
        rows: () => t.db.dataSource.getRepository(ActingAssignment).count(),
      },
      {
        mutation: 'moveEmployee',
        as: () => 'admin',
        query:
          'mutation ($input: MoveEmployeeInput!) { moveEmployee(input: $input) { supervisor { id } } }',
        variables: async () => {
          const { version } = await t.db.dataSource
            .getRepository(Employee)
            .findOneByOrFail({ id: t.org.people.staffA2.id });
          return {
            input: {
              employeeId: String(t.org.people.staffA2.id),
              tmt: today,
              decreeNumber: 'SK 800/321/436.11/2026',
              unitId: String(t.org.units.unitB.id),
              version,
            },
          };
        },
        rows: () => t.db.dataSource.getRepository(JobHistory).count(),
      },
    ];

    it('covers every creating mutation of the schema', () => {
      const creating = Object.keys(server.schema.getMutationType()?.getFields() ?? {}).filter(
        (name) =>
          /^(create|add|give|file|reply|import|submitRealization$|moveEmployee$)/.test(name),
      );
      expect(creating.filter((name) => !IDEMPOTENT_MUTATIONS.has(name))).toEqual([]);
      for (const { mutation } of cases) expect(creating).toContain(mutation);
    });

    it.each(cases.map((entry) => [entry.mutation, entry] as const))(
      '%s writes once for a retry with the same key and replays the first answer',
      async (mutation, entry) => {
        const variables = await entry.variables();
        const before = await entry.rows();
        const key = `retry-${mutation}`;
        const first = await send(entry.as(), entry.query, variables, key);
        expect(first.body.errors).toBeUndefined();
        const retry = await send(entry.as(), entry.query, variables, key);
        expect(retry.replay).toBe(true);
        expect(retry.body.data?.[mutation]).toEqual(first.body.data?.[mutation]);
        expect(await entry.rows()).toBe(before + 1);
      },
    );
  });
});
