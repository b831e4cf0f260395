import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class PlanAnnexMysql1796210657312 implements MigrationInterface {
  name = 'PlanAnnexMysql1796210657312';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `performance_plan` ADD `resourceSupport` text NULL");
    await queryRunner.query("ALTER TABLE `performance_plan` ADD `accountabilityScheme` text NULL");
    await queryRunner.query("ALTER TABLE `performance_plan` ADD `consequences` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `performance_plan` DROP COLUMN `consequences`");
    await queryRunner.query("ALTER TABLE `performance_plan` DROP COLUMN `accountabilityScheme`");
    await queryRunner.query("ALTER TABLE `performance_plan` DROP COLUMN `resourceSupport`");
  }
}
