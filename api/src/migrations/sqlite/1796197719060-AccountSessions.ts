import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class AccountSessionsSqlite1796197719060 implements MigrationInterface {
  name = 'AccountSessionsSqlite1796197719060';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_6e79a38b846cc445d22778a29c\"");
    await queryRunner.query("CREATE TABLE \"temporary_account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(60) NOT NULL, \"passwordHash\" varchar(200) NOT NULL, \"roles\" text NOT NULL, \"employeeId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"sessionVersion\" integer NOT NULL DEFAULT (1), CONSTRAINT \"UQ_41dfcb70af895ddf9a53094515b\" UNIQUE (\"username\"), CONSTRAINT \"FK_6e79a38b846cc445d22778a29ce\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_account\"(\"id\", \"username\", \"passwordHash\", \"roles\", \"employeeId\", \"active\", \"createdAt\") SELECT \"id\", \"username\", \"passwordHash\", \"roles\", \"employeeId\", \"active\", \"createdAt\" FROM \"account\"");
    await queryRunner.query("DROP TABLE \"account\"");
    await queryRunner.query("ALTER TABLE \"temporary_account\" RENAME TO \"account\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6e79a38b846cc445d22778a29c\" ON \"account\" (\"employeeId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_6e79a38b846cc445d22778a29c\"");
    await queryRunner.query("ALTER TABLE \"account\" RENAME TO \"temporary_account\"");
    await queryRunner.query("CREATE TABLE \"account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(60) NOT NULL, \"passwordHash\" varchar(200) NOT NULL, \"roles\" text NOT NULL, \"employeeId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_41dfcb70af895ddf9a53094515b\" UNIQUE (\"username\"), CONSTRAINT \"FK_6e79a38b846cc445d22778a29ce\" FOREIGN KEY (\"employeeId\") REFERENCES \"employee\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"account\"(\"id\", \"username\", \"passwordHash\", \"roles\", \"employeeId\", \"active\", \"createdAt\") SELECT \"id\", \"username\", \"passwordHash\", \"roles\", \"employeeId\", \"active\", \"createdAt\" FROM \"temporary_account\"");
    await queryRunner.query("DROP TABLE \"temporary_account\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6e79a38b846cc445d22778a29c\" ON \"account\" (\"employeeId\") ");
  }
}
