import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class TrainingEffectsMysql1795868703036 implements MigrationInterface {
  name = 'TrainingEffectsMysql1795868703036';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `training_effect` (`id` int NOT NULL AUTO_INCREMENT, `activityId` int NOT NULL, `employeeId` int NOT NULL, `programId` int NOT NULL, `measure` varchar(10) NOT NULL, `coreValue` varchar(24) NULL, `beforeRating` varchar(20) NOT NULL, `afterRating` varchar(20) NOT NULL, `change` varchar(10) NOT NULL, INDEX `IDX_af549abd38845e77ffa1971e2b` (`activityId`), INDEX `IDX_02ec6ae18529f5f25f934a4e62` (`employeeId`), INDEX `IDX_d59aa4904d8bc79f504bceec60` (`programId`, `measure`, `coreValue`, `change`, `beforeRating`, `afterRating`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `training_effect` ADD CONSTRAINT `FK_af549abd38845e77ffa1971e2b6` FOREIGN KEY (`activityId`) REFERENCES `development_activity`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `training_effect` DROP FOREIGN KEY `FK_af549abd38845e77ffa1971e2b6`");
    await queryRunner.query("DROP INDEX `IDX_d59aa4904d8bc79f504bceec60` ON `training_effect`");
    await queryRunner.query("DROP INDEX `IDX_02ec6ae18529f5f25f934a4e62` ON `training_effect`");
    await queryRunner.query("DROP INDEX `IDX_af549abd38845e77ffa1971e2b` ON `training_effect`");
    await queryRunner.query("DROP TABLE `training_effect`");
  }
}
