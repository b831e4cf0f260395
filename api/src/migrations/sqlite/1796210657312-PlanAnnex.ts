import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class PlanAnnexSqlite1796210657312 implements MigrationInterface {
  name = 'PlanAnnexSqlite1796210657312';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_d0724edd90faf25326dd6b4236\"");
    await queryRunner.query("DROP INDEX \"IDX_827c76be0931acec4c54769aad\"");
    await queryRunner.query("CREATE TABLE \"temporary_performance_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"cycleId\" integer NOT NULL, \"approach\" varchar(12) NOT NULL, \"evaluatorId\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('DRAFT'), \"returnReason\" text, \"submittedAt\" datetime, \"approvedAt\" datetime, \"version\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"resourceSupport\" text, \"accountabilityScheme\" text, \"consequences\" text, CONSTRAINT \"UQ_18c97a2780e3a12f1878366738e\" UNIQUE (\"employeeId\", \"cycleId\"), CONSTRAINT \"FK_a0938ed1b04b4880c33be5501b0\" FOREIGN KEY (\"evaluatorId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5aa3875f860ec85cb9b7c1dfdaa\" FOREIGN KEY (\"cycleId\") REFERENCES \"performance_cycle\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_764641f5bf0956800664c904e6a\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_performance_plan\"(\"id\", \"employeeId\", \"cycleId\", \"approach\", \"evaluatorId\", \"status\", \"returnReason\", \"submittedAt\", \"approvedAt\", \"version\", \"createdAt\") SELECT \"id\", \"employeeId\", \"cycleId\", \"approach\", \"evaluatorId\", \"status\", \"returnReason\", \"submittedAt\", \"approvedAt\", \"version\", \"createdAt\" FROM \"performance_plan\"");
    await queryRunner.query("DROP TABLE \"performance_plan\"");
    await queryRunner.query("ALTER TABLE \"temporary_performance_plan\" RENAME TO \"performance_plan\"");
    await queryRunner.query("CREATE INDEX \"IDX_d0724edd90faf25326dd6b4236\" ON \"performance_plan\" (\"cycleId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_827c76be0931acec4c54769aad\" ON \"performance_plan\" (\"evaluatorId\", \"status\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_827c76be0931acec4c54769aad\"");
    await queryRunner.query("DROP INDEX \"IDX_d0724edd90faf25326dd6b4236\"");
    await queryRunner.query("ALTER TABLE \"performance_plan\" RENAME TO \"temporary_performance_plan\"");
    await queryRunner.query("CREATE TABLE \"performance_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"cycleId\" integer NOT NULL, \"approach\" varchar(12) NOT NULL, \"evaluatorId\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('DRAFT'), \"returnReason\" text, \"submittedAt\" datetime, \"approvedAt\" datetime, \"version\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_18c97a2780e3a12f1878366738e\" UNIQUE (\"employeeId\", \"cycleId\"), CONSTRAINT \"FK_a0938ed1b04b4880c33be5501b0\" FOREIGN KEY (\"evaluatorId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5aa3875f860ec85cb9b7c1dfdaa\" FOREIGN KEY (\"cycleId\") REFERENCES \"performance_cycle\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_764641f5bf0956800664c904e6a\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"performance_plan\"(\"id\", \"employeeId\", \"cycleId\", \"approach\", \"evaluatorId\", \"status\", \"returnReason\", \"submittedAt\", \"approvedAt\", \"version\", \"createdAt\") SELECT \"id\", \"employeeId\", \"cycleId\", \"approach\", \"evaluatorId\", \"status\", \"returnReason\", \"submittedAt\", \"approvedAt\", \"version\", \"createdAt\" FROM \"temporary_performance_plan\"");
    await queryRunner.query("DROP TABLE \"temporary_performance_plan\"");
    await queryRunner.query("CREATE INDEX \"IDX_827c76be0931acec4c54769aad\" ON \"performance_plan\" (\"evaluatorId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d0724edd90faf25326dd6b4236\" ON \"performance_plan\" (\"cycleId\", \"status\") ");
  }
}
