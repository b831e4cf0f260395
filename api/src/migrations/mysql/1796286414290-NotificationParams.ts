import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class NotificationParamsMysql1796286414290 implements MigrationInterface {
  name = 'NotificationParamsMysql1796286414290';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `notification` ADD `params` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `params`");
  }
}
