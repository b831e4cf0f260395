import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class AnonymitySetIndexMysql1796199898987 implements MigrationInterface {
  name = 'AnonymitySetIndexMysql1796199898987';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_68dcc1fe145c080e5beec57713` ON `employee` (`active`, `unitId`, `rank`, `employmentType`, `gender`, `positionId`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_68dcc1fe145c080e5beec57713` ON `employee`");
  }
}
