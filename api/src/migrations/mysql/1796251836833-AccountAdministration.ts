import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class AccountAdministrationMysql1796251836833 implements MigrationInterface {
  name = 'AccountAdministrationMysql1796251836833';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `employee_separation` (`id` int NOT NULL AUTO_INCREMENT, `employeeId` int NOT NULL, `kind` varchar(40) NOT NULL, `effectiveDate` date NOT NULL, `reason` varchar(500) NOT NULL, `decreeNumber` varchar(100) NULL, `recordedByAccountId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_6fce4f00cfa0c33d09c9185f38` (`employeeId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `account` ADD `locked` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `account` ADD `mustChangePassword` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `account` ADD `passwordChangedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `employee_separation` ADD CONSTRAINT `FK_19215a497f2fec2fc89d209f39d` FOREIGN KEY (`employeeId`) REFERENCES `employee`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `employee_separation` DROP FOREIGN KEY `FK_19215a497f2fec2fc89d209f39d`");
    await queryRunner.query("ALTER TABLE `account` DROP COLUMN `passwordChangedAt`");
    await queryRunner.query("ALTER TABLE `account` DROP COLUMN `mustChangePassword`");
    await queryRunner.query("ALTER TABLE `account` DROP COLUMN `locked`");
    await queryRunner.query("DROP INDEX `IDX_6fce4f00cfa0c33d09c9185f38` ON `employee_separation`");
    await queryRunner.query("DROP TABLE `employee_separation`");
  }
}
