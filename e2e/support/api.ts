import type { DemoPerson, DemoPeople } from '../../seeds/demo-facts';
import { DEMO_PASSWORD } from './server';

// Sets up SKP state through the real GraphQL API (as a user would), so browser tests can start
// from a known point whatever the seed holds: it reuses cycles and plans that already exist.

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function createApiClient(url: string) {
  const tokens = new Map<string, string>();

  async function post<T>(query: string, variables: object, token?: string): Promise<T> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    if (body.errors?.length) {
      const detail = body.errors.map((e) => `${e.extensions?.code ?? '?'}: ${e.message}`);
      throw new Error(`GraphQL failed: ${detail.join('; ')}\n${query}`);
    }
    return body.data as T;
  }

  async function tokenOf(username: string): Promise<string> {
    const cached = tokens.get(username);
    if (cached) return cached;
    const data = await post<{ login: { token: string } }>(
      'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
      { username, password: DEMO_PASSWORD },
    );
    tokens.set(username, data.login.token);
    return data.login.token;
  }

  return {
    /** A session token of `username`, as the login page would keep it. */
    tokenOf,
    /** Runs an operation as `username` (logging in once per user); throws on any GraphQL error. */
    async as<T = any>(username: string, query: string, variables: object = {}): Promise<T> {
      return post<T>(query, variables, await tokenOf(username));
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export interface PlanState {
  id: string;
  status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
  version: number;
  workTargets: {
    id: string;
    kind: 'UTAMA' | 'TAMBAHAN';
    description: string;
    parentTarget: { id: string } | null;
    indicators: { id: string; description: string; target: number; unit: string }[];
  }[];
}

const PLAN_FIELDS = `id status version workTargets { id kind description parentTarget { id } indicators { id description target unit } }`;

/** The 2026 cycle, created and opened by HR when the seed has none; ACTIVE either way. */
export async function ensureActiveCycle(api: ApiClient, year = 2026): Promise<string> {
  const { cycles } = await api.as<{ cycles: { id: string; year: number; status: string }[] }>(
    'admin',
    '{ cycles { id year status } }',
  );
  let cycle = cycles.find((candidate) => candidate.year === year);
  if (!cycle) {
    const created = await api.as<{ createCycle: { id: string; year: number; status: string } }>(
      'admin',
      'mutation ($year: Int!) { createCycle(input: { year: $year }) { id year status } }',
      { year },
    );
    cycle = created.createCycle;
  }
  if (cycle.status === 'PLANNING') {
    await api.as(
      'admin',
      'mutation ($id: ID!) { setCycleStatus(id: $id, status: ACTIVE) { id } }',
      { id: cycle.id },
    );
  } else if (cycle.status !== 'ACTIVE') {
    throw new Error(`The ${year} cycle is ${cycle.status}; the SKP browser test needs it ACTIVE`);
  }
  return cycle.id;
}

export async function findPlan(
  api: ApiClient,
  person: DemoPerson,
  cycleId: string,
): Promise<PlanState | null> {
  const data = await api.as<{ performancePlans: { edges: { node: PlanState }[] } }>(
    person.username,
    `query ($cycleId: ID!, $employeeId: ID!) { performancePlans(filter: { cycleId: $cycleId, employeeId: $employeeId }, first: 1) { edges { node { ${PLAN_FIELDS} } } } }`,
    { cycleId, employeeId: String(person.employeeId) },
  );
  return data.performancePlans.edges[0]?.node ?? null;
}

async function findOrCreatePlan(api: ApiClient, person: DemoPerson, cycleId: string) {
  const existing = await findPlan(api, person, cycleId);
  if (existing) return existing;
  await api.as(
    person.username,
    'mutation ($cycleId: ID!) { createPerformancePlan(input: { cycleId: $cycleId, approach: KUANTITATIF }) { id } }',
    { cycleId },
  );
  return (await findPlan(api, person, cycleId))!;
}

/** Gives a draft an UTAMA RHK (intervening `parentTargetId`) unless it already has a valid one. */
async function ensureUtamaTarget(
  api: ApiClient,
  person: DemoPerson,
  plan: PlanState,
  parentTargetIds: string[] | null,
  description: string,
) {
  const valid = plan.workTargets.some(
    (target) =>
      target.kind === 'UTAMA' &&
      target.indicators.length > 0 &&
      (parentTargetIds === null || parentTargetIds.includes(target.parentTarget?.id ?? '')),
  );
  if (valid) return;
  await api.as(
    person.username,
    `mutation ($input: AddWorkTargetInput!) { addWorkTarget(input: $input) { id } }`,
    {
      input: {
        planId: plan.id,
        kind: 'UTAMA',
        description,
        parentTargetId: parentTargetIds?.[0] ?? null,
        indicators: [
          {
            aspect: 'KUANTITAS',
            description: `${description}: dokumen selesai`,
            target: 10,
            unit: 'dokumen',
          },
        ],
      },
    },
  );
}

const SUBMIT = 'mutation ($id: ID!) { submitPerformancePlan(id: $id) { id status } }';
const APPROVE = 'mutation ($id: ID!) { approvePerformancePlan(id: $id) { id status } }';
const RETURN =
  'mutation ($id: ID!, $reason: String!) { returnPerformancePlan(id: $id, reason: $reason) { id status } }';

/** A plan that ends APPROVED: built, submitted and (unless it is the Camat's) approved by `approver`. */
async function ensureApprovedPlan(
  api: ApiClient,
  person: DemoPerson,
  approver: DemoPerson | null,
  cycleId: string,
  parentTargetIds: string[] | null,
  description: string,
): Promise<PlanState> {
  let plan = await findOrCreatePlan(api, person, cycleId);
  if (plan.status === 'DRAFT' || plan.status === 'RETURNED') {
    await ensureUtamaTarget(api, person, plan, parentTargetIds, description);
    await api.as(person.username, SUBMIT, { id: plan.id });
  }
  plan = (await findPlan(api, person, cycleId))!;
  if (plan.status === 'SUBMITTED' && approver)
    await api.as(approver.username, APPROVE, { id: plan.id });
  return (await findPlan(api, person, cycleId))!;
}

/** The supervisor's active direct reports, as the supervisor reads them (with their NIP). */
async function directReportsOf(api: ApiClient, supervisor: DemoPerson): Promise<DemoPerson[]> {
  const data = await api.as<{
    employees: {
      edges: { node: { id: string; nip: string; name: string; unit: { id: string } } }[];
    };
  }>(
    supervisor.username,
    'query ($id: ID!) { employees(filter: { supervisorId: $id, active: true }, first: 200) { edges { node { id nip name unit { id } } } } }',
    { id: String(supervisor.employeeId) },
  );
  return data.employees.edges.map(({ node }) => ({
    employeeId: Number(node.id),
    nip: node.nip,
    name: node.name,
    username: node.nip,
    unitId: Number(node.unit.id),
    supervisorId: supervisor.employeeId,
  }));
}

export interface SkpChain {
  cycleId: string;
  camatPlan: PlanState;
  kasiPlan: PlanState;
  /** The staff member whose plan the browser test drives, and their plan (DRAFT or RETURNED). */
  staff: DemoPerson;
  staffPlan: PlanState;
}

/**
 * The Camat's and the kasi's plans APPROVED, and a staff member of the kasi with a plan that is
 * ready to submit (an UTAMA RHK intervening the kasi's) but not yet submitted.
 */
export async function ensureSkpChain(api: ApiClient, people: DemoPeople): Promise<SkpChain> {
  const cycleId = await ensureActiveCycle(api);
  const camatPlan = await ensureApprovedPlan(
    api,
    people.camat,
    null,
    cycleId,
    null,
    'Meningkatnya kualitas pelayanan publik Kecamatan Gayungan',
  );
  const kasiPlan = await ensureApprovedPlan(
    api,
    people.aKasi,
    people.camat,
    cycleId,
    camatPlan.workTargets.map((target) => target.id),
    'Meningkatnya kecepatan pelayanan administrasi pemerintahan',
  );
  if (camatPlan.status !== 'APPROVED' || kasiPlan.status !== 'APPROVED')
    throw new Error(`Setup: Camat ${camatPlan.status}, kasi ${kasiPlan.status}; expected APPROVED`);

  // A direct report of the kasi whose plan is not approved yet (the seed approves most of them):
  // no plan, a draft or a returned one first; a submitted one is returned to its owner.
  const order = { NONE: 0, DRAFT: 1, RETURNED: 2, SUBMITTED: 3 } as const;
  const candidates: { person: DemoPerson; rank: number }[] = [];
  for (const person of await directReportsOf(api, people.aKasi)) {
    const plan = await findPlan(api, person, cycleId);
    if (plan?.status === 'APPROVED') continue;
    candidates.push({ person, rank: order[plan?.status ?? 'NONE'] });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  for (const { person: staff } of candidates.slice(0, 1)) {
    let plan = await findOrCreatePlan(api, staff, cycleId);
    if (plan.status === 'SUBMITTED') {
      await api.as(people.aKasi.username, RETURN, {
        id: plan.id,
        reason: 'Dikembalikan oleh persiapan uji otomatis',
      });
    }
    plan = (await findPlan(api, staff, cycleId))!;
    await ensureUtamaTarget(
      api,
      staff,
      plan,
      kasiPlan.workTargets.map((target) => target.id),
      'Tersusunnya laporan pelayanan administrasi pemerintahan tepat waktu',
    );
    return {
      cycleId,
      camatPlan,
      kasiPlan,
      staff,
      staffPlan: (await findPlan(api, staff, cycleId))!,
    };
  }
  throw new Error('Setup: every staff member of the kasi already has an APPROVED 2026 plan');
}

export interface EvaluationCandidate {
  cycleId: string;
  period: 'TW1' | 'TW2' | 'TW3' | 'TW4' | 'ANNUAL';
  staff: DemoPerson;
  planId: string;
}

/**
 * A direct report of the kasi with an APPROVED 2026 plan (evaluated by the kasi) and no evaluation
 * for a period that may be finalised today (it has ended: the latest first). Whatever the seed
 * holds about evaluations, the browser test gets a fresh one to write and finalise.
 */
export async function findEvaluationCandidate(
  api: ApiClient,
  people: DemoPeople,
): Promise<EvaluationCandidate> {
  const cycleId = await ensureActiveCycle(api);
  const { cycle } = await api.as<{
    cycle: { deadlines: { schedule: { period: string; finalizableFrom: string }[] } };
  }>(
    people.aKasi.username,
    'query ($id: ID!) { cycle(id: $id) { deadlines { schedule { period finalizableFrom } } } }',
    { id: cycleId },
  );
  // Today on the Jakarta calendar, as the API decides it.
  const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
  const periods = cycle.deadlines.schedule
    .filter((entry) => entry.period !== 'ANNUAL' && entry.finalizableFrom <= today)
    .map((entry) => entry.period as EvaluationCandidate['period'])
    .reverse();
  const { performancePlans } = await api.as<{
    performancePlans: {
      edges: { node: { id: string; employee: { id: string } } }[];
    };
  }>(
    people.aKasi.username,
    'query ($cycleId: ID!, $evaluatorId: ID!) { performancePlans(filter: { cycleId: $cycleId, evaluatorId: $evaluatorId, status: APPROVED }, first: 200) { edges { node { id employee { id } } } } }',
    { cycleId, evaluatorId: String(people.aKasi.employeeId) },
  );
  const reports = await directReportsOf(api, people.aKasi);
  for (const period of periods) {
    const { evaluations } = await api.as<{
      evaluations: { edges: { node: { employee: { id: string } } }[] };
    }>(
      people.aKasi.username,
      'query ($cycleId: ID!, $evaluatorId: ID!, $period: Period!) { evaluations(filter: { cycleId: $cycleId, evaluatorId: $evaluatorId, period: $period }, first: 200) { edges { node { employee { id } } } } }',
      { cycleId, evaluatorId: String(people.aKasi.employeeId), period },
    );
    const evaluated = new Set(evaluations.edges.map(({ node }) => node.employee.id));
    for (const { node: plan } of performancePlans.edges) {
      if (evaluated.has(plan.employee.id)) continue;
      const staff = reports.find((person) => String(person.employeeId) === plan.employee.id);
      if (staff) return { cycleId, period, staff, planId: plan.id };
    }
  }
  throw new Error('Setup: every approved plan of the kasi’s team is evaluated for every period');
}
