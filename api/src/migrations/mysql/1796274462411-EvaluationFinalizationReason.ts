import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class EvaluationFinalizationReasonMysql1796274462411 implements MigrationInterface {
  name = 'EvaluationFinalizationReasonMysql1796274462411';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation` ADD `finalizationReason` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `finalizationReason`");
  }
}
