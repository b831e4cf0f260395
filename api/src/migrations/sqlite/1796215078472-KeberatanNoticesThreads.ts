import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class KeberatanNoticesThreadsSqlite1796215078472 implements MigrationInterface {
  name = 'KeberatanNoticesThreadsSqlite1796215078472';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_8bda5550c80498874b44aa5228\"");
    await queryRunner.query("DROP INDEX \"IDX_14c2885f898e937820b6a32753\"");
    await queryRunner.query("CREATE TABLE \"temporary_objection\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"evaluationId\" integer NOT NULL, \"employeeId\" integer NOT NULL, \"reason\" text NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('FILED'), \"deciderId\" integer, \"decisionReason\" text, \"filedAt\" datetime(3) NOT NULL, \"decidedAt\" datetime(3), \"revisedEvaluationId\" integer, \"response\" text, \"respondedAt\" datetime(3), \"externalDecider\" varchar(200), \"externalReferenceNumber\" varchar(100), \"externalDecisionDate\" date, \"recordedByAccountId\" integer, \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"FK_3e5ab2765249fb50c89da46de38\" FOREIGN KEY (\"revisedEvaluationId\") REFERENCES \"evaluation\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_8bda5550c80498874b44aa52287\" FOREIGN KEY (\"deciderId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_118e7f3fe905a18e5d5fa497e4b\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_14c2885f898e937820b6a327534\" FOREIGN KEY (\"evaluationId\") REFERENCES \"evaluation\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_objection\"(\"id\", \"evaluationId\", \"employeeId\", \"reason\", \"status\", \"deciderId\", \"decisionReason\", \"filedAt\", \"decidedAt\", \"revisedEvaluationId\") SELECT \"id\", \"evaluationId\", \"employeeId\", \"reason\", \"status\", \"deciderId\", \"decisionReason\", \"filedAt\", \"decidedAt\", \"revisedEvaluationId\" FROM \"objection\"");
    await queryRunner.query("DROP TABLE \"objection\"");
    await queryRunner.query("ALTER TABLE \"temporary_objection\" RENAME TO \"objection\"");
    await queryRunner.query("CREATE INDEX \"IDX_8bda5550c80498874b44aa5228\" ON \"objection\" (\"deciderId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_14c2885f898e937820b6a32753\" ON \"objection\" (\"evaluationId\") ");
    await queryRunner.query("DROP INDEX \"IDX_2d9d5a25f30caf8e565dee752b\"");
    await queryRunner.query("DROP INDEX \"IDX_043c7ed6b2fcec06d3440877f7\"");
    await queryRunner.query("CREATE TABLE \"temporary_feedback\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cycleId\" integer NOT NULL, \"authorId\" integer NOT NULL, \"recipientId\" integer NOT NULL, \"workTargetId\" integer, \"coreValue\" varchar(24), \"kind\" varchar(12) NOT NULL, \"text\" text NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"acknowledgedAt\" datetime(3), \"threadId\" integer, CONSTRAINT \"FK_4ac52a15db23bd117acbbbb8fb9\" FOREIGN KEY (\"workTargetId\") REFERENCES \"work_target\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_b279f2018daa4176edabd5a0208\" FOREIGN KEY (\"recipientId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_dcb65439124a7d17475aaf8588e\" FOREIGN KEY (\"authorId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_ead2b1740621173d508d259d2e4\" FOREIGN KEY (\"cycleId\") REFERENCES \"performance_cycle\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_feedback\"(\"id\", \"cycleId\", \"authorId\", \"recipientId\", \"workTargetId\", \"coreValue\", \"kind\", \"text\", \"createdAt\", \"acknowledgedAt\") SELECT \"id\", \"cycleId\", \"authorId\", \"recipientId\", \"workTargetId\", \"coreValue\", \"kind\", \"text\", \"createdAt\", \"acknowledgedAt\" FROM \"feedback\"");
    await queryRunner.query("DROP TABLE \"feedback\"");
    await queryRunner.query("ALTER TABLE \"temporary_feedback\" RENAME TO \"feedback\"");
    await queryRunner.query("CREATE INDEX \"IDX_2d9d5a25f30caf8e565dee752b\" ON \"feedback\" (\"recipientId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_043c7ed6b2fcec06d3440877f7\" ON \"feedback\" (\"authorId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_2b6c323721a50ee7f215397848\"");
    await queryRunner.query("CREATE TABLE \"temporary_notification\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"recipientId\" integer NOT NULL, \"kind\" varchar(40) NOT NULL, \"message\" text NOT NULL, \"entity\" varchar(40) NOT NULL, \"entityId\" varchar(40) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"readAt\" datetime(3), \"dedupeKey\" varchar(120), CONSTRAINT \"UQ_b020ea1402ca49d8a49352cdac7\" UNIQUE (\"dedupeKey\"), CONSTRAINT \"FK_ab7cbe7a013ecac5da0a8f88884\" FOREIGN KEY (\"recipientId\") REFERENCES \"employee\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_notification\"(\"id\", \"recipientId\", \"kind\", \"message\", \"entity\", \"entityId\", \"createdAt\", \"readAt\") SELECT \"id\", \"recipientId\", \"kind\", \"message\", \"entity\", \"entityId\", \"createdAt\", \"readAt\" FROM \"notification\"");
    await queryRunner.query("DROP TABLE \"notification\"");
    await queryRunner.query("ALTER TABLE \"temporary_notification\" RENAME TO \"notification\"");
    await queryRunner.query("CREATE INDEX \"IDX_2b6c323721a50ee7f215397848\" ON \"notification\" (\"recipientId\", \"readAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_da900c01399b9cd80fa3f123cc\" ON \"feedback\" (\"threadId\") ");
    await queryRunner.query("DROP INDEX \"IDX_2d9d5a25f30caf8e565dee752b\"");
    await queryRunner.query("DROP INDEX \"IDX_043c7ed6b2fcec06d3440877f7\"");
    await queryRunner.query("DROP INDEX \"IDX_da900c01399b9cd80fa3f123cc\"");
    await queryRunner.query("CREATE TABLE \"temporary_feedback\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cycleId\" integer NOT NULL, \"authorId\" integer NOT NULL, \"recipientId\" integer NOT NULL, \"workTargetId\" integer, \"coreValue\" varchar(24), \"kind\" varchar(12) NOT NULL, \"text\" text NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"acknowledgedAt\" datetime(3), \"threadId\" integer, CONSTRAINT \"FK_4ac52a15db23bd117acbbbb8fb9\" FOREIGN KEY (\"workTargetId\") REFERENCES \"work_target\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_b279f2018daa4176edabd5a0208\" FOREIGN KEY (\"recipientId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_dcb65439124a7d17475aaf8588e\" FOREIGN KEY (\"authorId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_ead2b1740621173d508d259d2e4\" FOREIGN KEY (\"cycleId\") REFERENCES \"performance_cycle\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_da900c01399b9cd80fa3f123cce\" FOREIGN KEY (\"threadId\") REFERENCES \"feedback\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_feedback\"(\"id\", \"cycleId\", \"authorId\", \"recipientId\", \"workTargetId\", \"coreValue\", \"kind\", \"text\", \"createdAt\", \"acknowledgedAt\", \"threadId\") SELECT \"id\", \"cycleId\", \"authorId\", \"recipientId\", \"workTargetId\", \"coreValue\", \"kind\", \"text\", \"createdAt\", \"acknowledgedAt\", \"threadId\" FROM \"feedback\"");
    await queryRunner.query("DROP TABLE \"feedback\"");
    await queryRunner.query("ALTER TABLE \"temporary_feedback\" RENAME TO \"feedback\"");
    await queryRunner.query("CREATE INDEX \"IDX_2d9d5a25f30caf8e565dee752b\" ON \"feedback\" (\"recipientId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_043c7ed6b2fcec06d3440877f7\" ON \"feedback\" (\"authorId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_da900c01399b9cd80fa3f123cc\" ON \"feedback\" (\"threadId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_da900c01399b9cd80fa3f123cc\"");
    await queryRunner.query("DROP INDEX \"IDX_043c7ed6b2fcec06d3440877f7\"");
    await queryRunner.query("DROP INDEX \"IDX_2d9d5a25f30caf8e565dee752b\"");
    await queryRunner.query("ALTER TABLE \"feedback\" RENAME TO \"temporary_feedback\"");
    await queryRunner.query("CREATE TABLE \"feedback\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cycleId\" integer NOT NULL, \"authorId\" integer NOT NULL, \"recipientId\" integer NOT NULL, \"workTargetId\" integer, \"coreValue\" varchar(24), \"kind\" varchar(12) NOT NULL, \"text\" text NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"acknowledgedAt\" datetime(3), \"threadId\" integer, CONSTRAINT \"FK_4ac52a15db23bd117acbbbb8fb9\" FOREIGN KEY (\"workTargetId\") REFERENCES \"work_target\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_b279f2018daa4176edabd5a0208\" FOREIGN KEY (\"recipientId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_dcb65439124a7d17475aaf8588e\" FOREIGN KEY (\"authorId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_ead2b1740621173d508d259d2e4\" FOREIGN KEY (\"cycleId\") REFERENCES \"performance_cycle\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"feedback\"(\"id\", \"cycleId\", \"authorId\", \"recipientId\", \"workTargetId\", \"coreValue\", \"kind\", \"text\", \"createdAt\", \"acknowledgedAt\", \"threadId\") SELECT \"id\", \"cycleId\", \"authorId\", \"recipientId\", \"workTargetId\", \"coreValue\", \"kind\", \"text\", \"createdAt\", \"acknowledgedAt\", \"threadId\" FROM \"temporary_feedback\"");
    await queryRunner.query("DROP TABLE \"temporary_feedback\"");
    await queryRunner.query("CREATE INDEX \"IDX_da900c01399b9cd80fa3f123cc\" ON \"feedback\" (\"threadId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_043c7ed6b2fcec06d3440877f7\" ON \"feedback\" (\"authorId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2d9d5a25f30caf8e565dee752b\" ON \"feedback\" (\"recipientId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_da900c01399b9cd80fa3f123cc\"");
    await queryRunner.query("DROP INDEX \"IDX_2b6c323721a50ee7f215397848\"");
    await queryRunner.query("ALTER TABLE \"notification\" RENAME TO \"temporary_notification\"");
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"recipientId\" integer NOT NULL, \"kind\" varchar(40) NOT NULL, \"message\" text NOT NULL, \"entity\" varchar(40) NOT NULL, \"entityId\" varchar(40) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"readAt\" datetime(3), CONSTRAINT \"FK_ab7cbe7a013ecac5da0a8f88884\" FOREIGN KEY (\"recipientId\") REFERENCES \"employee\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"notification\"(\"id\", \"recipientId\", \"kind\", \"message\", \"entity\", \"entityId\", \"createdAt\", \"readAt\") SELECT \"id\", \"recipientId\", \"kind\", \"message\", \"entity\", \"entityId\", \"createdAt\", \"readAt\" FROM \"temporary_notification\"");
    await queryRunner.query("DROP TABLE \"temporary_notification\"");
    await queryRunner.query("CREATE INDEX \"IDX_2b6c323721a50ee7f215397848\" ON \"notification\" (\"recipientId\", \"readAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_043c7ed6b2fcec06d3440877f7\"");
    await queryRunner.query("DROP INDEX \"IDX_2d9d5a25f30caf8e565dee752b\"");
    await queryRunner.query("ALTER TABLE \"feedback\" RENAME TO \"temporary_feedback\"");
    await queryRunner.query("CREATE TABLE \"feedback\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cycleId\" integer NOT NULL, \"authorId\" integer NOT NULL, \"recipientId\" integer NOT NULL, \"workTargetId\" integer, \"coreValue\" varchar(24), \"kind\" varchar(12) NOT NULL, \"text\" text NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"acknowledgedAt\" datetime(3), CONSTRAINT \"FK_4ac52a15db23bd117acbbbb8fb9\" FOREIGN KEY (\"workTargetId\") REFERENCES \"work_target\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_b279f2018daa4176edabd5a0208\" FOREIGN KEY (\"recipientId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_dcb65439124a7d17475aaf8588e\" FOREIGN KEY (\"authorId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_ead2b1740621173d508d259d2e4\" FOREIGN KEY (\"cycleId\") REFERENCES \"performance_cycle\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"feedback\"(\"id\", \"cycleId\", \"authorId\", \"recipientId\", \"workTargetId\", \"coreValue\", \"kind\", \"text\", \"createdAt\", \"acknowledgedAt\") SELECT \"id\", \"cycleId\", \"authorId\", \"recipientId\", \"workTargetId\", \"coreValue\", \"kind\", \"text\", \"createdAt\", \"acknowledgedAt\" FROM \"temporary_feedback\"");
    await queryRunner.query("DROP TABLE \"temporary_feedback\"");
    await queryRunner.query("CREATE INDEX \"IDX_043c7ed6b2fcec06d3440877f7\" ON \"feedback\" (\"authorId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2d9d5a25f30caf8e565dee752b\" ON \"feedback\" (\"recipientId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_14c2885f898e937820b6a32753\"");
    await queryRunner.query("DROP INDEX \"IDX_8bda5550c80498874b44aa5228\"");
    await queryRunner.query("ALTER TABLE \"objection\" RENAME TO \"temporary_objection\"");
    await queryRunner.query("CREATE TABLE \"objection\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"evaluationId\" integer NOT NULL, \"employeeId\" integer NOT NULL, \"reason\" text NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('FILED'), \"deciderId\" integer, \"decisionReason\" text, \"filedAt\" datetime(3) NOT NULL, \"decidedAt\" datetime(3), \"revisedEvaluationId\" integer, CONSTRAINT \"FK_3e5ab2765249fb50c89da46de38\" FOREIGN KEY (\"revisedEvaluationId\") REFERENCES \"evaluation\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_8bda5550c80498874b44aa52287\" FOREIGN KEY (\"deciderId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_118e7f3fe905a18e5d5fa497e4b\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_14c2885f898e937820b6a327534\" FOREIGN KEY (\"evaluationId\") REFERENCES \"evaluation\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"objection\"(\"id\", \"evaluationId\", \"employeeId\", \"reason\", \"status\", \"deciderId\", \"decisionReason\", \"filedAt\", \"decidedAt\", \"revisedEvaluationId\") SELECT \"id\", \"evaluationId\", \"employeeId\", \"reason\", \"status\", \"deciderId\", \"decisionReason\", \"filedAt\", \"decidedAt\", \"revisedEvaluationId\" FROM \"temporary_objection\"");
    await queryRunner.query("DROP TABLE \"temporary_objection\"");
    await queryRunner.query("CREATE INDEX \"IDX_14c2885f898e937820b6a32753\" ON \"objection\" (\"evaluationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8bda5550c80498874b44aa5228\" ON \"objection\" (\"deciderId\") ");
  }
}
