import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class IndicatorPeriodTargetsMysql1796199874437 implements MigrationInterface {
  name = 'IndicatorPeriodTargetsMysql1796199874437';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation` ADD `unreportedIndicators` int NULL");
    await queryRunner.query("ALTER TABLE `indicator` ADD `aggregation` varchar(8) NOT NULL DEFAULT 'LAST'");
    await queryRunner.query("ALTER TABLE `indicator` ADD `targetTw1` decimal(14,2) NOT NULL DEFAULT '0.00'");
    await queryRunner.query("ALTER TABLE `indicator` ADD `actionPlanTw1` text NULL");
    await queryRunner.query("ALTER TABLE `indicator` ADD `targetTw2` decimal(14,2) NOT NULL DEFAULT '0.00'");
    await queryRunner.query("ALTER TABLE `indicator` ADD `actionPlanTw2` text NULL");
    await queryRunner.query("ALTER TABLE `indicator` ADD `targetTw3` decimal(14,2) NOT NULL DEFAULT '0.00'");
    await queryRunner.query("ALTER TABLE `indicator` ADD `actionPlanTw3` text NULL");
    await queryRunner.query("ALTER TABLE `indicator` ADD `targetTw4` decimal(14,2) NOT NULL DEFAULT '0.00'");
    await queryRunner.query("ALTER TABLE `indicator` ADD `actionPlanTw4` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `actionPlanTw4`");
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `targetTw4`");
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `actionPlanTw3`");
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `targetTw3`");
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `actionPlanTw2`");
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `targetTw2`");
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `actionPlanTw1`");
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `targetTw1`");
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `aggregation`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `unreportedIndicators`");
  }
}
