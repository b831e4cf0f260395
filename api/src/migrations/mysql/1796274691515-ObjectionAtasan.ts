import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit (except the backfill at the end of up). */
export class ObjectionAtasanMysql1796274691515 implements MigrationInterface {
  name = 'ObjectionAtasanMysql1796274691515';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `objection` ADD `atasanId` int NULL");
    await queryRunner.query("CREATE INDEX `IDX_fd3436bf7245d3bd59735193f7` ON `objection` (`atasanId`)");
    await queryRunner.query("ALTER TABLE `objection` ADD CONSTRAINT `FK_fd3436bf7245d3bd59735193f7e` FOREIGN KEY (`atasanId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Backfill (hand-written): every objection's atasan as it was read before, the evaluator's supervisor.
    await queryRunner.query("UPDATE `objection` SET `atasanId` = (SELECT `evaluator`.`supervisorId` FROM `evaluation` `evaluation` INNER JOIN `employee` `evaluator` ON `evaluator`.`id` = `evaluation`.`evaluatorId` WHERE `evaluation`.`id` = `objection`.`evaluationId`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `objection` DROP FOREIGN KEY `FK_fd3436bf7245d3bd59735193f7e`");
    await queryRunner.query("DROP INDEX `IDX_fd3436bf7245d3bd59735193f7` ON `objection`");
    await queryRunner.query("ALTER TABLE `objection` DROP COLUMN `atasanId`");
  }
}
