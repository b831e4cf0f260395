import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class RowClaimsMysql1796566070295 implements MigrationInterface {
  name = 'RowClaimsMysql1796566070295';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `row_claim` (`tableName` varchar(64) NOT NULL, `rowId` int NOT NULL, `claims` int NOT NULL DEFAULT '0', PRIMARY KEY (`tableName`, `rowId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `row_claim_hold` (`id` int NOT NULL AUTO_INCREMENT, `tableName` varchar(64) NOT NULL, `rowId` int NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `row_claim_hold` ADD CONSTRAINT `FK_b80bef01e651d13feaf9e1f5f57` FOREIGN KEY (`tableName`, `rowId`) REFERENCES `row_claim`(`tableName`,`rowId`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `row_claim_hold` DROP FOREIGN KEY `FK_b80bef01e651d13feaf9e1f5f57`");
    await queryRunner.query("DROP TABLE `row_claim_hold`");
    await queryRunner.query("DROP TABLE `row_claim`");
  }
}
