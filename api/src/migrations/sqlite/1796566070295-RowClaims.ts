import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class RowClaimsSqlite1796566070295 implements MigrationInterface {
  name = 'RowClaimsSqlite1796566070295';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"row_claim\" (\"tableName\" varchar(64) NOT NULL, \"rowId\" integer NOT NULL, \"claims\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"tableName\", \"rowId\"))");
    await queryRunner.query("CREATE TABLE \"row_claim_hold\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"tableName\" varchar(64) NOT NULL, \"rowId\" integer NOT NULL)");
    await queryRunner.query("CREATE TABLE \"temporary_row_claim_hold\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"tableName\" varchar(64) NOT NULL, \"rowId\" integer NOT NULL, CONSTRAINT \"FK_b80bef01e651d13feaf9e1f5f57\" FOREIGN KEY (\"tableName\", \"rowId\") REFERENCES \"row_claim\" (\"tableName\", \"rowId\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_row_claim_hold\"(\"id\", \"tableName\", \"rowId\") SELECT \"id\", \"tableName\", \"rowId\" FROM \"row_claim_hold\"");
    await queryRunner.query("DROP TABLE \"row_claim_hold\"");
    await queryRunner.query("ALTER TABLE \"temporary_row_claim_hold\" RENAME TO \"row_claim_hold\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"row_claim_hold\" RENAME TO \"temporary_row_claim_hold\"");
    await queryRunner.query("CREATE TABLE \"row_claim_hold\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"tableName\" varchar(64) NOT NULL, \"rowId\" integer NOT NULL)");
    await queryRunner.query("INSERT INTO \"row_claim_hold\"(\"id\", \"tableName\", \"rowId\") SELECT \"id\", \"tableName\", \"rowId\" FROM \"temporary_row_claim_hold\"");
    await queryRunner.query("DROP TABLE \"temporary_row_claim_hold\"");
    await queryRunner.query("DROP TABLE \"row_claim_hold\"");
    await queryRunner.query("DROP TABLE \"row_claim\"");
  }
}
