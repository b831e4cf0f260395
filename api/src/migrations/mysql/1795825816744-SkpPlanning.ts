import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class SkpPlanningMysql1795825816744 implements MigrationInterface {
  name = 'SkpPlanningMysql1795825816744';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `performance_cycle` (`id` int NOT NULL AUTO_INCREMENT, `year` int NOT NULL, `status` varchar(12) NOT NULL DEFAULT 'PLANNING', `exceedsThreshold` decimal(5,2) NOT NULL DEFAULT '110.00', `meetsThreshold` decimal(5,2) NOT NULL DEFAULT '90.00', `version` int NOT NULL DEFAULT '1', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_e790baba1d782bce5d7cc847dd` (`year`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `performance_plan` (`id` int NOT NULL AUTO_INCREMENT, `employeeId` int NOT NULL, `cycleId` int NOT NULL, `approach` varchar(12) NOT NULL, `evaluatorId` int NULL, `status` varchar(10) NOT NULL DEFAULT 'DRAFT', `returnReason` text NULL, `submittedAt` datetime NULL, `approvedAt` datetime NULL, `version` int NOT NULL DEFAULT '1', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_827c76be0931acec4c54769aad` (`evaluatorId`, `status`), INDEX `IDX_d0724edd90faf25326dd6b4236` (`cycleId`, `status`), UNIQUE INDEX `IDX_18c97a2780e3a12f1878366738` (`employeeId`, `cycleId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `behavior_expectation` (`id` int NOT NULL AUTO_INCREMENT, `planId` int NOT NULL, `coreValue` varchar(24) NOT NULL, `specificExpectation` text NULL, UNIQUE INDEX `IDX_9249845554bf0161d4619fadcd` (`planId`, `coreValue`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `work_target` (`id` int NOT NULL AUTO_INCREMENT, `planId` int NOT NULL, `kind` varchar(10) NOT NULL, `description` text NOT NULL, `parentTargetId` int NULL, `sortOrder` int NOT NULL DEFAULT '0', INDEX `IDX_9b75f61cd1d5e784a407fb6bcd` (`planId`), INDEX `IDX_9d3db2738636b33416552009a6` (`parentTargetId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `indicator` (`id` int NOT NULL AUTO_INCREMENT, `workTargetId` int NOT NULL, `aspect` varchar(10) NOT NULL, `description` text NOT NULL, `target` decimal(14,2) NOT NULL, `unit` varchar(40) NOT NULL, `direction` varchar(16) NOT NULL DEFAULT 'HIGHER_IS_BETTER', INDEX `IDX_7fe9fe51acb2d96b5c031894eb` (`workTargetId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `realization` (`id` int NOT NULL AUTO_INCREMENT, `indicatorId` int NOT NULL, `period` varchar(6) NOT NULL, `value` decimal(14,2) NOT NULL, `evidenceUrl` varchar(500) NULL, `note` text NULL, `submittedAt` datetime(3) NOT NULL, `replacedAt` datetime(3) NULL, INDEX `IDX_aa54f5d6bff85781ca62baec94` (`indicatorId`, `period`, `replacedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `performance_plan` ADD CONSTRAINT `FK_764641f5bf0956800664c904e6a` FOREIGN KEY (`employeeId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `performance_plan` ADD CONSTRAINT `FK_5aa3875f860ec85cb9b7c1dfdaa` FOREIGN KEY (`cycleId`) REFERENCES `performance_cycle`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `performance_plan` ADD CONSTRAINT `FK_a0938ed1b04b4880c33be5501b0` FOREIGN KEY (`evaluatorId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `behavior_expectation` ADD CONSTRAINT `FK_d0c241bfdc13f40422af2fe4391` FOREIGN KEY (`planId`) REFERENCES `performance_plan`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `work_target` ADD CONSTRAINT `FK_9b75f61cd1d5e784a407fb6bcd6` FOREIGN KEY (`planId`) REFERENCES `performance_plan`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `work_target` ADD CONSTRAINT `FK_9d3db2738636b33416552009a6a` FOREIGN KEY (`parentTargetId`) REFERENCES `work_target`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `indicator` ADD CONSTRAINT `FK_7fe9fe51acb2d96b5c031894eb9` FOREIGN KEY (`workTargetId`) REFERENCES `work_target`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `realization` ADD CONSTRAINT `FK_6c90393fbb3bd2afec5edfa113e` FOREIGN KEY (`indicatorId`) REFERENCES `indicator`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `realization` DROP FOREIGN KEY `FK_6c90393fbb3bd2afec5edfa113e`");
    await queryRunner.query("ALTER TABLE `indicator` DROP FOREIGN KEY `FK_7fe9fe51acb2d96b5c031894eb9`");
    await queryRunner.query("ALTER TABLE `work_target` DROP FOREIGN KEY `FK_9d3db2738636b33416552009a6a`");
    await queryRunner.query("ALTER TABLE `work_target` DROP FOREIGN KEY `FK_9b75f61cd1d5e784a407fb6bcd6`");
    await queryRunner.query("ALTER TABLE `behavior_expectation` DROP FOREIGN KEY `FK_d0c241bfdc13f40422af2fe4391`");
    await queryRunner.query("ALTER TABLE `performance_plan` DROP FOREIGN KEY `FK_a0938ed1b04b4880c33be5501b0`");
    await queryRunner.query("ALTER TABLE `performance_plan` DROP FOREIGN KEY `FK_5aa3875f860ec85cb9b7c1dfdaa`");
    await queryRunner.query("ALTER TABLE `performance_plan` DROP FOREIGN KEY `FK_764641f5bf0956800664c904e6a`");
    await queryRunner.query("DROP INDEX `IDX_aa54f5d6bff85781ca62baec94` ON `realization`");
    await queryRunner.query("DROP TABLE `realization`");
    await queryRunner.query("DROP INDEX `IDX_7fe9fe51acb2d96b5c031894eb` ON `indicator`");
    await queryRunner.query("DROP TABLE `indicator`");
    await queryRunner.query("DROP INDEX `IDX_9d3db2738636b33416552009a6` ON `work_target`");
    await queryRunner.query("DROP INDEX `IDX_9b75f61cd1d5e784a407fb6bcd` ON `work_target`");
    await queryRunner.query("DROP TABLE `work_target`");
    await queryRunner.query("DROP INDEX `IDX_9249845554bf0161d4619fadcd` ON `behavior_expectation`");
    await queryRunner.query("DROP TABLE `behavior_expectation`");
    await queryRunner.query("DROP INDEX `IDX_18c97a2780e3a12f1878366738` ON `performance_plan`");
    await queryRunner.query("DROP INDEX `IDX_d0724edd90faf25326dd6b4236` ON `performance_plan`");
    await queryRunner.query("DROP INDEX `IDX_827c76be0931acec4c54769aad` ON `performance_plan`");
    await queryRunner.query("DROP TABLE `performance_plan`");
    await queryRunner.query("DROP INDEX `IDX_e790baba1d782bce5d7cc847dd` ON `performance_cycle`");
    await queryRunner.query("DROP TABLE `performance_cycle`");
  }
}
