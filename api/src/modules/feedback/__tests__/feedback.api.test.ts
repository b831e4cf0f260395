import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { type ApprovedPlan, createApprovedPlan, createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Feedback } from '../feedback.entity';

const GIVE =
  'mutation ($input: GiveFeedbackInput!) { giveFeedback(input: $input) { id kind text author { id } recipient { id } workTarget { id } coreValue } }';
const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);

describe.each(DRIVERS)('continuous feedback on %s', (kind) => {
  const t = useSmallOrg(kind);
  let staffPlan: ApprovedPlan;
  let otherPlan: ApprovedPlan;
  const to = (recipientId: number, extra: Record<string, unknown> = {}) => ({
    input: {
      recipientId: String(recipientId),
      kind: 'PRAISE',
      text: 'Pelayanan KTP hari ini sangat cepat',
      ...extra,
    },
  });

  beforeAll(async () => {
    const cycleId = await createCycle(t.db.dataSource, 2026);
    const p = t.org.people;
    const camat = await createApprovedPlan(t.db.dataSource, { employeeId: p.camat.id, cycleId });
    const kasi = await createApprovedPlan(t.db.dataSource, {
      employeeId: p.kasiA.id,
      cycleId,
      parentTargetId: camat.targetId,
    });
    staffPlan = await createApprovedPlan(t.db.dataSource, {
      employeeId: p.staffA1.id,
      cycleId,
      parentTargetId: kasi.targetId,
    });
    otherPlan = await createApprovedPlan(t.db.dataSource, {
      employeeId: p.staffA2.id,
      cycleId,
      parentTargetId: kasi.targetId,
    });
  });

  it('comes from the supervisor chain or a peer of the same unit, never from elsewhere', async () => {
    const p = t.org.people;
    expect(
      (
        await t.client.as(
          p.kasiA.nip,
          GIVE,
          to(p.staffA1.id, { workTargetId: String(staffPlan.targetId) }),
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await t.client.as(
          'camat',
          GIVE,
          to(p.staffA1.id, { kind: 'NOTE', coreValue: 'KOLABORATIF' }),
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await t.client.as(
          p.staffA2.nip,
          GIVE,
          to(p.staffA1.id, { kind: 'IMPROVEMENT', text: 'Mohon arsip dirapikan' }),
        )
      ).errors,
    ).toBeUndefined();
    const before = await t.db.dataSource.getRepository(Feedback).count();
    for (const viewer of [p.staffB1.nip, p.kasiB.nip, 'admin', 'analis']) {
      expect({ viewer, codes: codesOf(await t.client.as(viewer, GIVE, to(p.staffA1.id))) }).toEqual(
        { viewer, codes: ['FORBIDDEN'] },
      );
    }
    expect(codesOf(await t.client.as(p.staffA1.nip, GIVE, to(p.staffA1.id)))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await t.db.dataSource.getRepository(Feedback).count()).toBe(before);
  });

  it('refuses empty or over-long text, a target that is not the recipient’s, and both links at once', async () => {
    const p = t.org.people;
    const before = await t.db.dataSource.getRepository(Feedback).count();
    expect(
      fieldsOf(await t.client.as(p.kasiA.nip, GIVE, to(p.staffA1.id, { text: '   ' }))),
    ).toEqual(['text']);
    expect(
      fieldsOf(await t.client.as(p.kasiA.nip, GIVE, to(p.staffA1.id, { text: 'x'.repeat(2001) }))),
    ).toEqual(['text']);
    expect(
      fieldsOf(
        await t.client.as(
          p.kasiA.nip,
          GIVE,
          to(p.staffA1.id, { workTargetId: String(otherPlan.targetId) }),
        ),
      ),
    ).toEqual(['workTargetId']);
    expect(
      fieldsOf(
        await t.client.as(
          p.kasiA.nip,
          GIVE,
          to(p.staffA1.id, { workTargetId: String(staffPlan.targetId), coreValue: 'LOYAL' }),
        ),
      ),
    ).toEqual(['coreValue']);
    expect(
      codesOf(await t.client.as(p.kasiA.nip, GIVE, to(p.staffA1.id, { workTargetId: '999999' }))),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await t.db.dataSource.getRepository(Feedback).count()).toBe(before);
  });

  it('is read by its author, its recipient and the recipient’s chain; not by other colleagues or analysts', async () => {
    const p = t.org.people;
    const count = async (viewer: string) => {
      const result = await t.client.as(
        viewer,
        `{ feedback(filter: { recipientId: ${p.staffA1.id} }) { totalCount edges { node { text } } } }`,
      );
      return result.data?.feedback.totalCount;
    };
    expect(await count(p.staffA1.nip)).toBe(3);
    expect(await count(p.kasiA.nip)).toBe(3);
    expect(await count('camat')).toBe(3);
    expect(await count('admin')).toBe(3);
    expect(await count(p.staffA2.nip)).toBe(1); // only what they wrote
    expect(await count(p.staffB1.nip)).toBe(0);
    expect(await count(p.kasiB.nip)).toBe(0);
    expect(await count('analis')).toBe(0);
  });

  it('is acknowledged by its recipient only', async () => {
    const p = t.org.people;
    const item = await t.db.dataSource
      .getRepository(Feedback)
      .findOneByOrFail({ recipientId: p.staffA1.id, kind: 'PRAISE' as never });
    const ACK = 'mutation ($id: ID!) { acknowledgeFeedback(id: $id) { acknowledgedAt } }';
    expect(codesOf(await t.client.as(p.kasiA.nip, ACK, { id: item.id }))).toEqual(['FORBIDDEN']);
    expect(
      (await t.client.as(p.staffA1.nip, ACK, { id: item.id })).data?.acknowledgeFeedback
        .acknowledgedAt,
    ).not.toBeNull();
    const unacknowledged = await t.client.as(
      p.staffA1.nip,
      '{ feedback(filter: { unacknowledged: true }) { totalCount } }',
    );
    expect(unacknowledged.data?.feedback.totalCount).toBe(2);
  });
  it('goes upward to the author’s supervisor chain, beyond their unit; other directions stay refused', async () => {
    const p = t.org.people;
    const up = { kind: 'NOTE', text: 'Mohon arahan untuk target triwulan depan' };
    for (const [author, recipient] of [
      [p.staffA1, p.camat],
      [p.kasiA, p.camat],
      [p.staffB1, p.kasiB],
    ])
      expect((await t.client.as(author.nip, GIVE, to(recipient.id, up))).errors).toBeUndefined();
    for (const [author, recipient] of [
      [p.staffA1, p.kasiB],
      [p.staffB1, p.kasiA],
      [p.kasiB, p.staffA2],
    ])
      expect({
        author: author.nip,
        codes: codesOf(await t.client.as(author.nip, GIVE, to(recipient.id, up))),
      }).toEqual({ author: author.nip, codes: ['FORBIDDEN'] });
  });

  describe('as a conversation', () => {
    const REPLY =
      'mutation ($id: ID!, $text: String!) { replyToFeedback(feedbackId: $id, text: $text) { id kind text author { id } recipient { id } thread { id } } }';
    const THREADS = `{ feedback(filter: { threadsOnly: true }) { totalCount edges { node {
      id text replies { id text author { id } recipient { id } thread { id } } } } } }`;
    let rootId: string;

    beforeAll(async () => {
      const p = t.org.people;
      const given = await t.client.as(
        p.kasiA.nip,
        GIVE,
        to(p.staffA1.id, { kind: 'IMPROVEMENT', text: 'Laporan bulanan terlambat dua hari' }),
      );
      rootId = String(given.data?.giveFeedback.id);
    });

    it('takes replies from the thread’s author and recipient only, each to the other', async () => {
      const p = t.org.people;
      const answer = await t.client.as(p.staffA1.nip, REPLY, {
        id: rootId,
        text: 'Baik, bulan depan saya kirim lebih awal',
      });
      expect(answer.data?.replyToFeedback).toMatchObject({
        kind: 'NOTE',
        author: { id: String(p.staffA1.id) },
        recipient: { id: String(p.kasiA.id) },
        thread: { id: rootId },
      });
      // Replying to a reply stays in the same thread.
      const back = await t.client.as(p.kasiA.nip, REPLY, {
        id: answer.data?.replyToFeedback.id,
        text: 'Terima kasih',
      });
      expect(back.data?.replyToFeedback).toMatchObject({
        recipient: { id: String(p.staffA1.id) },
        thread: { id: rootId },
      });
      const before = await t.db.dataSource.getRepository(Feedback).count();
      // A peer, the supervisor chain above, another unit, HR and analysts are third parties.
      for (const viewer of [p.staffA2.nip, 'camat', p.kasiB.nip, 'admin', 'analis'])
        expect({
          viewer,
          codes: codesOf(await t.client.as(viewer, REPLY, { id: rootId, text: 'Ikut menanggapi' })),
        }).toEqual({ viewer, codes: ['FORBIDDEN'] });
      expect(
        fieldsOf(await t.client.as(p.staffA1.nip, REPLY, { id: rootId, text: '   ' })),
      ).toEqual(['text']);
      expect(
        codesOf(await t.client.as(p.staffA1.nip, REPLY, { id: '999999', text: 'Halo' })),
      ).toEqual(['NOT_FOUND']);
      expect(await t.db.dataSource.getRepository(Feedback).count()).toBe(before);
    });

    it('is read as its first item: by both parties and the recipient’s chain, with its replies in order; not by others', async () => {
      const p = t.org.people;
      const threadOf = async (viewer: string) => {
        const result = await t.client.as<{
          feedback: { edges: { node: { id: string; replies: { text: string }[] | null } }[] };
        }>(viewer, THREADS);
        expect(result.errors).toBeUndefined();
        return result.data!.feedback.edges.find((edge) => edge.node.id === rootId)?.node;
      };
      for (const viewer of [p.staffA1.nip, p.kasiA.nip, 'camat', 'admin'])
        expect({ viewer, replies: (await threadOf(viewer))?.replies?.map((r) => r.text) }).toEqual({
          viewer,
          replies: ['Baik, bulan depan saya kirim lebih awal', 'Terima kasih'],
        });
      for (const viewer of [p.staffA2.nip, p.kasiB.nip, 'analis'])
        expect({ viewer, thread: await threadOf(viewer) }).toEqual({ viewer, thread: undefined });
      // The replies are listed as items too, only to those who read the thread.
      const replies = async (viewer: string) =>
        (
          await t.client.as(
            viewer,
            `{ feedback(filter: { authorId: ${p.staffA1.id}, recipientId: ${p.kasiA.id} }) { totalCount } }`,
          )
        ).data?.feedback.totalCount;
      expect(await replies(p.kasiA.nip)).toBe(1);
      expect(await replies('camat')).toBe(1);
      expect(await replies(p.staffA2.nip)).toBe(0);
      expect(await replies(p.kasiB.nip)).toBe(0);
      // The reply's recipient gets a notice.
      const inbox = await t.client.as(p.kasiA.nip, '{ notifications { kind entityId } }');
      expect(inbox.data?.notifications).toContainEqual({
        kind: 'feedback.reply',
        entityId: rootId,
      });
    });
  });
});
