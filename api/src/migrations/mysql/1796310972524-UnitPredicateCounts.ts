import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit (except the backfill at the end of up). */
export class UnitPredicateCountsMysql1796310972524 implements MigrationInterface {
  name = 'UnitPredicateCountsMysql1796310972524';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `unit_predicate_count` (`unitId` int NOT NULL, `cycleId` int NOT NULL, `predicate` varchar(16) NOT NULL, `count` int NOT NULL, PRIMARY KEY (`unitId`, `cycleId`, `predicate`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE INDEX `IDX_2c19c800cb3c1945b04b5ed5b6` ON `development_activity` (`planId`, `status`, `jp`)");
    // Backfill (hand-written, one set-based statement): the annual predicates in force per unit and cycle.
    await queryRunner.query("INSERT INTO `unit_predicate_count` (`unitId`, `cycleId`, `predicate`, `count`) SELECT `member`.`unitId`, `evaluation`.`cycleId`, `evaluation`.`predicate`, COUNT(*) FROM `evaluation` `evaluation` INNER JOIN `employee` `member` ON `member`.`id` = `evaluation`.`employeeId` WHERE `evaluation`.`period` = 'ANNUAL' AND `evaluation`.`supersededAt` IS NULL GROUP BY `member`.`unitId`, `evaluation`.`cycleId`, `evaluation`.`predicate`");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_2c19c800cb3c1945b04b5ed5b6` ON `development_activity`");
    await queryRunner.query("DROP TABLE `unit_predicate_count`");
  }
}
