import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit (except the backfill at the end of up). */
export class EvaluationActingUnitMysql1796286320818 implements MigrationInterface {
  name = 'EvaluationActingUnitMysql1796286320818';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation` ADD `evaluatorActingUnitId` int NULL");
    await queryRunner.query("ALTER TABLE `evaluation` ADD CONSTRAINT `FK_d05065233611d4330f74bf6c100` FOREIGN KEY (`evaluatorActingUnitId`) REFERENCES `org_unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Backfill (hand-written): evaluations signed as Plt/Plh before this, by the term the evaluator
    // held in that capacity on the (Jakarta) day of the signature.
    await queryRunner.query("UPDATE `evaluation` SET `evaluatorActingUnitId` = (SELECT `term`.`unitId` FROM `acting_assignment` `term` WHERE `term`.`employeeId` = `evaluation`.`evaluatorId` AND `term`.`kind` = `evaluation`.`evaluatorCapacity` AND `term`.`cancelledAt` IS NULL AND `term`.`startsOn` <= DATE(DATE_ADD(`evaluation`.`finalizedAt`, INTERVAL 7 HOUR)) AND `term`.`endsOn` >= DATE(DATE_ADD(`evaluation`.`finalizedAt`, INTERVAL 7 HOUR)) ORDER BY `term`.`id` DESC LIMIT 1) WHERE `evaluatorCapacity` <> 'DEFINITIF' AND `finalizedAt` IS NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_d05065233611d4330f74bf6c100`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `evaluatorActingUnitId`");
  }
}
