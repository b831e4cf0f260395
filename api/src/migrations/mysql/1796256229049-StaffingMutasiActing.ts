import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class StaffingMutasiActingMysql1796256229049 implements MigrationInterface {
  name = 'StaffingMutasiActingMysql1796256229049';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `acting_assignment` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(3) NOT NULL, `employeeId` int NOT NULL, `unitId` int NOT NULL, `startsOn` date NOT NULL, `endsOn` date NOT NULL, `decreeNumber` varchar(100) NOT NULL, `cancelledAt` datetime(3) NULL, `version` int NOT NULL DEFAULT '1', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_bfd957b30fc88970ed2dbc7852` (`employeeId`, `startsOn`), INDEX `IDX_661bddd5d405f77e13a1d0a27c` (`unitId`, `startsOn`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `job_history` (`id` int NOT NULL AUTO_INCREMENT, `employeeId` int NOT NULL, `unitId` int NOT NULL, `positionId` int NOT NULL, `rank` varchar(5) NOT NULL, `supervisorId` int NULL, `kind` varchar(20) NOT NULL, `startsOn` date NOT NULL, `endsOn` date NULL, `decreeNumber` varchar(100) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_647939a6c99594162d291d3752` (`employeeId`, `startsOn`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `performance_plan` ADD `sequence` int NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE `performance_plan` ADD `startsOn` date NULL");
    await queryRunner.query("ALTER TABLE `performance_plan` ADD `endsOn` date NULL");
    await queryRunner.query("ALTER TABLE `performance_plan` ADD `evaluatorCapacity` varchar(9) NOT NULL DEFAULT 'DEFINITIF'");
    await queryRunner.query("ALTER TABLE `evaluation` ADD `evaluatorCapacity` varchar(9) NOT NULL DEFAULT 'DEFINITIF'");
    // Reordered by hand: MySQL keeps an index for the employeeId foreign key at every step.
    await queryRunner.query("CREATE UNIQUE INDEX `IDX_507dfa9f229379b7bb61108508` ON `performance_plan` (`employeeId`, `cycleId`, `sequence`)");
    await queryRunner.query("DROP INDEX `IDX_18c97a2780e3a12f1878366738` ON `performance_plan`");
    await queryRunner.query("ALTER TABLE `acting_assignment` ADD CONSTRAINT `FK_b1d0d944a76329b28449b311d36` FOREIGN KEY (`employeeId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `acting_assignment` ADD CONSTRAINT `FK_0333c82ea3afab7bb206af483de` FOREIGN KEY (`unitId`) REFERENCES `org_unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `job_history` ADD CONSTRAINT `FK_680142fcff23950e8711af3db9f` FOREIGN KEY (`employeeId`) REFERENCES `employee`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `job_history` ADD CONSTRAINT `FK_2dfd875eed99a49a90ee4bffd27` FOREIGN KEY (`unitId`) REFERENCES `org_unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `job_history` ADD CONSTRAINT `FK_0fb9fcc2049e10ceae4c05fbba1` FOREIGN KEY (`positionId`) REFERENCES `position`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `job_history` ADD CONSTRAINT `FK_6f8b2cb6a2c7d794106f588866e` FOREIGN KEY (`supervisorId`) REFERENCES `employee`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `job_history` DROP FOREIGN KEY `FK_6f8b2cb6a2c7d794106f588866e`");
    await queryRunner.query("ALTER TABLE `job_history` DROP FOREIGN KEY `FK_0fb9fcc2049e10ceae4c05fbba1`");
    await queryRunner.query("ALTER TABLE `job_history` DROP FOREIGN KEY `FK_2dfd875eed99a49a90ee4bffd27`");
    await queryRunner.query("ALTER TABLE `job_history` DROP FOREIGN KEY `FK_680142fcff23950e8711af3db9f`");
    await queryRunner.query("ALTER TABLE `acting_assignment` DROP FOREIGN KEY `FK_0333c82ea3afab7bb206af483de`");
    await queryRunner.query("ALTER TABLE `acting_assignment` DROP FOREIGN KEY `FK_b1d0d944a76329b28449b311d36`");
    await queryRunner.query("CREATE UNIQUE INDEX `IDX_18c97a2780e3a12f1878366738` ON `performance_plan` (`employeeId`, `cycleId`)");
    await queryRunner.query("DROP INDEX `IDX_507dfa9f229379b7bb61108508` ON `performance_plan`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `evaluatorCapacity`");
    await queryRunner.query("ALTER TABLE `performance_plan` DROP COLUMN `evaluatorCapacity`");
    await queryRunner.query("ALTER TABLE `performance_plan` DROP COLUMN `endsOn`");
    await queryRunner.query("ALTER TABLE `performance_plan` DROP COLUMN `startsOn`");
    await queryRunner.query("ALTER TABLE `performance_plan` DROP COLUMN `sequence`");
    await queryRunner.query("DROP INDEX `IDX_647939a6c99594162d291d3752` ON `job_history`");
    await queryRunner.query("DROP TABLE `job_history`");
    await queryRunner.query("DROP INDEX `IDX_661bddd5d405f77e13a1d0a27c` ON `acting_assignment`");
    await queryRunner.query("DROP INDEX `IDX_bfd957b30fc88970ed2dbc7852` ON `acting_assignment`");
    await queryRunner.query("DROP TABLE `acting_assignment`");
  }
}
