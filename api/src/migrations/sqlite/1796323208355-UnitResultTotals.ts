import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit (except the backfill at the end of up). */
export class UnitResultTotalsSqlite1796323208355 implements MigrationInterface {
  name = 'UnitResultTotalsSqlite1796323208355';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"unit_result_total\" (\"unitId\" integer NOT NULL, \"cycleId\" integer NOT NULL, \"period\" varchar(6) NOT NULL, \"predicate\" varchar(16) NOT NULL, \"count\" integer NOT NULL, \"achievementSum\" decimal(14,2), \"achievementCount\" integer NOT NULL, PRIMARY KEY (\"unitId\", \"cycleId\", \"period\", \"predicate\"))");
    // Backfill (hand-written, one set-based statement): the evaluations in force of the active employees per unit, cycle, period and predicate.
    await queryRunner.query("INSERT INTO \"unit_result_total\" (\"unitId\", \"cycleId\", \"period\", \"predicate\", \"count\", \"achievementSum\", \"achievementCount\") SELECT \"member\".\"unitId\", \"evaluation\".\"cycleId\", \"evaluation\".\"period\", \"evaluation\".\"predicate\", COUNT(*), SUM(\"evaluation\".\"achievement\"), COUNT(\"evaluation\".\"achievement\") FROM \"evaluation\" \"evaluation\" INNER JOIN \"employee\" \"member\" ON \"member\".\"id\" = \"evaluation\".\"employeeId\" WHERE \"member\".\"active\" = 1 AND \"evaluation\".\"supersededAt\" IS NULL AND \"evaluation\".\"status\" IN ('FINAL', 'ACKNOWLEDGED') GROUP BY \"member\".\"unitId\", \"evaluation\".\"cycleId\", \"evaluation\".\"period\", \"evaluation\".\"predicate\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"unit_result_total\"");
  }
}
