import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class KeberatanNoticesThreadsMysql1796215078472 implements MigrationInterface {
  name = 'KeberatanNoticesThreadsMysql1796215078472';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `objection` ADD `response` text NULL");
    await queryRunner.query("ALTER TABLE `objection` ADD `respondedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `objection` ADD `externalDecider` varchar(200) NULL");
    await queryRunner.query("ALTER TABLE `objection` ADD `externalReferenceNumber` varchar(100) NULL");
    await queryRunner.query("ALTER TABLE `objection` ADD `externalDecisionDate` date NULL");
    await queryRunner.query("ALTER TABLE `objection` ADD `recordedByAccountId` int NULL");
    await queryRunner.query("ALTER TABLE `objection` ADD `version` int NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE `feedback` ADD `threadId` int NULL");
    await queryRunner.query("ALTER TABLE `notification` ADD `dedupeKey` varchar(120) NULL");
    await queryRunner.query("ALTER TABLE `notification` ADD UNIQUE INDEX `IDX_0e0a4efa44850566408fa4a1fa` (`dedupeKey`)");
    await queryRunner.query("CREATE INDEX `IDX_da900c01399b9cd80fa3f123cc` ON `feedback` (`threadId`)");
    await queryRunner.query("ALTER TABLE `feedback` ADD CONSTRAINT `FK_da900c01399b9cd80fa3f123cce` FOREIGN KEY (`threadId`) REFERENCES `feedback`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `feedback` DROP FOREIGN KEY `FK_da900c01399b9cd80fa3f123cce`");
    await queryRunner.query("DROP INDEX `IDX_da900c01399b9cd80fa3f123cc` ON `feedback`");
    await queryRunner.query("ALTER TABLE `notification` DROP INDEX `IDX_0e0a4efa44850566408fa4a1fa`");
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `dedupeKey`");
    await queryRunner.query("ALTER TABLE `feedback` DROP COLUMN `threadId`");
    await queryRunner.query("ALTER TABLE `objection` DROP COLUMN `version`");
    await queryRunner.query("ALTER TABLE `objection` DROP COLUMN `recordedByAccountId`");
    await queryRunner.query("ALTER TABLE `objection` DROP COLUMN `externalDecisionDate`");
    await queryRunner.query("ALTER TABLE `objection` DROP COLUMN `externalReferenceNumber`");
    await queryRunner.query("ALTER TABLE `objection` DROP COLUMN `externalDecider`");
    await queryRunner.query("ALTER TABLE `objection` DROP COLUMN `respondedAt`");
    await queryRunner.query("ALTER TABLE `objection` DROP COLUMN `response`");
  }
}
