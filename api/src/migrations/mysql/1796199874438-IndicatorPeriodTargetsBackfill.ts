import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Backfill for IndicatorPeriodTargets (hand-written): existing IKI get the default aggregation (SUM
 * for KUANTITAS with a countable unit, LAST otherwise) and quarter targets derived from the annual
 * target (SUM: split evenly, remainder in TW4, whole numbers kept whole; LAST: the annual target
 * each quarter). The same rule as plan/utils/period-target.util.ts at the time of writing.
 */
export class IndicatorPeriodTargetsBackfillMysql1796199874438 implements MigrationInterface {
  name = 'IndicatorPeriodTargetsBackfillMysql1796199874438';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "UPDATE indicator SET aggregation = 'SUM' WHERE aspect = 'KUANTITAS' AND LOWER(TRIM(unit)) NOT IN ('%', 'persen', 'indeks', 'nilai', 'skor', 'poin', 'rasio', 'predikat', 'tingkat', 'hari', 'jam', 'menit', 'bulan', 'tahun', 'rupiah', 'rp')",
    );
    await queryRunner.query(
      "UPDATE indicator SET aggregation = 'LAST' WHERE NOT (aspect = 'KUANTITAS' AND LOWER(TRIM(unit)) NOT IN ('%', 'persen', 'indeks', 'nilai', 'skor', 'poin', 'rasio', 'predikat', 'tingkat', 'hari', 'jam', 'menit', 'bulan', 'tahun', 'rupiah', 'rp'))",
    );
    await queryRunner.query(
      "UPDATE indicator SET targetTw1 = target, targetTw2 = target, targetTw3 = target, targetTw4 = target WHERE aggregation <> 'SUM'",
    );
    await queryRunner.query(
      "UPDATE indicator SET targetTw1 = CASE WHEN target = FLOOR(target) THEN FLOOR(target / 4) ELSE FLOOR(target * 25) / 100 END, targetTw2 = CASE WHEN target = FLOOR(target) THEN FLOOR(target / 4) ELSE FLOOR(target * 25) / 100 END, targetTw3 = CASE WHEN target = FLOOR(target) THEN FLOOR(target / 4) ELSE FLOOR(target * 25) / 100 END, targetTw4 = target - 3 * (CASE WHEN target = FLOOR(target) THEN FLOOR(target / 4) ELSE FLOOR(target * 25) / 100 END) WHERE aggregation = 'SUM'",
    );
  }

  public async down(): Promise<void> {
    // The columns go with IndicatorPeriodTargets' down; nothing to undo here.
  }
}
