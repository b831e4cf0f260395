import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class UnitsPositionsAdminMysql1796251588897 implements MigrationInterface {
  name = 'UnitsPositionsAdminMysql1796251588897';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `org_unit` ADD `closedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `org_unit` ADD `version` int NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE `position` ADD `unitId` int NULL");
    await queryRunner.query("ALTER TABLE `position` ADD `isHead` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `position` ADD `headOfUnitId` int NULL");
    await queryRunner.query("ALTER TABLE `position` ADD UNIQUE INDEX `IDX_e3e750eba74a3deaf4b0e9ec2a` (`headOfUnitId`)");
    await queryRunner.query("ALTER TABLE `position` ADD `closedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `position` ADD `version` int NOT NULL DEFAULT '1'");
    await queryRunner.query("CREATE INDEX `IDX_26e32d17f02596a641da3efcd1` ON `position` (`unitId`)");
    await queryRunner.query("ALTER TABLE `position` ADD CONSTRAINT `FK_26e32d17f02596a641da3efcd13` FOREIGN KEY (`unitId`) REFERENCES `org_unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `position` DROP FOREIGN KEY `FK_26e32d17f02596a641da3efcd13`");
    await queryRunner.query("DROP INDEX `IDX_26e32d17f02596a641da3efcd1` ON `position`");
    await queryRunner.query("ALTER TABLE `position` DROP COLUMN `version`");
    await queryRunner.query("ALTER TABLE `position` DROP COLUMN `closedAt`");
    await queryRunner.query("ALTER TABLE `position` DROP INDEX `IDX_e3e750eba74a3deaf4b0e9ec2a`");
    await queryRunner.query("ALTER TABLE `position` DROP COLUMN `headOfUnitId`");
    await queryRunner.query("ALTER TABLE `position` DROP COLUMN `isHead`");
    await queryRunner.query("ALTER TABLE `position` DROP COLUMN `unitId`");
    await queryRunner.query("ALTER TABLE `org_unit` DROP COLUMN `version`");
    await queryRunner.query("ALTER TABLE `org_unit` DROP COLUMN `closedAt`");
  }
}
