import { DRIVERS } from '../../../testing/databases';
import { useSmallOrg } from '../../../testing/suite';
import { Notification } from '../notification.entity';
import { type Notice, notify } from '../notices';

describe.each(DRIVERS)('notices on %s', (kind) => {
  const t = useSmallOrg(kind);

  it('writes a keyed notice once however often it is triggered; unkeyed notices repeat', async () => {
    const recipientId = t.org.people.staffA1.id;
    const notice: Notice = {
      recipientId,
      kind: 'evaluation.final',
      message: 'Penilaian TW1 final',
      params: { period: 'TW1', year: 2026 },
      entity: 'Evaluation',
      entityId: 41,
      dedupeKey: 'evaluation.final:41',
    };
    const manager = t.db.dataSource.manager;
    await notify(manager, [notice]);
    await notify(manager, [notice, { ...notice, dedupeKey: 'evaluation.final:42' }]);
    const plain: Notice = { ...notice, kind: 'feedback.reply', dedupeKey: null };
    await notify(manager, [plain]);
    await notify(manager, [plain]);
    const rows = await manager.find(Notification, {
      where: { recipientId },
      order: { id: 'ASC' },
    });
    expect(rows.map((row) => [row.kind, row.dedupeKey])).toEqual([
      ['evaluation.final', 'evaluation.final:41'],
      ['evaluation.final', 'evaluation.final:42'],
      ['feedback.reply', null],
      ['feedback.reply', null],
    ]);
    expect(rows[0]).toMatchObject({ entity: 'Evaluation', entityId: '41', readAt: null });
    // The values the client words the notice from, in its own language.
    expect(rows[0].params).toEqual([
      { name: 'period', value: 'TW1' },
      { name: 'year', value: '2026' },
    ]);
  });

  it('writes nothing for no notices', async () => {
    const before = await t.db.dataSource.manager.count(Notification);
    await notify(t.db.dataSource.manager, []);
    expect(await t.db.dataSource.manager.count(Notification)).toBe(before);
  });
});
