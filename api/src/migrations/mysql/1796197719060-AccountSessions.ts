import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class AccountSessionsMysql1796197719060 implements MigrationInterface {
  name = 'AccountSessionsMysql1796197719060';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `account` ADD `sessionVersion` int NOT NULL DEFAULT '1'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `account` DROP COLUMN `sessionVersion`");
  }
}
