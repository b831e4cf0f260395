import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class EvaluationCoveringIndexesMysql1795831588164 implements MigrationInterface {
  name = 'EvaluationCoveringIndexesMysql1795831588164';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_e83608c3f1b85792864ef4a1fb` ON `evaluation` (`cycleId`, `employeeId`, `period`, `status`, `supersededAt`, `predicate`, `achievement`)");
    await queryRunner.query("CREATE INDEX `IDX_12d54ba8727f1cdca7df3d098b` ON `evaluation` (`cycleId`, `period`, `employeeId`, `supersededAt`, `predicate`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_12d54ba8727f1cdca7df3d098b` ON `evaluation`");
    await queryRunner.query("DROP INDEX `IDX_e83608c3f1b85792864ef4a1fb` ON `evaluation`");
  }
}
