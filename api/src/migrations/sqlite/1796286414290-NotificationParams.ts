import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class NotificationParamsSqlite1796286414290 implements MigrationInterface {
  name = 'NotificationParamsSqlite1796286414290';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_2b6c323721a50ee7f215397848\"");
    await queryRunner.query("CREATE TABLE \"temporary_notification\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"recipientId\" integer NOT NULL, \"kind\" varchar(40) NOT NULL, \"message\" text NOT NULL, \"entity\" varchar(40) NOT NULL, \"entityId\" varchar(40) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"readAt\" datetime(3), \"dedupeKey\" varchar(120), \"params\" text, CONSTRAINT \"UQ_b020ea1402ca49d8a49352cdac7\" UNIQUE (\"dedupeKey\"), CONSTRAINT \"FK_ab7cbe7a013ecac5da0a8f88884\" FOREIGN KEY (\"recipientId\") REFERENCES \"employee\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_notification\"(\"id\", \"recipientId\", \"kind\", \"message\", \"entity\", \"entityId\", \"createdAt\", \"readAt\", \"dedupeKey\") SELECT \"id\", \"recipientId\", \"kind\", \"message\", \"entity\", \"entityId\", \"createdAt\", \"readAt\", \"dedupeKey\" FROM \"notification\"");
    await queryRunner.query("DROP TABLE \"notification\"");
    await queryRunner.query("ALTER TABLE \"temporary_notification\" RENAME TO \"notification\"");
    await queryRunner.query("CREATE INDEX \"IDX_2b6c323721a50ee7f215397848\" ON \"notification\" (\"recipientId\", \"readAt\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_2b6c323721a50ee7f215397848\"");
    await queryRunner.query("ALTER TABLE \"notification\" RENAME TO \"temporary_notification\"");
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"recipientId\" integer NOT NULL, \"kind\" varchar(40) NOT NULL, \"message\" text NOT NULL, \"entity\" varchar(40) NOT NULL, \"entityId\" varchar(40) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"readAt\" datetime(3), \"dedupeKey\" varchar(120), CONSTRAINT \"UQ_b020ea1402ca49d8a49352cdac7\" UNIQUE (\"dedupeKey\"), CONSTRAINT \"FK_ab7cbe7a013ecac5da0a8f88884\" FOREIGN KEY (\"recipientId\") REFERENCES \"employee\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"notification\"(\"id\", \"recipientId\", \"kind\", \"message\", \"entity\", \"entityId\", \"createdAt\", \"readAt\", \"dedupeKey\") SELECT \"id\", \"recipientId\", \"kind\", \"message\", \"entity\", \"entityId\", \"createdAt\", \"readAt\", \"dedupeKey\" FROM \"temporary_notification\"");
    await queryRunner.query("DROP TABLE \"temporary_notification\"");
    await queryRunner.query("CREATE INDEX \"IDX_2b6c323721a50ee7f215397848\" ON \"notification\" (\"recipientId\", \"readAt\") ");
  }
}
