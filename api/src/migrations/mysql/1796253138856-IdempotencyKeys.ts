import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class IdempotencyKeysMysql1796253138856 implements MigrationInterface {
  name = 'IdempotencyKeysMysql1796253138856';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `idempotency_key` (`id` int NOT NULL AUTO_INCREMENT, `accountId` int NOT NULL, `key` varchar(100) NOT NULL, `operation` varchar(60) NOT NULL, `requestHash` varchar(64) NOT NULL, `response` text NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_38536b1937c55d305af4d69a97` (`createdAt`), UNIQUE INDEX `IDX_fe157aad87eb1935dac847855f` (`accountId`, `key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_fe157aad87eb1935dac847855f` ON `idempotency_key`");
    await queryRunner.query("DROP INDEX `IDX_38536b1937c55d305af4d69a97` ON `idempotency_key`");
    await queryRunner.query("DROP TABLE `idempotency_key`");
  }
}
