import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class EvaluationsMysql1795826772913 implements MigrationInterface {
  name = 'EvaluationsMysql1795826772913';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `evaluation` (`id` int NOT NULL AUTO_INCREMENT, `planId` int NOT NULL, `employeeId` int NOT NULL, `cycleId` int NOT NULL, `evaluatorId` int NOT NULL, `period` varchar(6) NOT NULL, `resultRating` varchar(20) NOT NULL, `behaviorRating` varchar(20) NOT NULL, `predicate` varchar(16) NOT NULL, `predicateLevel` int NOT NULL, `achievement` decimal(6,2) NULL, `suggestedResultRating` varchar(20) NULL, `differsFromSuggestion` tinyint NOT NULL DEFAULT 0, `summary` text NULL, `status` varchar(12) NOT NULL DEFAULT 'DRAFT', `version` int NOT NULL DEFAULT '1', `finalizedAt` datetime(3) NULL, `acknowledgedAt` datetime(3) NULL, `revision` int NOT NULL DEFAULT '0', `revisionOfId` int NULL, `supersededAt` datetime(3) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_d80143e24dd84c36178f254823` (`employeeId`), INDEX `IDX_b3861edb082500a6bfbff0716a` (`evaluatorId`, `status`), INDEX `IDX_79b23d5fd3a922ae55d54ac13a` (`cycleId`, `period`, `employeeId`), UNIQUE INDEX `IDX_4f1e5d926ad0acd2be5ff90626` (`planId`, `period`, `revision`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `evaluation_feedback` (`id` int NOT NULL AUTO_INCREMENT, `evaluationId` int NOT NULL, `workTargetId` int NULL, `coreValue` varchar(24) NULL, `rating` varchar(20) NULL, `text` text NOT NULL, INDEX `IDX_363efa4f97412d0868c87fd5f5` (`evaluationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `objection` (`id` int NOT NULL AUTO_INCREMENT, `evaluationId` int NOT NULL, `employeeId` int NOT NULL, `reason` text NOT NULL, `status` varchar(10) NOT NULL DEFAULT 'FILED', `deciderId` int NULL, `decisionReason` text NULL, `filedAt` datetime(3) NOT NULL, `decidedAt` datetime(3) NULL, `revisedEvaluationId` int NULL, INDEX `IDX_14c2885f898e937820b6a32753` (`evaluationId`), INDEX `IDX_8bda5550c80498874b44aa5228` (`deciderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `organization_predicate` (`id` int NOT NULL AUTO_INCREMENT, `unitId` int NOT NULL, `cycleId` int NOT NULL, `predicate` varchar(16) NOT NULL, `recordedAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_cd86ff9c6db549f8d2fbb595ea` (`unitId`, `cycleId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `feedback` (`id` int NOT NULL AUTO_INCREMENT, `cycleId` int NOT NULL, `authorId` int NOT NULL, `recipientId` int NOT NULL, `workTargetId` int NULL, `coreValue` varchar(24) NULL, `kind` varchar(12) NOT NULL, `text` text NOT NULL, `createdAt` datetime(3) NOT NULL, `acknowledgedAt` datetime(3) NULL, INDEX `IDX_043c7ed6b2fcec06d3440877f7` (`authorId`, `createdAt`), INDEX `IDX_2d9d5a25f30caf8e565dee752b` (`recipientId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `notification` (`id` int NOT NULL AUTO_INCREMENT, `recipientId` int NOT NULL, `kind` varchar(40) NOT NULL, `message` text NOT NULL, `entity` varchar(40) NOT NULL, `entityId` varchar(40) NOT NULL, `createdAt` datetime(3) NOT NULL, `readAt` datetime(3) NULL, INDEX `IDX_2b6c323721a50ee7f215397848` (`recipientId`, `readAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `evaluation` ADD CONSTRAINT `FK_72ba2c1c6b6d32bc26c522fe9b4` FOREIGN KEY (`planId`) REFERENCES `performance_plan`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation` ADD CONSTRAINT `FK_d80143e24dd84c36178f2548234` FOREIGN KEY (`employeeId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation` ADD CONSTRAINT `FK_310de57c9f1d8d4acce8aea3859` FOREIGN KEY (`cycleId`) REFERENCES `performance_cycle`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation` ADD CONSTRAINT `FK_4a20b631366f2a2818a9c3d2311` FOREIGN KEY (`evaluatorId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation` ADD CONSTRAINT `FK_9416e5e545ce38e3524fc5f88ed` FOREIGN KEY (`revisionOfId`) REFERENCES `evaluation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation_feedback` ADD CONSTRAINT `FK_363efa4f97412d0868c87fd5f57` FOREIGN KEY (`evaluationId`) REFERENCES `evaluation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation_feedback` ADD CONSTRAINT `FK_734d2d13d5a0aaaee899d29350f` FOREIGN KEY (`workTargetId`) REFERENCES `work_target`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `objection` ADD CONSTRAINT `FK_14c2885f898e937820b6a327534` FOREIGN KEY (`evaluationId`) REFERENCES `evaluation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `objection` ADD CONSTRAINT `FK_118e7f3fe905a18e5d5fa497e4b` FOREIGN KEY (`employeeId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `objection` ADD CONSTRAINT `FK_8bda5550c80498874b44aa52287` FOREIGN KEY (`deciderId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `objection` ADD CONSTRAINT `FK_3e5ab2765249fb50c89da46de38` FOREIGN KEY (`revisedEvaluationId`) REFERENCES `evaluation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `organization_predicate` ADD CONSTRAINT `FK_993c5b31464b2304ece227b5e8a` FOREIGN KEY (`unitId`) REFERENCES `org_unit`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `organization_predicate` ADD CONSTRAINT `FK_65e9f623779bec4014a2b40ebad` FOREIGN KEY (`cycleId`) REFERENCES `performance_cycle`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `feedback` ADD CONSTRAINT `FK_ead2b1740621173d508d259d2e4` FOREIGN KEY (`cycleId`) REFERENCES `performance_cycle`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `feedback` ADD CONSTRAINT `FK_dcb65439124a7d17475aaf8588e` FOREIGN KEY (`authorId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `feedback` ADD CONSTRAINT `FK_b279f2018daa4176edabd5a0208` FOREIGN KEY (`recipientId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `feedback` ADD CONSTRAINT `FK_4ac52a15db23bd117acbbbb8fb9` FOREIGN KEY (`workTargetId`) REFERENCES `work_target`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `notification` ADD CONSTRAINT `FK_ab7cbe7a013ecac5da0a8f88884` FOREIGN KEY (`recipientId`) REFERENCES `employee`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `notification` DROP FOREIGN KEY `FK_ab7cbe7a013ecac5da0a8f88884`");
    await queryRunner.query("ALTER TABLE `feedback` DROP FOREIGN KEY `FK_4ac52a15db23bd117acbbbb8fb9`");
    await queryRunner.query("ALTER TABLE `feedback` DROP FOREIGN KEY `FK_b279f2018daa4176edabd5a0208`");
    await queryRunner.query("ALTER TABLE `feedback` DROP FOREIGN KEY `FK_dcb65439124a7d17475aaf8588e`");
    await queryRunner.query("ALTER TABLE `feedback` DROP FOREIGN KEY `FK_ead2b1740621173d508d259d2e4`");
    await queryRunner.query("ALTER TABLE `organization_predicate` DROP FOREIGN KEY `FK_65e9f623779bec4014a2b40ebad`");
    await queryRunner.query("ALTER TABLE `organization_predicate` DROP FOREIGN KEY `FK_993c5b31464b2304ece227b5e8a`");
    await queryRunner.query("ALTER TABLE `objection` DROP FOREIGN KEY `FK_3e5ab2765249fb50c89da46de38`");
    await queryRunner.query("ALTER TABLE `objection` DROP FOREIGN KEY `FK_8bda5550c80498874b44aa52287`");
    await queryRunner.query("ALTER TABLE `objection` DROP FOREIGN KEY `FK_118e7f3fe905a18e5d5fa497e4b`");
    await queryRunner.query("ALTER TABLE `objection` DROP FOREIGN KEY `FK_14c2885f898e937820b6a327534`");
    await queryRunner.query("ALTER TABLE `evaluation_feedback` DROP FOREIGN KEY `FK_734d2d13d5a0aaaee899d29350f`");
    await queryRunner.query("ALTER TABLE `evaluation_feedback` DROP FOREIGN KEY `FK_363efa4f97412d0868c87fd5f57`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_9416e5e545ce38e3524fc5f88ed`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_4a20b631366f2a2818a9c3d2311`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_310de57c9f1d8d4acce8aea3859`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_d80143e24dd84c36178f2548234`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_72ba2c1c6b6d32bc26c522fe9b4`");
    await queryRunner.query("DROP INDEX `IDX_2b6c323721a50ee7f215397848` ON `notification`");
    await queryRunner.query("DROP TABLE `notification`");
    await queryRunner.query("DROP INDEX `IDX_2d9d5a25f30caf8e565dee752b` ON `feedback`");
    await queryRunner.query("DROP INDEX `IDX_043c7ed6b2fcec06d3440877f7` ON `feedback`");
    await queryRunner.query("DROP TABLE `feedback`");
    await queryRunner.query("DROP INDEX `IDX_cd86ff9c6db549f8d2fbb595ea` ON `organization_predicate`");
    await queryRunner.query("DROP TABLE `organization_predicate`");
    await queryRunner.query("DROP INDEX `IDX_8bda5550c80498874b44aa5228` ON `objection`");
    await queryRunner.query("DROP INDEX `IDX_14c2885f898e937820b6a32753` ON `objection`");
    await queryRunner.query("DROP TABLE `objection`");
    await queryRunner.query("DROP INDEX `IDX_363efa4f97412d0868c87fd5f5` ON `evaluation_feedback`");
    await queryRunner.query("DROP TABLE `evaluation_feedback`");
    await queryRunner.query("DROP INDEX `IDX_4f1e5d926ad0acd2be5ff90626` ON `evaluation`");
    await queryRunner.query("DROP INDEX `IDX_79b23d5fd3a922ae55d54ac13a` ON `evaluation`");
    await queryRunner.query("DROP INDEX `IDX_b3861edb082500a6bfbff0716a` ON `evaluation`");
    await queryRunner.query("DROP INDEX `IDX_d80143e24dd84c36178f254823` ON `evaluation`");
    await queryRunner.query("DROP TABLE `evaluation`");
  }
}
