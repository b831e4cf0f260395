import { Like } from 'typeorm';
import { Period } from '../../cycle/cycle.enums';
import { PerformancePlan } from '../../plan/performance-plan.entity';
import { PlanStatus } from '../../plan/plan.enums';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { type ApprovedPlan, createApprovedPlan, createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Notification } from '../notification.entity';

// After the 2026 triwulan deadlines (TW1–TW3 reports and evaluations), before TW4's.
const TODAY = '2027-01-05';
const INBOX = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  inbox(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind message params { name value } entity entityId readAt } } } }`;
const SAVE = `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { id version } }`;
const FINALIZE =
  'mutation ($id: ID!, $version: Int!) { finalizeEvaluation(id: $id, version: $version, reason: "Tanpa laporan realisasi: dinilai dari rapat evaluasi") { id status } }';
const OBJECT =
  'mutation ($id: ID!, $reason: String!) { fileObjection(evaluationId: $id, reason: $reason) { id } }';

interface InboxPage {
  totalCount: number;
  unreadCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: {
    node: {
      id: string;
      kind: string;
      message: string;
      params: { name: string; value: string }[] | null;
      entity: string;
      entityId: string;
      readAt: string | null;
    };
  }[];
}

describe.each(DRIVERS)('the inbox and the notices that start the clock on %s', (kind) => {
  const t = useSmallOrg(kind);
  const plans: Record<string, ApprovedPlan> = {};
  const nip = (who: 'kasiA' | 'staffA1' | 'staffA2') => t.org.people[who].nip;
  const inbox = async (viewer: string, variables: Record<string, unknown> = {}) => {
    const result = await t.client.as<{ inbox: InboxPage }>(viewer, INBOX, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.inbox;
  };
  const keyed = (prefix: string) =>
    t.db.dataSource.getRepository(Notification).findBy({ dedupeKey: Like(`${prefix}%`) });

  beforeAll(async () => {
    t.client.today = TODAY;
    const ds = t.db.dataSource;
    const cycleId = await createCycle(ds, 2026);
    const p = t.org.people;
    plans.camat = await createApprovedPlan(ds, { employeeId: p.camat.id, cycleId });
    plans.kasiA = await createApprovedPlan(ds, {
      employeeId: p.kasiA.id,
      cycleId,
      parentTargetId: plans.camat.targetId,
    });
    for (const who of ['staffA1', 'staffA2'] as const)
      plans[who] = await createApprovedPlan(ds, {
        employeeId: p[who].id,
        cycleId,
        parentTargetId: plans.kasiA.targetId,
      });
    // staffA2's SKP waits for kasiA's approval, past the 31 January deadline.
    await ds
      .getRepository(PerformancePlan)
      .update(plans.staffA2.planId, { status: PlanStatus.SUBMITTED });
  });

  it('writes each deadline notice once, when its recipient opens the inbox; paged with an unread count', async () => {
    const first = await inbox(nip('kasiA'), { first: 4 });
    // staffA2's SKP to approve, staffA1's TW1–TW3 evaluations to make, kasiA's own TW1–TW3 reports.
    expect(first.totalCount).toBe(7);
    expect(first.unreadCount).toBe(7);
    expect(first.edges).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await inbox(nip('kasiA'), { first: 4, after: first.pageInfo.endCursor });
    expect(second.edges).toHaveLength(3);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = [...first.edges, ...second.edges].map((edge) => edge.node);
    expect(new Set(all.map((node) => node.id)).size).toBe(7);
    expect(all.map((node) => `${node.kind} ${node.entity}:${node.entityId}`).sort()).toEqual(
      [
        `deadline.skp PerformancePlan:${plans.staffA2.planId}`,
        ...[1, 2, 3].map(() => `deadline.evaluation PerformancePlan:${plans.staffA1.planId}`),
        ...[1, 2, 3].map(() => `deadline.realizations PerformancePlan:${plans.kasiA.planId}`),
      ].sort(),
    );
    expect(all.find((node) => node.kind === 'deadline.skp')?.message).toBe(
      'SKP Eko Staf menunggu persetujuan Anda (tenggat 31 Januari 2026).',
    );
    // The same facts as values, for a client that words the notice in the reader's language.
    expect(all.find((node) => node.kind === 'deadline.skp')?.params).toEqual([
      { name: 'name', value: 'Eko Staf' },
      { name: 'dueOn', value: '2026-01-31' },
    ]);
    // Opening again adds nothing: one notice per item.
    expect((await inbox(nip('kasiA'))).totalCount).toBe(7);
    expect(await keyed('deadline.evaluation:')).toHaveLength(3);
    expect(
      (await keyed('deadline.')).filter((note) => note.recipientId === t.org.people.kasiA.id),
    ).toHaveLength(7);
    // Staff get their own missing reports, never their own SKP nor anyone else's items.
    const staff = await inbox(nip('staffA1'));
    expect(staff.edges.map((edge) => edge.node.kind)).toEqual(
      Array(3).fill('deadline.realizations'),
    );
    expect((await inbox(nip('staffA2'))).totalCount).toBe(0);
  });

  it('marks one or all read; unreadOnly pages the unread ones', async () => {
    const { edges } = await inbox(nip('kasiA'));
    const marked = await t.client.as(
      nip('kasiA'),
      'mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }',
      { id: edges[0].node.id },
    );
    expect(marked.data?.markNotificationRead.readAt).not.toBeNull();
    // Someone else's notice is not found for the viewer.
    expect(
      codesOf(
        await t.client.as(
          nip('staffA1'),
          'mutation ($id: ID!) { markNotificationRead(id: $id) { id } }',
          { id: edges[1].node.id },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    const unread = await inbox(nip('kasiA'), { unreadOnly: true });
    expect([unread.totalCount, unread.unreadCount]).toEqual([6, 6]);
    const all = await t.client.as(nip('kasiA'), 'mutation { markAllNotificationsRead }');
    expect(all.data?.markAllNotificationsRead).toBe(6);
    const after = await inbox(nip('kasiA'));
    expect([after.totalCount, after.unreadCount]).toEqual([7, 0]);
    // Other inboxes are untouched.
    expect((await inbox(nip('staffA1'))).unreadCount).toBe(3);
    // Analysts and HR have no employee inbox: empty, nothing to mark.
    for (const viewer of ['analis', 'admin']) {
      expect((await inbox(viewer)).totalCount).toBe(0);
      expect(
        (await t.client.as(viewer, 'mutation { markAllNotificationsRead }')).data
          ?.markAllNotificationsRead,
      ).toBe(0);
    }
  });

  it('tells the employee once that an annual evaluation is final, with the keberatan deadline; the evaluator once per objection', async () => {
    const saved = await t.client.as(nip('kasiA'), SAVE, {
      input: {
        planId: String(plans.staffA1.planId),
        period: Period.ANNUAL,
        resultRating: 'SESUAI_EKSPEKTASI',
        behaviorRating: 'SESUAI_EKSPEKTASI',
      },
    });
    const { id, version } = saved.data!.saveEvaluation as { id: string; version: number };
    expect((await t.client.as(nip('kasiA'), FINALIZE, { id, version })).errors).toBeUndefined();
    expect(codesOf(await t.client.as(nip('kasiA'), FINALIZE, { id, version }))).toEqual([
      'CONFLICT',
    ]);
    const finals = await keyed(`evaluation.final:${id}`);
    expect(finals).toHaveLength(1);
    expect(finals[0]).toMatchObject({
      recipientId: t.org.people.staffA1.id,
      kind: 'evaluation.final',
      entity: 'Evaluation',
      entityId: id,
    });
    // Finalised on 5 January 2027 (Jakarta): a keberatan until 19 January 2027.
    expect(finals[0].message).toContain('paling lambat 19 Januari 2027');
    const staff = await inbox(nip('staffA1'));
    expect(staff.edges[0].node.kind).toBe('evaluation.final');
    expect(staff.edges[0].node.params).toEqual([
      { name: 'period', value: 'ANNUAL' },
      { name: 'year', value: '2026' },
      { name: 'objectionDeadline', value: '2027-01-19' },
    ]);

    const objection = await t.client.as(nip('staffA1'), OBJECT, {
      id,
      reason: 'Capaian saya melebihi target tahunan',
    });
    expect(objection.errors).toBeUndefined();
    expect(
      codesOf(
        await t.client.as(nip('staffA1'), OBJECT, { id, reason: 'Sekali lagi keberatan saya' }),
      ),
    ).toEqual(['CONFLICT']);
    const filed = await keyed('objection.filed:');
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({
      recipientId: t.org.people.kasiA.id,
      entity: 'Objection',
      entityId: String(objection.data?.fileObjection.id),
    });
    expect(filed[0].message).toContain('Dewi');
  });
});
