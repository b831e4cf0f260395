import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class TrainingEffectsSqlite1795868703036 implements MigrationInterface {
  name = 'TrainingEffectsSqlite1795868703036';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"training_effect\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"activityId\" integer NOT NULL, \"employeeId\" integer NOT NULL, \"programId\" integer NOT NULL, \"measure\" varchar(10) NOT NULL, \"coreValue\" varchar(24), \"beforeRating\" varchar(20) NOT NULL, \"afterRating\" varchar(20) NOT NULL, \"change\" varchar(10) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_af549abd38845e77ffa1971e2b\" ON \"training_effect\" (\"activityId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_02ec6ae18529f5f25f934a4e62\" ON \"training_effect\" (\"employeeId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d59aa4904d8bc79f504bceec60\" ON \"training_effect\" (\"programId\", \"measure\", \"coreValue\", \"change\", \"beforeRating\", \"afterRating\") ");
    await queryRunner.query("DROP INDEX \"IDX_af549abd38845e77ffa1971e2b\"");
    await queryRunner.query("DROP INDEX \"IDX_02ec6ae18529f5f25f934a4e62\"");
    await queryRunner.query("DROP INDEX \"IDX_d59aa4904d8bc79f504bceec60\"");
    await queryRunner.query("CREATE TABLE \"temporary_training_effect\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"activityId\" integer NOT NULL, \"employeeId\" integer NOT NULL, \"programId\" integer NOT NULL, \"measure\" varchar(10) NOT NULL, \"coreValue\" varchar(24), \"beforeRating\" varchar(20) NOT NULL, \"afterRating\" varchar(20) NOT NULL, \"change\" varchar(10) NOT NULL, CONSTRAINT \"FK_af549abd38845e77ffa1971e2b6\" FOREIGN KEY (\"activityId\") REFERENCES \"development_activity\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_training_effect\"(\"id\", \"activityId\", \"employeeId\", \"programId\", \"measure\", \"coreValue\", \"beforeRating\", \"afterRating\", \"change\") SELECT \"id\", \"activityId\", \"employeeId\", \"programId\", \"measure\", \"coreValue\", \"beforeRating\", \"afterRating\", \"change\" FROM \"training_effect\"");
    await queryRunner.query("DROP TABLE \"training_effect\"");
    await queryRunner.query("ALTER TABLE \"temporary_training_effect\" RENAME TO \"training_effect\"");
    await queryRunner.query("CREATE INDEX \"IDX_af549abd38845e77ffa1971e2b\" ON \"training_effect\" (\"activityId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_02ec6ae18529f5f25f934a4e62\" ON \"training_effect\" (\"employeeId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d59aa4904d8bc79f504bceec60\" ON \"training_effect\" (\"programId\", \"measure\", \"coreValue\", \"change\", \"beforeRating\", \"afterRating\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_d59aa4904d8bc79f504bceec60\"");
    await queryRunner.query("DROP INDEX \"IDX_02ec6ae18529f5f25f934a4e62\"");
    await queryRunner.query("DROP INDEX \"IDX_af549abd38845e77ffa1971e2b\"");
    await queryRunner.query("ALTER TABLE \"training_effect\" RENAME TO \"temporary_training_effect\"");
    await queryRunner.query("CREATE TABLE \"training_effect\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"activityId\" integer NOT NULL, \"employeeId\" integer NOT NULL, \"programId\" integer NOT NULL, \"measure\" varchar(10) NOT NULL, \"coreValue\" varchar(24), \"beforeRating\" varchar(20) NOT NULL, \"afterRating\" varchar(20) NOT NULL, \"change\" varchar(10) NOT NULL)");
    await queryRunner.query("INSERT INTO \"training_effect\"(\"id\", \"activityId\", \"employeeId\", \"programId\", \"measure\", \"coreValue\", \"beforeRating\", \"afterRating\", \"change\") SELECT \"id\", \"activityId\", \"employeeId\", \"programId\", \"measure\", \"coreValue\", \"beforeRating\", \"afterRating\", \"change\" FROM \"temporary_training_effect\"");
    await queryRunner.query("DROP TABLE \"temporary_training_effect\"");
    await queryRunner.query("CREATE INDEX \"IDX_d59aa4904d8bc79f504bceec60\" ON \"training_effect\" (\"programId\", \"measure\", \"coreValue\", \"change\", \"beforeRating\", \"afterRating\") ");
    await queryRunner.query("CREATE INDEX \"IDX_02ec6ae18529f5f25f934a4e62\" ON \"training_effect\" (\"employeeId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_af549abd38845e77ffa1971e2b\" ON \"training_effect\" (\"activityId\") ");
    await queryRunner.query("DROP INDEX \"IDX_d59aa4904d8bc79f504bceec60\"");
    await queryRunner.query("DROP INDEX \"IDX_02ec6ae18529f5f25f934a4e62\"");
    await queryRunner.query("DROP INDEX \"IDX_af549abd38845e77ffa1971e2b\"");
    await queryRunner.query("DROP TABLE \"training_effect\"");
  }
}
