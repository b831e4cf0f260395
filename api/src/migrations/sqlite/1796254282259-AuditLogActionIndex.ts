import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class AuditLogActionIndexSqlite1796254282259 implements MigrationInterface {
  name = 'AuditLogActionIndexSqlite1796254282259';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_877c99611f347708de5db67fd0\" ON \"audit_log\" (\"action\", \"createdAt\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_877c99611f347708de5db67fd0\"");
  }
}
