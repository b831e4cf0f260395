import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class IdempotencyKeysSqlite1796253138856 implements MigrationInterface {
  name = 'IdempotencyKeysSqlite1796253138856';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"idempotency_key\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"accountId\" integer NOT NULL, \"key\" varchar(100) NOT NULL, \"operation\" varchar(60) NOT NULL, \"requestHash\" varchar(64) NOT NULL, \"response\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_38536b1937c55d305af4d69a97\" ON \"idempotency_key\" (\"createdAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fe157aad87eb1935dac847855f\" ON \"idempotency_key\" (\"accountId\", \"key\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_fe157aad87eb1935dac847855f\"");
    await queryRunner.query("DROP INDEX \"IDX_38536b1937c55d305af4d69a97\"");
    await queryRunner.query("DROP TABLE \"idempotency_key\"");
  }
}
