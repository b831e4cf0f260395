import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class SkpPlanningSqlite1795825816744 implements MigrationInterface {
  name = 'SkpPlanningSqlite1795825816744';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"performance_cycle\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"year\" integer NOT NULL, \"status\" varchar(12) NOT NULL DEFAULT ('PLANNING'), \"exceedsThreshold\" decimal(5,2) NOT NULL DEFAULT (110), \"meetsThreshold\" decimal(5,2) NOT NULL DEFAULT (90), \"version\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_e790baba1d782bce5d7cc847dde\" UNIQUE (\"year\"))");
    await queryRunner.query("CREATE TABLE \"performance_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"cycleId\" integer NOT NULL, \"approach\" varchar(12) NOT NULL, \"evaluatorId\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('DRAFT'), \"returnReason\" text, \"submittedAt\" datetime, \"approvedAt\" datetime, \"version\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_18c97a2780e3a12f1878366738e\" UNIQUE (\"employeeId\", \"cycleId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_827c76be0931acec4c54769aad\" ON \"performance_plan\" (\"evaluatorId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d0724edd90faf25326dd6b4236\" ON \"performance_plan\" (\"cycleId\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"behavior_expectation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planId\" integer NOT NULL, \"coreValue\" varchar(24) NOT NULL, \"specificExpectation\" text, CONSTRAINT \"UQ_9249845554bf0161d4619fadcd8\" UNIQUE (\"planId\", \"coreValue\"))");
    await queryRunner.query("CREATE TABLE \"work_target\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"description\" text NOT NULL, \"parentTargetId\" integer, \"sortOrder\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE INDEX \"IDX_9b75f61cd1d5e784a407fb6bcd\" ON \"work_target\" (\"planId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9d3db2738636b33416552009a6\" ON \"work_target\" (\"parentTargetId\") ");
    await queryRunner.query("CREATE TABLE \"indicator\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"workTargetId\" integer NOT NULL, \"aspect\" varchar(10) NOT NULL, \"description\" text NOT NULL, \"target\" decimal(14,2) NOT NULL, \"unit\" varchar(40) NOT NULL, \"direction\" varchar(16) NOT NULL DEFAULT ('HIGHER_IS_BETTER'))");
    await queryRunner.query("CREATE INDEX \"IDX_7fe9fe51acb2d96b5c031894eb\" ON \"indicator\" (\"workTargetId\") ");
    await queryRunner.query("CREATE TABLE \"realization\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"indicatorId\" integer NOT NULL, \"period\" varchar(6) NOT NULL, \"value\" decimal(14,2) NOT NULL, \"evidenceUrl\" varchar(500), \"note\" text, \"submittedAt\" datetime(3) NOT NULL, \"replacedAt\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"IDX_aa54f5d6bff85781ca62baec94\" ON \"realization\" (\"indicatorId\", \"period\", \"replacedAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_827c76be0931acec4c54769aad\"");
    await queryRunner.query("DROP INDEX \"IDX_d0724edd90faf25326dd6b4236\"");
    await queryRunner.query("CREATE TABLE \"temporary_performance_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"cycleId\" integer NOT NULL, \"approach\" varchar(12) NOT NULL, \"evaluatorId\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('DRAFT'), \"returnReason\" text, \"submittedAt\" datetime, \"approvedAt\" datetime, \"version\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_18c97a2780e3a12f1878366738e\" UNIQUE (\"employeeId\", \"cycleId\"), CONSTRAINT \"FK_764641f5bf0956800664c904e6a\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5aa3875f860ec85cb9b7c1dfdaa\" FOREIGN KEY (\"cycleId\") REFERENCES \"performance_cycle\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_a0938ed1b04b4880c33be5501b0\" FOREIGN KEY (\"evaluatorId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_performance_plan\"(\"id\", \"employeeId\", \"cycleId\", \"approach\", \"evaluatorId\", \"status\", \"returnReason\", \"submittedAt\", \"approvedAt\", \"version\", \"createdAt\") SELECT \"id\", \"employeeId\", \"cycleId\", \"approach\", \"evaluatorId\", \"status\", \"returnReason\", \"submittedAt\", \"approvedAt\", \"version\", \"createdAt\" FROM \"performance_plan\"");
    await queryRunner.query("DROP TABLE \"performance_plan\"");
    await queryRunner.query("ALTER TABLE \"temporary_performance_plan\" RENAME TO \"performance_plan\"");
    await queryRunner.query("CREATE INDEX \"IDX_827c76be0931acec4c54769aad\" ON \"performance_plan\" (\"evaluatorId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d0724edd90faf25326dd6b4236\" ON \"performance_plan\" (\"cycleId\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"temporary_behavior_expectation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planId\" integer NOT NULL, \"coreValue\" varchar(24) NOT NULL, \"specificExpectation\" text, CONSTRAINT \"UQ_9249845554bf0161d4619fadcd8\" UNIQUE (\"planId\", \"coreValue\"), CONSTRAINT \"FK_d0c241bfdc13f40422af2fe4391\" FOREIGN KEY (\"planId\") REFERENCES \"performance_plan\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_behavior_expectation\"(\"id\", \"planId\", \"coreValue\", \"specificExpectation\") SELECT \"id\", \"planId\", \"coreValue\", \"specificExpectation\" FROM \"behavior_expectation\"");
    await queryRunner.query("DROP TABLE \"behavior_expectation\"");
    await queryRunner.query("ALTER TABLE \"temporary_behavior_expectation\" RENAME TO \"behavior_expectation\"");
    await queryRunner.query("DROP INDEX \"IDX_9b75f61cd1d5e784a407fb6bcd\"");
    await queryRunner.query("DROP INDEX \"IDX_9d3db2738636b33416552009a6\"");
    await queryRunner.query("CREATE TABLE \"temporary_work_target\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"description\" text NOT NULL, \"parentTargetId\" integer, \"sortOrder\" integer NOT NULL DEFAULT (0), CONSTRAINT \"FK_9b75f61cd1d5e784a407fb6bcd6\" FOREIGN KEY (\"planId\") REFERENCES \"performance_plan\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_9d3db2738636b33416552009a6a\" FOREIGN KEY (\"parentTargetId\") REFERENCES \"work_target\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_work_target\"(\"id\", \"planId\", \"kind\", \"description\", \"parentTargetId\", \"sortOrder\") SELECT \"id\", \"planId\", \"kind\", \"description\", \"parentTargetId\", \"sortOrder\" FROM \"work_target\"");
    await queryRunner.query("DROP TABLE \"work_target\"");
    await queryRunner.query("ALTER TABLE \"temporary_work_target\" RENAME TO \"work_target\"");
    await queryRunner.query("CREATE INDEX \"IDX_9b75f61cd1d5e784a407fb6bcd\" ON \"work_target\" (\"planId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9d3db2738636b33416552009a6\" ON \"work_target\" (\"parentTargetId\") ");
    await queryRunner.query("DROP INDEX \"IDX_7fe9fe51acb2d96b5c031894eb\"");
    await queryRunner.query("CREATE TABLE \"temporary_indicator\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"workTargetId\" integer NOT NULL, \"aspect\" varchar(10) NOT NULL, \"description\" text NOT NULL, \"target\" decimal(14,2) NOT NULL, \"unit\" varchar(40) NOT NULL, \"direction\" varchar(16) NOT NULL DEFAULT ('HIGHER_IS_BETTER'), CONSTRAINT \"FK_7fe9fe51acb2d96b5c031894eb9\" FOREIGN KEY (\"workTargetId\") REFERENCES \"work_target\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_indicator\"(\"id\", \"workTargetId\", \"aspect\", \"description\", \"target\", \"unit\", \"direction\") SELECT \"id\", \"workTargetId\", \"aspect\", \"description\", \"target\", \"unit\", \"direction\" FROM \"indicator\"");
    await queryRunner.query("DROP TABLE \"indicator\"");
    await queryRunner.query("ALTER TABLE \"temporary_indicator\" RENAME TO \"indicator\"");
    await queryRunner.query("CREATE INDEX \"IDX_7fe9fe51acb2d96b5c031894eb\" ON \"indicator\" (\"workTargetId\") ");
    await queryRunner.query("DROP INDEX \"IDX_aa54f5d6bff85781ca62baec94\"");
    await queryRunner.query("CREATE TABLE \"temporary_realization\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"indicatorId\" integer NOT NULL, \"period\" varchar(6) NOT NULL, \"value\" decimal(14,2) NOT NULL, \"evidenceUrl\" varchar(500), \"note\" text, \"submittedAt\" datetime(3) NOT NULL, \"replacedAt\" datetime(3), CONSTRAINT \"FK_6c90393fbb3bd2afec5edfa113e\" FOREIGN KEY (\"indicatorId\") REFERENCES \"indicator\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_realization\"(\"id\", \"indicatorId\", \"period\", \"value\", \"evidenceUrl\", \"note\", \"submittedAt\", \"replacedAt\") SELECT \"id\", \"indicatorId\", \"period\", \"value\", \"evidenceUrl\", \"note\", \"submittedAt\", \"replacedAt\" FROM \"realization\"");
    await queryRunner.query("DROP TABLE \"realization\"");
    await queryRunner.query("ALTER TABLE \"temporary_realization\" RENAME TO \"realization\"");
    await queryRunner.query("CREATE INDEX \"IDX_aa54f5d6bff85781ca62baec94\" ON \"realization\" (\"indicatorId\", \"period\", \"replacedAt\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_aa54f5d6bff85781ca62baec94\"");
    await queryRunner.query("ALTER TABLE \"realization\" RENAME TO \"temporary_realization\"");
    await queryRunner.query("CREATE TABLE \"realization\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"indicatorId\" integer NOT NULL, \"period\" varchar(6) NOT NULL, \"value\" decimal(14,2) NOT NULL, \"evidenceUrl\" varchar(500), \"note\" text, \"submittedAt\" datetime(3) NOT NULL, \"replacedAt\" datetime(3))");
    await queryRunner.query("INSERT INTO \"realization\"(\"id\", \"indicatorId\", \"period\", \"value\", \"evidenceUrl\", \"note\", \"submittedAt\", \"replacedAt\") SELECT \"id\", \"indicatorId\", \"period\", \"value\", \"evidenceUrl\", \"note\", \"submittedAt\", \"replacedAt\" FROM \"temporary_realization\"");
    await queryRunner.query("DROP TABLE \"temporary_realization\"");
    await queryRunner.query("CREATE INDEX \"IDX_aa54f5d6bff85781ca62baec94\" ON \"realization\" (\"indicatorId\", \"period\", \"replacedAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_7fe9fe51acb2d96b5c031894eb\"");
    await queryRunner.query("ALTER TABLE \"indicator\" RENAME TO \"temporary_indicator\"");
    await queryRunner.query("CREATE TABLE \"indicator\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"workTargetId\" integer NOT NULL, \"aspect\" varchar(10) NOT NULL, \"description\" text NOT NULL, \"target\" decimal(14,2) NOT NULL, \"unit\" varchar(40) NOT NULL, \"direction\" varchar(16) NOT NULL DEFAULT ('HIGHER_IS_BETTER'))");
    await queryRunner.query("INSERT INTO \"indicator\"(\"id\", \"workTargetId\", \"aspect\", \"description\", \"target\", \"unit\", \"direction\") SELECT \"id\", \"workTargetId\", \"aspect\", \"description\", \"target\", \"unit\", \"direction\" FROM \"temporary_indicator\"");
    await queryRunner.query("DROP TABLE \"temporary_indicator\"");
    await queryRunner.query("CREATE INDEX \"IDX_7fe9fe51acb2d96b5c031894eb\" ON \"indicator\" (\"workTargetId\") ");
    await queryRunner.query("DROP INDEX \"IDX_9d3db2738636b33416552009a6\"");
    await queryRunner.query("DROP INDEX \"IDX_9b75f61cd1d5e784a407fb6bcd\"");
    await queryRunner.query("ALTER TABLE \"work_target\" RENAME TO \"temporary_work_target\"");
    await queryRunner.query("CREATE TABLE \"work_target\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"description\" text NOT NULL, \"parentTargetId\" integer, \"sortOrder\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"work_target\"(\"id\", \"planId\", \"kind\", \"description\", \"parentTargetId\", \"sortOrder\") SELECT \"id\", \"planId\", \"kind\", \"description\", \"parentTargetId\", \"sortOrder\" FROM \"temporary_work_target\"");
    await queryRunner.query("DROP TABLE \"temporary_work_target\"");
    await queryRunner.query("CREATE INDEX \"IDX_9d3db2738636b33416552009a6\" ON \"work_target\" (\"parentTargetId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9b75f61cd1d5e784a407fb6bcd\" ON \"work_target\" (\"planId\") ");
    await queryRunner.query("ALTER TABLE \"behavior_expectation\" RENAME TO \"temporary_behavior_expectation\"");
    await queryRunner.query("CREATE TABLE \"behavior_expectation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planId\" integer NOT NULL, \"coreValue\" varchar(24) NOT NULL, \"specificExpectation\" text, CONSTRAINT \"UQ_9249845554bf0161d4619fadcd8\" UNIQUE (\"planId\", \"coreValue\"))");
    await queryRunner.query("INSERT INTO \"behavior_expectation\"(\"id\", \"planId\", \"coreValue\", \"specificExpectation\") SELECT \"id\", \"planId\", \"coreValue\", \"specificExpectation\" FROM \"temporary_behavior_expectation\"");
    await queryRunner.query("DROP TABLE \"temporary_behavior_expectation\"");
    await queryRunner.query("DROP INDEX \"IDX_d0724edd90faf25326dd6b4236\"");
    await queryRunner.query("DROP INDEX \"IDX_827c76be0931acec4c54769aad\"");
    await queryRunner.query("ALTER TABLE \"performance_plan\" RENAME TO \"temporary_performance_plan\"");
    await queryRunner.query("CREATE TABLE \"performance_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"cycleId\" integer NOT NULL, \"approach\" varchar(12) NOT NULL, \"evaluatorId\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('DRAFT'), \"returnReason\" text, \"submittedAt\" datetime, \"approvedAt\" datetime, \"version\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_18c97a2780e3a12f1878366738e\" UNIQUE (\"employeeId\", \"cycleId\"))");
    await queryRunner.query("INSERT INTO \"performance_plan\"(\"id\", \"employeeId\", \"cycleId\", \"approach\", \"evaluatorId\", \"status\", \"returnReason\", \"submittedAt\", \"approvedAt\", \"version\", \"createdAt\") SELECT \"id\", \"employeeId\", \"cycleId\", \"approach\", \"evaluatorId\", \"status\", \"returnReason\", \"submittedAt\", \"approvedAt\", \"version\", \"createdAt\" FROM \"temporary_performance_plan\"");
    await queryRunner.query("DROP TABLE \"temporary_performance_plan\"");
    await queryRunner.query("CREATE INDEX \"IDX_d0724edd90faf25326dd6b4236\" ON \"performance_plan\" (\"cycleId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_827c76be0931acec4c54769aad\" ON \"performance_plan\" (\"evaluatorId\", \"status\") ");
    await queryRunner.query("DROP INDEX \"IDX_aa54f5d6bff85781ca62baec94\"");
    await queryRunner.query("DROP TABLE \"realization\"");
    await queryRunner.query("DROP INDEX \"IDX_7fe9fe51acb2d96b5c031894eb\"");
    await queryRunner.query("DROP TABLE \"indicator\"");
    await queryRunner.query("DROP INDEX \"IDX_9d3db2738636b33416552009a6\"");
    await queryRunner.query("DROP INDEX \"IDX_9b75f61cd1d5e784a407fb6bcd\"");
    await queryRunner.query("DROP TABLE \"work_target\"");
    await queryRunner.query("DROP TABLE \"behavior_expectation\"");
    await queryRunner.query("DROP INDEX \"IDX_d0724edd90faf25326dd6b4236\"");
    await queryRunner.query("DROP INDEX \"IDX_827c76be0931acec4c54769aad\"");
    await queryRunner.query("DROP TABLE \"performance_plan\"");
    await queryRunner.query("DROP TABLE \"performance_cycle\"");
  }
}
