import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for mysql by api/scripts/generate-migrations.ts; regenerate, don't edit. */
export class FoundationMysql1795824083951 implements MigrationInterface {
  name = 'FoundationMysql1795824083951';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `org_unit` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(160) NOT NULL, `parentId` int NULL, `depth` int NOT NULL DEFAULT '0', `sortOrder` int NOT NULL DEFAULT '0', `headId` int NULL, INDEX `IDX_296f19905a5d681ceb22d2b61d` (`parentId`), INDEX `IDX_5d7c10e1aedb57e0e29e6a4ff5` (`headId`), UNIQUE INDEX `IDX_f86a5fc71d7f37a488d8741165` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `org_unit_closure` (`ancestorId` int NOT NULL, `descendantId` int NOT NULL, `depth` int NOT NULL, INDEX `IDX_e014f78eca44e8f273a63e2812` (`descendantId`, `ancestorId`), PRIMARY KEY (`ancestorId`, `descendantId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `position` (`id` int NOT NULL AUTO_INCREMENT, `title` varchar(160) NOT NULL, `level` varchar(16) NOT NULL, UNIQUE INDEX `IDX_126be1a4aa082c8233773407e0` (`title`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `employee` (`id` int NOT NULL AUTO_INCREMENT, `nip` varchar(18) NOT NULL, `name` varchar(120) NOT NULL, `gender` varchar(10) NOT NULL, `birthDate` date NOT NULL, `employmentType` varchar(4) NOT NULL, `rank` varchar(5) NOT NULL, `positionId` int NOT NULL, `unitId` int NOT NULL, `supervisorId` int NULL, `email` varchar(160) NULL, `phone` varchar(32) NULL, `active` tinyint NOT NULL DEFAULT 1, `version` int NOT NULL DEFAULT '1', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_e97a7f3c48c04b54ffc24e5fc7` (`name`), INDEX `IDX_72254e45cbbf3e86fc2d8154f3` (`supervisorId`), INDEX `IDX_bace047edfd8651e1aa91ed8e2` (`unitId`, `active`, `name`), UNIQUE INDEX `IDX_c55fca410d775d2c1861f910c7` (`nip`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reporting_line` (`ancestorId` int NOT NULL, `descendantId` int NOT NULL, `depth` int NOT NULL, INDEX `IDX_be68f7f5169c34773f75014e38` (`descendantId`, `ancestorId`), PRIMARY KEY (`ancestorId`, `descendantId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `account` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(60) NOT NULL, `passwordHash` varchar(200) NOT NULL, `roles` text NOT NULL, `employeeId` int NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_6e79a38b846cc445d22778a29c` (`employeeId`), UNIQUE INDEX `IDX_41dfcb70af895ddf9a53094515` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `login_failure` (`id` int NOT NULL AUTO_INCREMENT, `accountKey` varchar(60) NOT NULL, `address` varchar(64) NOT NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_380c3344da85aa6a5bfa4d1f8b` (`accountKey`, `address`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `audit_log` (`id` int NOT NULL AUTO_INCREMENT, `actorAccountId` int NULL, `action` varchar(60) NOT NULL, `entity` varchar(60) NOT NULL, `entityId` varchar(40) NOT NULL, `before` text NULL, `after` text NULL, `reason` text NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_8fb2365dcfc9293a1eff580dbd` (`actorAccountId`), INDEX `IDX_78e013ffae12f5a1fc1dbefff9` (`createdAt`), INDEX `IDX_e3a9d2038eafa6c7cfe9e40853` (`entity`, `entityId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `org_unit` ADD CONSTRAINT `FK_296f19905a5d681ceb22d2b61df` FOREIGN KEY (`parentId`) REFERENCES `org_unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `org_unit` ADD CONSTRAINT `FK_5d7c10e1aedb57e0e29e6a4ff54` FOREIGN KEY (`headId`) REFERENCES `employee`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `org_unit_closure` ADD CONSTRAINT `FK_0f5f6d9d07e98907c17589aff30` FOREIGN KEY (`ancestorId`) REFERENCES `org_unit`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `org_unit_closure` ADD CONSTRAINT `FK_3d99f672acb6e1a870ab21ac455` FOREIGN KEY (`descendantId`) REFERENCES `org_unit`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `employee` ADD CONSTRAINT `FK_aff396af6e595420a64943f4c26` FOREIGN KEY (`positionId`) REFERENCES `position`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `employee` ADD CONSTRAINT `FK_cc472a8b4b49166d9fbe0dfced1` FOREIGN KEY (`unitId`) REFERENCES `org_unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `employee` ADD CONSTRAINT `FK_72254e45cbbf3e86fc2d8154f30` FOREIGN KEY (`supervisorId`) REFERENCES `employee`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `reporting_line` ADD CONSTRAINT `FK_510459da5f0069c619ce6d4305c` FOREIGN KEY (`ancestorId`) REFERENCES `employee`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `reporting_line` ADD CONSTRAINT `FK_8155352e5e4d896181528825f50` FOREIGN KEY (`descendantId`) REFERENCES `employee`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `account` ADD CONSTRAINT `FK_6e79a38b846cc445d22778a29ce` FOREIGN KEY (`employeeId`) REFERENCES `employee`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `account` DROP FOREIGN KEY `FK_6e79a38b846cc445d22778a29ce`");
    await queryRunner.query("ALTER TABLE `reporting_line` DROP FOREIGN KEY `FK_8155352e5e4d896181528825f50`");
    await queryRunner.query("ALTER TABLE `reporting_line` DROP FOREIGN KEY `FK_510459da5f0069c619ce6d4305c`");
    await queryRunner.query("ALTER TABLE `employee` DROP FOREIGN KEY `FK_72254e45cbbf3e86fc2d8154f30`");
    await queryRunner.query("ALTER TABLE `employee` DROP FOREIGN KEY `FK_cc472a8b4b49166d9fbe0dfced1`");
    await queryRunner.query("ALTER TABLE `employee` DROP FOREIGN KEY `FK_aff396af6e595420a64943f4c26`");
    await queryRunner.query("ALTER TABLE `org_unit_closure` DROP FOREIGN KEY `FK_3d99f672acb6e1a870ab21ac455`");
    await queryRunner.query("ALTER TABLE `org_unit_closure` DROP FOREIGN KEY `FK_0f5f6d9d07e98907c17589aff30`");
    await queryRunner.query("ALTER TABLE `org_unit` DROP FOREIGN KEY `FK_5d7c10e1aedb57e0e29e6a4ff54`");
    await queryRunner.query("ALTER TABLE `org_unit` DROP FOREIGN KEY `FK_296f19905a5d681ceb22d2b61df`");
    await queryRunner.query("DROP INDEX `IDX_e3a9d2038eafa6c7cfe9e40853` ON `audit_log`");
    await queryRunner.query("DROP INDEX `IDX_78e013ffae12f5a1fc1dbefff9` ON `audit_log`");
    await queryRunner.query("DROP INDEX `IDX_8fb2365dcfc9293a1eff580dbd` ON `audit_log`");
    await queryRunner.query("DROP TABLE `audit_log`");
    await queryRunner.query("DROP INDEX `IDX_380c3344da85aa6a5bfa4d1f8b` ON `login_failure`");
    await queryRunner.query("DROP TABLE `login_failure`");
    await queryRunner.query("DROP INDEX `IDX_41dfcb70af895ddf9a53094515` ON `account`");
    await queryRunner.query("DROP INDEX `IDX_6e79a38b846cc445d22778a29c` ON `account`");
    await queryRunner.query("DROP TABLE `account`");
    await queryRunner.query("DROP INDEX `IDX_be68f7f5169c34773f75014e38` ON `reporting_line`");
    await queryRunner.query("DROP TABLE `reporting_line`");
    await queryRunner.query("DROP INDEX `IDX_c55fca410d775d2c1861f910c7` ON `employee`");
    await queryRunner.query("DROP INDEX `IDX_bace047edfd8651e1aa91ed8e2` ON `employee`");
    await queryRunner.query("DROP INDEX `IDX_72254e45cbbf3e86fc2d8154f3` ON `employee`");
    await queryRunner.query("DROP INDEX `IDX_e97a7f3c48c04b54ffc24e5fc7` ON `employee`");
    await queryRunner.query("DROP TABLE `employee`");
    await queryRunner.query("DROP INDEX `IDX_126be1a4aa082c8233773407e0` ON `position`");
    await queryRunner.query("DROP TABLE `position`");
    await queryRunner.query("DROP INDEX `IDX_e014f78eca44e8f273a63e2812` ON `org_unit_closure`");
    await queryRunner.query("DROP TABLE `org_unit_closure`");
    await queryRunner.query("DROP INDEX `IDX_f86a5fc71d7f37a488d8741165` ON `org_unit`");
    await queryRunner.query("DROP INDEX `IDX_5d7c10e1aedb57e0e29e6a4ff5` ON `org_unit`");
    await queryRunner.query("DROP INDEX `IDX_296f19905a5d681ceb22d2b61d` ON `org_unit`");
    await queryRunner.query("DROP TABLE `org_unit`");
  }
}
