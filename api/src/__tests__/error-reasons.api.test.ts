import { DRIVERS } from '../testing/databases';
import type { GraphQLResult } from '../testing/graphql-client';
import { createCycle } from '../testing/plan-fixtures';
import { useSmallOrg } from '../testing/suite';

const reasonOf = (result: GraphQLResult) => ({
  code: result.errors?.[0]?.extensions?.code,
  reason: result.errors?.[0]?.extensions?.reason,
  fields: ((result.errors?.[0]?.extensions?.fields ?? []) as { reason: string }[]).map(
    (problem) => problem.reason,
  ),
});

// One representative refusal per module, through the real schema: the reason is what clients
// translate, so each must arrive as `extensions.reason` (and each field problem's `reason`).
describe.each(DRIVERS)('error reasons on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: string;
  const staff = () => t.org.people.staffA1;

  beforeAll(async () => {
    cycleId = String(await createCycle(t.db.dataSource, 2026));
  });

  it('platform: page size, forbidden audit log, no token', async () => {
    expect(
      reasonOf(await t.client.as('admin', '{ employees(first: 500) { totalCount } }')),
    ).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: ['PAGE_SIZE'] });
    expect(reasonOf(await t.client.as(staff().nip, '{ auditLog { totalCount } }'))).toEqual({
      code: 'FORBIDDEN',
      reason: 'AUDIT_LOG_FORBIDDEN',
      fields: [],
    });
    expect(reasonOf(await t.client.run(null, '{ me { id } }'))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'LOGIN_REQUIRED',
    });
  });

  it('account: a wrong password', async () => {
    const login = 'mutation { login(username: "admin", password: "salah-sekali") { token } }';
    expect(reasonOf(await t.client.run(null, login))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'WRONG_CREDENTIALS',
    });
  });

  it('org: an import by someone other than HR, and a CSV without its columns', async () => {
    const IMPORT = 'mutation ($csv: String!) { importEmployees(csv: $csv) { rows } }';
    expect(reasonOf(await t.client.as('camat', IMPORT, { csv: 'nip,name\n1,2' }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'EMPLOYEE_IMPORT_FORBIDDEN',
    });
    expect(reasonOf(await t.client.as('admin', IMPORT, { csv: 'nip,name\n1,2' }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: ['CSV_COLUMNS_MISSING'],
    });
  });

  it('cycle: a second cycle for the same year', async () => {
    const CREATE = 'mutation { createCycle(input: { year: 2026 }) { id } }';
    expect(reasonOf(await t.client.as('admin', CREATE))).toMatchObject({
      code: 'CONFLICT',
      reason: 'CYCLE_EXISTS',
    });
  });

  it('plan and evaluation: a second SKP, and an employee evaluating themself', async () => {
    const CREATE =
      'mutation ($cycleId: ID!) { createPerformancePlan(input: { cycleId: $cycleId }) { id } }';
    const created = await t.client.as(staff().nip, CREATE, { cycleId });
    expect(created.errors).toBeUndefined();
    expect(reasonOf(await t.client.as(staff().nip, CREATE, { cycleId }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'PLAN_EXISTS',
    });
    const SAVE = `mutation ($planId: ID!) { saveEvaluation(input: { planId: $planId, period: TW1,
      resultRating: SESUAI_EKSPEKTASI, behaviorRating: SESUAI_EKSPEKTASI }) { id } }`;
    const planId = created.data?.createPerformancePlan.id as string;
    expect(reasonOf(await t.client.as(staff().nip, SAVE, { planId }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_EVALUATOR',
    });
  });

  it('feedback: feedback to oneself', async () => {
    const GIVE = `mutation ($to: ID!) { giveFeedback(input: { recipientId: $to, kind: PRAISE,
      text: "Kerja bagus" }) { id } }`;
    expect(
      reasonOf(await t.client.as(staff().nip, GIVE, { to: String(staff().id) })),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'FEEDBACK_TO_SELF' });
  });

  it('development: a change that changes nothing, and training effects for an employee', async () => {
    const UPDATE = 'mutation { updateDevelopmentActivity(id: "1", input: { version: 1 }) { id } }';
    expect(reasonOf(await t.client.as('camat', UPDATE))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: ['NO_CHANGES'],
    });
    expect(
      reasonOf(await t.client.as(staff().nip, '{ trainingEffects { belowBefore } }')),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'TRAINING_EFFECT_FORBIDDEN' });
  });

  it('analytics: the kecamatan summary for an employee', async () => {
    const SUMMARY =
      'query ($cycleId: ID!) { kecamatanSummary(cycleId: $cycleId) { approvedPlans } }';
    expect(reasonOf(await t.client.as(staff().nip, SUMMARY, { cycleId }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'KECAMATAN_SUMMARY_FORBIDDEN',
    });
  });
});
