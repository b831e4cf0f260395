import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class DevelopmentPlansSqlite1795836621926 implements MigrationInterface {
  name = 'DevelopmentPlansSqlite1795836621926';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"development_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"cycleId\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_425d4b40f756f245eec566193df\" UNIQUE (\"employeeId\", \"cycleId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_425d4b40f756f245eec566193d\" ON \"development_plan\" (\"cycleId\", \"employeeId\") ");
    await queryRunner.query("CREATE TABLE \"training_program\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(32) NOT NULL, \"title\" varchar(160) NOT NULL, \"description\" text NOT NULL, \"coreValues\" text NOT NULL, \"aspects\" text NOT NULL, \"hours\" integer NOT NULL, \"provider\" varchar(160) NOT NULL, \"mode\" varchar(12) NOT NULL, \"retiredAt\" datetime(3), \"version\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_e08ad0b33f41ebde9ec8c130533\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"development_activity\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planId\" integer NOT NULL, \"employeeId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"programId\" integer, \"title\" varchar(160) NOT NULL, \"reason\" text NOT NULL, \"reasonEvaluationId\" integer, \"reasonCoreValue\" varchar(24), \"reasonIndicatorId\" integer, \"reasonAspect\" varchar(10), \"jp\" integer NOT NULL, \"status\" varchar(12) NOT NULL DEFAULT ('PLANNED'), \"dueDate\" date, \"completedOn\" date, \"outcome\" text, \"evidenceUrl\" varchar(500), \"required\" boolean NOT NULL DEFAULT (0), \"cancelReason\" text, \"createdById\" integer, \"version\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_238b0e781d47c4415a7529869d\" ON \"development_activity\" (\"planId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_97e7a9e9eeb4c5e7665718c105\" ON \"development_activity\" (\"programId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6f83de0b9d4bd670cd04c2a61c\" ON \"development_activity\" (\"employeeId\", \"status\") ");
    await queryRunner.query("DROP INDEX \"IDX_425d4b40f756f245eec566193d\"");
    await queryRunner.query("CREATE TABLE \"temporary_development_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"cycleId\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_425d4b40f756f245eec566193df\" UNIQUE (\"employeeId\", \"cycleId\"), CONSTRAINT \"FK_93ffaa3c1f28cbcf0fa5b7be5f7\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_dc8a4f1dfe7d47a7bd25be10ce3\" FOREIGN KEY (\"cycleId\") REFERENCES \"performance_cycle\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_development_plan\"(\"id\", \"employeeId\", \"cycleId\", \"createdAt\") SELECT \"id\", \"employeeId\", \"cycleId\", \"createdAt\" FROM \"development_plan\"");
    await queryRunner.query("DROP TABLE \"development_plan\"");
    await queryRunner.query("ALTER TABLE \"temporary_development_plan\" RENAME TO \"development_plan\"");
    await queryRunner.query("CREATE INDEX \"IDX_425d4b40f756f245eec566193d\" ON \"development_plan\" (\"cycleId\", \"employeeId\") ");
    await queryRunner.query("DROP INDEX \"IDX_238b0e781d47c4415a7529869d\"");
    await queryRunner.query("DROP INDEX \"IDX_97e7a9e9eeb4c5e7665718c105\"");
    await queryRunner.query("DROP INDEX \"IDX_6f83de0b9d4bd670cd04c2a61c\"");
    await queryRunner.query("CREATE TABLE \"temporary_development_activity\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planId\" integer NOT NULL, \"employeeId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"programId\" integer, \"title\" varchar(160) NOT NULL, \"reason\" text NOT NULL, \"reasonEvaluationId\" integer, \"reasonCoreValue\" varchar(24), \"reasonIndicatorId\" integer, \"reasonAspect\" varchar(10), \"jp\" integer NOT NULL, \"status\" varchar(12) NOT NULL DEFAULT ('PLANNED'), \"dueDate\" date, \"completedOn\" date, \"outcome\" text, \"evidenceUrl\" varchar(500), \"required\" boolean NOT NULL DEFAULT (0), \"cancelReason\" text, \"createdById\" integer, \"version\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_238b0e781d47c4415a7529869de\" FOREIGN KEY (\"planId\") REFERENCES \"development_plan\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_65214453db8fee89a8bed1b99cc\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_d346b67fe9786c0b6e29b5b7284\" FOREIGN KEY (\"programId\") REFERENCES \"training_program\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_39a1e43905a8fde6e7096aa6de8\" FOREIGN KEY (\"reasonEvaluationId\") REFERENCES \"evaluation\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_4b24be13a627d71256860087aaa\" FOREIGN KEY (\"reasonIndicatorId\") REFERENCES \"indicator\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_3c7e78d5af215f7a4dc632277ae\" FOREIGN KEY (\"createdById\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_development_activity\"(\"id\", \"planId\", \"employeeId\", \"kind\", \"programId\", \"title\", \"reason\", \"reasonEvaluationId\", \"reasonCoreValue\", \"reasonIndicatorId\", \"reasonAspect\", \"jp\", \"status\", \"dueDate\", \"completedOn\", \"outcome\", \"evidenceUrl\", \"required\", \"cancelReason\", \"createdById\", \"version\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"planId\", \"employeeId\", \"kind\", \"programId\", \"title\", \"reason\", \"reasonEvaluationId\", \"reasonCoreValue\", \"reasonIndicatorId\", \"reasonAspect\", \"jp\", \"status\", \"dueDate\", \"completedOn\", \"outcome\", \"evidenceUrl\", \"required\", \"cancelReason\", \"createdById\", \"version\", \"createdAt\", \"updatedAt\" FROM \"development_activity\"");
    await queryRunner.query("DROP TABLE \"development_activity\"");
    await queryRunner.query("ALTER TABLE \"temporary_development_activity\" RENAME TO \"development_activity\"");
    await queryRunner.query("CREATE INDEX \"IDX_238b0e781d47c4415a7529869d\" ON \"development_activity\" (\"planId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_97e7a9e9eeb4c5e7665718c105\" ON \"development_activity\" (\"programId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6f83de0b9d4bd670cd04c2a61c\" ON \"development_activity\" (\"employeeId\", \"status\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_6f83de0b9d4bd670cd04c2a61c\"");
    await queryRunner.query("DROP INDEX \"IDX_97e7a9e9eeb4c5e7665718c105\"");
    await queryRunner.query("DROP INDEX \"IDX_238b0e781d47c4415a7529869d\"");
    await queryRunner.query("ALTER TABLE \"development_activity\" RENAME TO \"temporary_development_activity\"");
    await queryRunner.query("CREATE TABLE \"development_activity\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planId\" integer NOT NULL, \"employeeId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"programId\" integer, \"title\" varchar(160) NOT NULL, \"reason\" text NOT NULL, \"reasonEvaluationId\" integer, \"reasonCoreValue\" varchar(24), \"reasonIndicatorId\" integer, \"reasonAspect\" varchar(10), \"jp\" integer NOT NULL, \"status\" varchar(12) NOT NULL DEFAULT ('PLANNED'), \"dueDate\" date, \"completedOn\" date, \"outcome\" text, \"evidenceUrl\" varchar(500), \"required\" boolean NOT NULL DEFAULT (0), \"cancelReason\" text, \"createdById\" integer, \"version\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"development_activity\"(\"id\", \"planId\", \"employeeId\", \"kind\", \"programId\", \"title\", \"reason\", \"reasonEvaluationId\", \"reasonCoreValue\", \"reasonIndicatorId\", \"reasonAspect\", \"jp\", \"status\", \"dueDate\", \"completedOn\", \"outcome\", \"evidenceUrl\", \"required\", \"cancelReason\", \"createdById\", \"version\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"planId\", \"employeeId\", \"kind\", \"programId\", \"title\", \"reason\", \"reasonEvaluationId\", \"reasonCoreValue\", \"reasonIndicatorId\", \"reasonAspect\", \"jp\", \"status\", \"dueDate\", \"completedOn\", \"outcome\", \"evidenceUrl\", \"required\", \"cancelReason\", \"createdById\", \"version\", \"createdAt\", \"updatedAt\" FROM \"temporary_development_activity\"");
    await queryRunner.query("DROP TABLE \"temporary_development_activity\"");
    await queryRunner.query("CREATE INDEX \"IDX_6f83de0b9d4bd670cd04c2a61c\" ON \"development_activity\" (\"employeeId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_97e7a9e9eeb4c5e7665718c105\" ON \"development_activity\" (\"programId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_238b0e781d47c4415a7529869d\" ON \"development_activity\" (\"planId\") ");
    await queryRunner.query("DROP INDEX \"IDX_425d4b40f756f245eec566193d\"");
    await queryRunner.query("ALTER TABLE \"development_plan\" RENAME TO \"temporary_development_plan\"");
    await queryRunner.query("CREATE TABLE \"development_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"cycleId\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_425d4b40f756f245eec566193df\" UNIQUE (\"employeeId\", \"cycleId\"))");
    await queryRunner.query("INSERT INTO \"development_plan\"(\"id\", \"employeeId\", \"cycleId\", \"createdAt\") SELECT \"id\", \"employeeId\", \"cycleId\", \"createdAt\" FROM \"temporary_development_plan\"");
    await queryRunner.query("DROP TABLE \"temporary_development_plan\"");
    await queryRunner.query("CREATE INDEX \"IDX_425d4b40f756f245eec566193d\" ON \"development_plan\" (\"cycleId\", \"employeeId\") ");
    await queryRunner.query("DROP INDEX \"IDX_6f83de0b9d4bd670cd04c2a61c\"");
    await queryRunner.query("DROP INDEX \"IDX_97e7a9e9eeb4c5e7665718c105\"");
    await queryRunner.query("DROP INDEX \"IDX_238b0e781d47c4415a7529869d\"");
    await queryRunner.query("DROP TABLE \"development_activity\"");
    await queryRunner.query("DROP TABLE \"training_program\"");
    await queryRunner.query("DROP INDEX \"IDX_425d4b40f756f245eec566193d\"");
    await queryRunner.query("DROP TABLE \"development_plan\"");
  }
}
