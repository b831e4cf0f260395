import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class AccountAdministrationSqlite1796251836833 implements MigrationInterface {
  name = 'AccountAdministrationSqlite1796251836833';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"employee_separation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"kind\" varchar(40) NOT NULL, \"effectiveDate\" date NOT NULL, \"reason\" varchar(500) NOT NULL, \"decreeNumber\" varchar(100), \"recordedByAccountId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_6fce4f00cfa0c33d09c9185f38\" ON \"employee_separation\" (\"employeeId\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_6e79a38b846cc445d22778a29c\"");
    await queryRunner.query("CREATE TABLE \"temporary_account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(60) NOT NULL, \"passwordHash\" varchar(200) NOT NULL, \"roles\" text NOT NULL, \"employeeId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"sessionVersion\" integer NOT NULL DEFAULT (1), \"locked\" boolean NOT NULL DEFAULT (0), \"mustChangePassword\" boolean NOT NULL DEFAULT (0), \"passwordChangedAt\" datetime(3), CONSTRAINT \"UQ_41dfcb70af895ddf9a53094515b\" UNIQUE (\"username\"), CONSTRAINT \"FK_6e79a38b846cc445d22778a29ce\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_account\"(\"id\", \"username\", \"passwordHash\", \"roles\", \"employeeId\", \"active\", \"createdAt\", \"sessionVersion\") SELECT \"id\", \"username\", \"passwordHash\", \"roles\", \"employeeId\", \"active\", \"createdAt\", \"sessionVersion\" FROM \"account\"");
    await queryRunner.query("DROP TABLE \"account\"");
    await queryRunner.query("ALTER TABLE \"temporary_account\" RENAME TO \"account\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6e79a38b846cc445d22778a29c\" ON \"account\" (\"employeeId\") ");
    await queryRunner.query("DROP INDEX \"IDX_6fce4f00cfa0c33d09c9185f38\"");
    await queryRunner.query("CREATE TABLE \"temporary_employee_separation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"kind\" varchar(40) NOT NULL, \"effectiveDate\" date NOT NULL, \"reason\" varchar(500) NOT NULL, \"decreeNumber\" varchar(100), \"recordedByAccountId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_19215a497f2fec2fc89d209f39d\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_employee_separation\"(\"id\", \"employeeId\", \"kind\", \"effectiveDate\", \"reason\", \"decreeNumber\", \"recordedByAccountId\", \"createdAt\") SELECT \"id\", \"employeeId\", \"kind\", \"effectiveDate\", \"reason\", \"decreeNumber\", \"recordedByAccountId\", \"createdAt\" FROM \"employee_separation\"");
    await queryRunner.query("DROP TABLE \"employee_separation\"");
    await queryRunner.query("ALTER TABLE \"temporary_employee_separation\" RENAME TO \"employee_separation\"");
    await queryRunner.query("CREATE INDEX \"IDX_6fce4f00cfa0c33d09c9185f38\" ON \"employee_separation\" (\"employeeId\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_6fce4f00cfa0c33d09c9185f38\"");
    await queryRunner.query("ALTER TABLE \"employee_separation\" RENAME TO \"temporary_employee_separation\"");
    await queryRunner.query("CREATE TABLE \"employee_separation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"employeeId\" integer NOT NULL, \"kind\" varchar(40) NOT NULL, \"effectiveDate\" date NOT NULL, \"reason\" varchar(500) NOT NULL, \"decreeNumber\" varchar(100), \"recordedByAccountId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"employee_separation\"(\"id\", \"employeeId\", \"kind\", \"effectiveDate\", \"reason\", \"decreeNumber\", \"recordedByAccountId\", \"createdAt\") SELECT \"id\", \"employeeId\", \"kind\", \"effectiveDate\", \"reason\", \"decreeNumber\", \"recordedByAccountId\", \"createdAt\" FROM \"temporary_employee_separation\"");
    await queryRunner.query("DROP TABLE \"temporary_employee_separation\"");
    await queryRunner.query("CREATE INDEX \"IDX_6fce4f00cfa0c33d09c9185f38\" ON \"employee_separation\" (\"employeeId\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_6e79a38b846cc445d22778a29c\"");
    await queryRunner.query("ALTER TABLE \"account\" RENAME TO \"temporary_account\"");
    await queryRunner.query("CREATE TABLE \"account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(60) NOT NULL, \"passwordHash\" varchar(200) NOT NULL, \"roles\" text NOT NULL, \"employeeId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"sessionVersion\" integer NOT NULL DEFAULT (1), CONSTRAINT \"UQ_41dfcb70af895ddf9a53094515b\" UNIQUE (\"username\"), CONSTRAINT \"FK_6e79a38b846cc445d22778a29ce\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"account\"(\"id\", \"username\", \"passwordHash\", \"roles\", \"employeeId\", \"active\", \"createdAt\", \"sessionVersion\") SELECT \"id\", \"username\", \"passwordHash\", \"roles\", \"employeeId\", \"active\", \"createdAt\", \"sessionVersion\" FROM \"temporary_account\"");
    await queryRunner.query("DROP TABLE \"temporary_account\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6e79a38b846cc445d22778a29c\" ON \"account\" (\"employeeId\") ");
    await queryRunner.query("DROP INDEX \"IDX_6fce4f00cfa0c33d09c9185f38\"");
    await queryRunner.query("DROP TABLE \"employee_separation\"");
  }
}
