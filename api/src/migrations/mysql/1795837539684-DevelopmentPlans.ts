import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class DevelopmentPlansMysql1795837539684 implements MigrationInterface {
  name = 'DevelopmentPlansMysql1795837539684';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `development_plan` (`id` int NOT NULL AUTO_INCREMENT, `employeeId` int NOT NULL, `cycleId` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_425d4b40f756f245eec566193d` (`employeeId`, `cycleId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `training_program` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(32) NOT NULL, `title` varchar(160) NOT NULL, `description` text NOT NULL, `coreValues` text NOT NULL, `aspects` text NOT NULL, `hours` int NOT NULL, `provider` varchar(160) NOT NULL, `mode` varchar(12) NOT NULL, `retiredAt` datetime(3) NULL, `version` int NOT NULL DEFAULT '1', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_e08ad0b33f41ebde9ec8c13053` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `development_activity` (`id` int NOT NULL AUTO_INCREMENT, `planId` int NOT NULL, `employeeId` int NOT NULL, `kind` varchar(10) NOT NULL, `programId` int NULL, `title` varchar(160) NOT NULL, `reason` text NOT NULL, `reasonEvaluationId` int NULL, `reasonCoreValue` varchar(24) NULL, `reasonIndicatorId` int NULL, `reasonAspect` varchar(10) NULL, `jp` int NOT NULL, `status` varchar(12) NOT NULL DEFAULT 'PLANNED', `dueDate` date NULL, `completedOn` date NULL, `outcome` text NULL, `evidenceUrl` varchar(500) NULL, `required` tinyint NOT NULL DEFAULT 0, `cancelReason` text NULL, `createdById` int NULL, `version` int NOT NULL DEFAULT '1', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_238b0e781d47c4415a7529869d` (`planId`), INDEX `IDX_97e7a9e9eeb4c5e7665718c105` (`programId`, `status`), INDEX `IDX_6f83de0b9d4bd670cd04c2a61c` (`employeeId`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `development_plan` ADD CONSTRAINT `FK_93ffaa3c1f28cbcf0fa5b7be5f7` FOREIGN KEY (`employeeId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `development_plan` ADD CONSTRAINT `FK_dc8a4f1dfe7d47a7bd25be10ce3` FOREIGN KEY (`cycleId`) REFERENCES `performance_cycle`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `development_activity` ADD CONSTRAINT `FK_238b0e781d47c4415a7529869de` FOREIGN KEY (`planId`) REFERENCES `development_plan`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `development_activity` ADD CONSTRAINT `FK_65214453db8fee89a8bed1b99cc` FOREIGN KEY (`employeeId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `development_activity` ADD CONSTRAINT `FK_d346b67fe9786c0b6e29b5b7284` FOREIGN KEY (`programId`) REFERENCES `training_program`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `development_activity` ADD CONSTRAINT `FK_39a1e43905a8fde6e7096aa6de8` FOREIGN KEY (`reasonEvaluationId`) REFERENCES `evaluation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `development_activity` ADD CONSTRAINT `FK_4b24be13a627d71256860087aaa` FOREIGN KEY (`reasonIndicatorId`) REFERENCES `indicator`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `development_activity` ADD CONSTRAINT `FK_3c7e78d5af215f7a4dc632277ae` FOREIGN KEY (`createdById`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `development_activity` DROP FOREIGN KEY `FK_3c7e78d5af215f7a4dc632277ae`");
    await queryRunner.query("ALTER TABLE `development_activity` DROP FOREIGN KEY `FK_4b24be13a627d71256860087aaa`");
    await queryRunner.query("ALTER TABLE `development_activity` DROP FOREIGN KEY `FK_39a1e43905a8fde6e7096aa6de8`");
    await queryRunner.query("ALTER TABLE `development_activity` DROP FOREIGN KEY `FK_d346b67fe9786c0b6e29b5b7284`");
    await queryRunner.query("ALTER TABLE `development_activity` DROP FOREIGN KEY `FK_65214453db8fee89a8bed1b99cc`");
    await queryRunner.query("ALTER TABLE `development_activity` DROP FOREIGN KEY `FK_238b0e781d47c4415a7529869de`");
    await queryRunner.query("ALTER TABLE `development_plan` DROP FOREIGN KEY `FK_dc8a4f1dfe7d47a7bd25be10ce3`");
    await queryRunner.query("ALTER TABLE `development_plan` DROP FOREIGN KEY `FK_93ffaa3c1f28cbcf0fa5b7be5f7`");
    await queryRunner.query("DROP INDEX `IDX_6f83de0b9d4bd670cd04c2a61c` ON `development_activity`");
    await queryRunner.query("DROP INDEX `IDX_97e7a9e9eeb4c5e7665718c105` ON `development_activity`");
    await queryRunner.query("DROP INDEX `IDX_238b0e781d47c4415a7529869d` ON `development_activity`");
    await queryRunner.query("DROP TABLE `development_activity`");
    await queryRunner.query("DROP INDEX `IDX_e08ad0b33f41ebde9ec8c13053` ON `training_program`");
    await queryRunner.query("DROP TABLE `training_program`");
    await queryRunner.query("DROP INDEX `IDX_425d4b40f756f245eec566193d` ON `development_plan`");
    await queryRunner.query("DROP TABLE `development_plan`");
  }
}
