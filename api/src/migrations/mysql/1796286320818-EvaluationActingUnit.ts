import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class EvaluationActingUnitMysql1796286320818 implements MigrationInterface {
  name = 'EvaluationActingUnitMysql1796286320818';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation` ADD `evaluatorActingUnitId` int NULL");
    await queryRunner.query("ALTER TABLE `evaluation` ADD CONSTRAINT `FK_d05065233611d4330f74bf6c100` FOREIGN KEY (`evaluatorActingUnitId`) REFERENCES `org_unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_d05065233611d4330f74bf6c100`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `evaluatorActingUnitId`");
  }
}
