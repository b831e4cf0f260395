import { DRIVERS, openTestDatabase } from '../testing/databases';

// Existing indicators, written before IndicatorPeriodTargets, as they stood then.
const BEFORE = [
  // id, aspect, target, unit → aggregation, TW1–TW4
  [1, 'KUANTITAS', 1944, 'surat', 'SUM', [486, 486, 486, 486]],
  [2, 'KUANTITAS', 10, 'laporan', 'SUM', [2, 2, 2, 4]],
  [3, 'KUANTITAS', 12.5, 'kegiatan', 'SUM', [3.12, 3.12, 3.12, 3.14]],
  [4, 'KUANTITAS', 100, '%', 'LAST', [100, 100, 100, 100]],
  [5, 'KUALITAS', 95, 'dokumen', 'LAST', [95, 95, 95, 95]],
  [6, 'WAKTU', 3, 'hari', 'LAST', [3, 3, 3, 3]],
  [7, 'BIAYA', 1500000, 'rupiah', 'LAST', [1500000, 1500000, 1500000, 1500000]],
] as const;

describe.each(DRIVERS)('the period-target migrations on %s', (kind) => {
  it('give existing indicators the default aggregation and quarter targets split from the annual one, keeping their reports', async () => {
    const db = await openTestDatabase(kind);
    try {
      const lastMigration = async () =>
        (
          await db.dataSource.query<{ name: string }[]>(
            'SELECT name FROM migrations ORDER BY id DESC LIMIT 1',
          )
        )[0].name;
      while (!(await lastMigration()).startsWith('AccountSessions'))
        await db.dataSource.undoLastMigration({ transaction: 'each' });

      const runner = db.dataSource.createQueryRunner();
      try {
        await runner.query(
          kind === 'sqlite' ? 'PRAGMA foreign_keys = OFF' : 'SET FOREIGN_KEY_CHECKS = 0',
        );
        for (const [id, aspect, target, unit] of BEFORE) {
          await runner.query(
            'INSERT INTO indicator (id, workTargetId, aspect, description, target, unit, direction) VALUES (?, 1, ?, ?, ?, ?, ?)',
            [id, aspect, `IKI ${id}`, target, unit, 'HIGHER_IS_BETTER'],
          );
        }
        await runner.query(
          "INSERT INTO realization (indicatorId, period, value, note, submittedAt) VALUES (1, 'TW1', 486, 'Rekap', ?)",
          ['2026-04-05 09:00:00'],
        );
        await runner.query(
          kind === 'sqlite' ? 'PRAGMA foreign_keys = ON' : 'SET FOREIGN_KEY_CHECKS = 1',
        );
      } finally {
        await runner.release();
      }

      await db.dataSource.runMigrations({ transaction: 'each' });
      const rows = await db.dataSource.query<Record<string, string | number>[]>(
        'SELECT id, aggregation, targetTw1, targetTw2, targetTw3, targetTw4 FROM indicator ORDER BY id',
      );
      expect(
        rows.map((row) => [
          Number(row.id),
          row.aggregation,
          [row.targetTw1, row.targetTw2, row.targetTw3, row.targetTw4].map(Number),
        ]),
      ).toEqual(BEFORE.map(([id, , , , aggregation, quarters]) => [id, aggregation, quarters]));
      expect(await db.dataSource.query('SELECT indicatorId FROM realization')).toHaveLength(1);
    } finally {
      await db.close();
    }
  }, 60_000);
});
