import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class UnitsPositionsAdminSqlite1796251588897 implements MigrationInterface {
  name = 'UnitsPositionsAdminSqlite1796251588897';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_5d7c10e1aedb57e0e29e6a4ff5\"");
    await queryRunner.query("DROP INDEX \"IDX_296f19905a5d681ceb22d2b61d\"");
    await queryRunner.query("CREATE TABLE \"temporary_org_unit\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(160) NOT NULL, \"parentId\" integer, \"depth\" integer NOT NULL DEFAULT (0), \"sortOrder\" integer NOT NULL DEFAULT (0), \"headId\" integer, \"closedAt\" datetime(3), \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"UQ_f86a5fc71d7f37a488d8741165e\" UNIQUE (\"name\"), CONSTRAINT \"FK_5d7c10e1aedb57e0e29e6a4ff54\" FOREIGN KEY (\"headId\") REFERENCES \"employee\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_296f19905a5d681ceb22d2b61df\" FOREIGN KEY (\"parentId\") REFERENCES \"org_unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_org_unit\"(\"id\", \"name\", \"parentId\", \"depth\", \"sortOrder\", \"headId\") SELECT \"id\", \"name\", \"parentId\", \"depth\", \"sortOrder\", \"headId\" FROM \"org_unit\"");
    await queryRunner.query("DROP TABLE \"org_unit\"");
    await queryRunner.query("ALTER TABLE \"temporary_org_unit\" RENAME TO \"org_unit\"");
    await queryRunner.query("CREATE INDEX \"IDX_5d7c10e1aedb57e0e29e6a4ff5\" ON \"org_unit\" (\"headId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_296f19905a5d681ceb22d2b61d\" ON \"org_unit\" (\"parentId\") ");
    await queryRunner.query("CREATE TABLE \"temporary_position\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"title\" varchar(160) NOT NULL, \"level\" varchar(16) NOT NULL, \"unitId\" integer, \"isHead\" boolean NOT NULL DEFAULT (0), \"headOfUnitId\" integer, \"closedAt\" datetime(3), \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"UQ_126be1a4aa082c8233773407e0e\" UNIQUE (\"title\"), CONSTRAINT \"UQ_62602de3ec5bc31e073e69de7da\" UNIQUE (\"headOfUnitId\"))");
    await queryRunner.query("INSERT INTO \"temporary_position\"(\"id\", \"title\", \"level\") SELECT \"id\", \"title\", \"level\" FROM \"position\"");
    await queryRunner.query("DROP TABLE \"position\"");
    await queryRunner.query("ALTER TABLE \"temporary_position\" RENAME TO \"position\"");
    await queryRunner.query("CREATE INDEX \"IDX_26e32d17f02596a641da3efcd1\" ON \"position\" (\"unitId\") ");
    await queryRunner.query("DROP INDEX \"IDX_26e32d17f02596a641da3efcd1\"");
    await queryRunner.query("CREATE TABLE \"temporary_position\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"title\" varchar(160) NOT NULL, \"level\" varchar(16) NOT NULL, \"unitId\" integer, \"isHead\" boolean NOT NULL DEFAULT (0), \"headOfUnitId\" integer, \"closedAt\" datetime(3), \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"UQ_126be1a4aa082c8233773407e0e\" UNIQUE (\"title\"), CONSTRAINT \"UQ_62602de3ec5bc31e073e69de7da\" UNIQUE (\"headOfUnitId\"), CONSTRAINT \"FK_26e32d17f02596a641da3efcd13\" FOREIGN KEY (\"unitId\") REFERENCES \"org_unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_position\"(\"id\", \"title\", \"level\", \"unitId\", \"isHead\", \"headOfUnitId\", \"closedAt\", \"version\") SELECT \"id\", \"title\", \"level\", \"unitId\", \"isHead\", \"headOfUnitId\", \"closedAt\", \"version\" FROM \"position\"");
    await queryRunner.query("DROP TABLE \"position\"");
    await queryRunner.query("ALTER TABLE \"temporary_position\" RENAME TO \"position\"");
    await queryRunner.query("CREATE INDEX \"IDX_26e32d17f02596a641da3efcd1\" ON \"position\" (\"unitId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_26e32d17f02596a641da3efcd1\"");
    await queryRunner.query("ALTER TABLE \"position\" RENAME TO \"temporary_position\"");
    await queryRunner.query("CREATE TABLE \"position\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"title\" varchar(160) NOT NULL, \"level\" varchar(16) NOT NULL, \"unitId\" integer, \"isHead\" boolean NOT NULL DEFAULT (0), \"headOfUnitId\" integer, \"closedAt\" datetime(3), \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"UQ_126be1a4aa082c8233773407e0e\" UNIQUE (\"title\"), CONSTRAINT \"UQ_62602de3ec5bc31e073e69de7da\" UNIQUE (\"headOfUnitId\"))");
    await queryRunner.query("INSERT INTO \"position\"(\"id\", \"title\", \"level\", \"unitId\", \"isHead\", \"headOfUnitId\", \"closedAt\", \"version\") SELECT \"id\", \"title\", \"level\", \"unitId\", \"isHead\", \"headOfUnitId\", \"closedAt\", \"version\" FROM \"temporary_position\"");
    await queryRunner.query("DROP TABLE \"temporary_position\"");
    await queryRunner.query("CREATE INDEX \"IDX_26e32d17f02596a641da3efcd1\" ON \"position\" (\"unitId\") ");
    await queryRunner.query("DROP INDEX \"IDX_26e32d17f02596a641da3efcd1\"");
    await queryRunner.query("ALTER TABLE \"position\" RENAME TO \"temporary_position\"");
    await queryRunner.query("CREATE TABLE \"position\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"title\" varchar(160) NOT NULL, \"level\" varchar(16) NOT NULL, CONSTRAINT \"UQ_126be1a4aa082c8233773407e0e\" UNIQUE (\"title\"))");
    await queryRunner.query("INSERT INTO \"position\"(\"id\", \"title\", \"level\") SELECT \"id\", \"title\", \"level\" FROM \"temporary_position\"");
    await queryRunner.query("DROP TABLE \"temporary_position\"");
    await queryRunner.query("DROP INDEX \"IDX_296f19905a5d681ceb22d2b61d\"");
    await queryRunner.query("DROP INDEX \"IDX_5d7c10e1aedb57e0e29e6a4ff5\"");
    await queryRunner.query("ALTER TABLE \"org_unit\" RENAME TO \"temporary_org_unit\"");
    await queryRunner.query("CREATE TABLE \"org_unit\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(160) NOT NULL, \"parentId\" integer, \"depth\" integer NOT NULL DEFAULT (0), \"sortOrder\" integer NOT NULL DEFAULT (0), \"headId\" integer, CONSTRAINT \"UQ_f86a5fc71d7f37a488d8741165e\" UNIQUE (\"name\"), CONSTRAINT \"FK_5d7c10e1aedb57e0e29e6a4ff54\" FOREIGN KEY (\"headId\") REFERENCES \"employee\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_296f19905a5d681ceb22d2b61df\" FOREIGN KEY (\"parentId\") REFERENCES \"org_unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"org_unit\"(\"id\", \"name\", \"parentId\", \"depth\", \"sortOrder\", \"headId\") SELECT \"id\", \"name\", \"parentId\", \"depth\", \"sortOrder\", \"headId\" FROM \"temporary_org_unit\"");
    await queryRunner.query("DROP TABLE \"temporary_org_unit\"");
    await queryRunner.query("CREATE INDEX \"IDX_296f19905a5d681ceb22d2b61d\" ON \"org_unit\" (\"parentId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5d7c10e1aedb57e0e29e6a4ff5\" ON \"org_unit\" (\"headId\") ");
  }
}
