import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class YearTimingQualitativeMysql1796210339229 implements MigrationInterface {
  name = 'YearTimingQualitativeMysql1796210339229';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `indicator_judgement` (`id` int NOT NULL AUTO_INCREMENT, `evaluationId` int NOT NULL, `indicatorId` int NOT NULL, `rating` varchar(20) NOT NULL, INDEX `IDX_2110e43b7d294cdca2453eb492` (`indicatorId`), UNIQUE INDEX `IDX_e88ab5e569930a149b3e979f89` (`evaluationId`, `indicatorId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `performance_cycle` ADD `skpDueOn` date NULL");
    await queryRunner.query("ALTER TABLE `performance_cycle` ADD `realizationDueDays` int NOT NULL DEFAULT '10'");
    await queryRunner.query("ALTER TABLE `performance_cycle` ADD `reportingWindowDays` int NOT NULL DEFAULT '30'");
    await queryRunner.query("ALTER TABLE `performance_cycle` ADD `evaluationDueDays` int NOT NULL DEFAULT '15'");
    await queryRunner.query("ALTER TABLE `performance_cycle` ADD `annualEvaluationDueOn` date NULL");
    await queryRunner.query("ALTER TABLE `evaluation` ADD `suggestionBasis` varchar(24) NULL");
    await queryRunner.query("ALTER TABLE `indicator` ADD `kind` varchar(12) NOT NULL DEFAULT 'KUANTITATIF'");
    await queryRunner.query("ALTER TABLE `indicator` ADD `narrativeTarget` text NULL");
    await queryRunner.query("ALTER TABLE `organization_predicate` ADD `referenceNumber` varchar(100) NULL");
    await queryRunner.query("ALTER TABLE `organization_predicate` ADD `referenceDate` date NULL");
    await queryRunner.query("ALTER TABLE `realization` ADD `narrative` text NULL");
    await queryRunner.query("ALTER TABLE `realization` CHANGE `value` `value` decimal(14,2) NULL");
    await queryRunner.query("ALTER TABLE `indicator_judgement` ADD CONSTRAINT `FK_b4f7e9b3dad995657ebd0995d58` FOREIGN KEY (`evaluationId`) REFERENCES `evaluation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `indicator_judgement` ADD CONSTRAINT `FK_2110e43b7d294cdca2453eb492f` FOREIGN KEY (`indicatorId`) REFERENCES `indicator`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `indicator_judgement` DROP FOREIGN KEY `FK_2110e43b7d294cdca2453eb492f`");
    await queryRunner.query("ALTER TABLE `indicator_judgement` DROP FOREIGN KEY `FK_b4f7e9b3dad995657ebd0995d58`");
    await queryRunner.query("ALTER TABLE `realization` CHANGE `value` `value` decimal(14,2) NOT NULL");
    await queryRunner.query("ALTER TABLE `realization` DROP COLUMN `narrative`");
    await queryRunner.query("ALTER TABLE `organization_predicate` DROP COLUMN `referenceDate`");
    await queryRunner.query("ALTER TABLE `organization_predicate` DROP COLUMN `referenceNumber`");
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `narrativeTarget`");
    await queryRunner.query("ALTER TABLE `indicator` DROP COLUMN `kind`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `suggestionBasis`");
    await queryRunner.query("ALTER TABLE `performance_cycle` DROP COLUMN `annualEvaluationDueOn`");
    await queryRunner.query("ALTER TABLE `performance_cycle` DROP COLUMN `evaluationDueDays`");
    await queryRunner.query("ALTER TABLE `performance_cycle` DROP COLUMN `reportingWindowDays`");
    await queryRunner.query("ALTER TABLE `performance_cycle` DROP COLUMN `realizationDueDays`");
    await queryRunner.query("ALTER TABLE `performance_cycle` DROP COLUMN `skpDueOn`");
    await queryRunner.query("DROP INDEX `IDX_e88ab5e569930a149b3e979f89` ON `indicator_judgement`");
    await queryRunner.query("DROP INDEX `IDX_2110e43b7d294cdca2453eb492` ON `indicator_judgement`");
    await queryRunner.query("DROP TABLE `indicator_judgement`");
  }
}
