import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsWorkflowAudit1795354900506 implements MigrationInterface {
  name = 'AccountsWorkflowAudit1795354900506';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `app_user` (`id` int NOT NULL AUTO_INCREMENT, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL DEFAULT '1', `email` varchar(255) NOT NULL, `name` varchar(255) NOT NULL, `role` varchar(32) NOT NULL, `agency_id` int NULL, `password_hash` varchar(255) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `last_login_at` datetime(6) NULL, INDEX `IDX_app_user_agency` (`agency_id`), UNIQUE INDEX `UQ_app_user_email` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `task_update` (`id` int NOT NULL AUTO_INCREMENT, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL DEFAULT '1', `task_id` int NOT NULL, `agency_id` int NOT NULL, `task_status` varchar(32) NOT NULL, `progress` int NOT NULL, `comment` text NULL, `evidence_url` varchar(1000) NULL, `status` varchar(32) NOT NULL DEFAULT 'DRAFT', `return_reason` text NULL, `submitted_at` datetime(6) NULL, `submitted_by_id` int NULL, `reviewed_at` datetime(6) NULL, `reviewed_by_id` int NULL, INDEX `IDX_task_update_status` (`status`), INDEX `IDX_task_update_agency` (`agency_id`), INDEX `IDX_task_update_task` (`task_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `api_token` (`id` int NOT NULL AUTO_INCREMENT, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL DEFAULT '1', `name` varchar(255) NOT NULL, `prefix` varchar(32) NOT NULL, `token_hash` varchar(64) NOT NULL, `agency_id` int NULL, `created_by_id` int NULL, `expires_at` datetime(6) NULL, `revoked_at` datetime(6) NULL, `last_used_at` datetime(6) NULL, INDEX `IDX_api_token_created_by` (`created_by_id`), UNIQUE INDEX `UQ_api_token_hash` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `audit_event` (`id` int NOT NULL AUTO_INCREMENT, `at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `user_id` int NULL, `actor` varchar(255) NOT NULL, `agency_id` int NULL, `action` varchar(32) NOT NULL, `entity` varchar(64) NOT NULL, `record_id` int NOT NULL, `before_json` text NULL, `after_json` text NULL, `reason` text NULL, `request_id` varchar(64) NULL, INDEX `IDX_audit_event_at` (`at`), INDEX `IDX_audit_event_agency` (`agency_id`), INDEX `IDX_audit_event_user` (`user_id`), INDEX `IDX_audit_event_record` (`entity`, `record_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reporting_period` (`id` int NOT NULL AUTO_INCREMENT, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL DEFAULT '1', `indicator_id` int NOT NULL, `period_year` int NOT NULL, `status` varchar(16) NOT NULL, `due_date` date NULL, INDEX `IDX_reporting_period_status` (`status`), UNIQUE INDEX `UQ_reporting_period` (`indicator_id`, `period_year`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `measurement` ADD `submitted_by_id` int NULL");
    await queryRunner.query("ALTER TABLE `measurement` ADD `reviewed_at` datetime(6) NULL");
    await queryRunner.query("ALTER TABLE `measurement` ADD `reviewed_by_id` int NULL");
    await queryRunner.query("ALTER TABLE `app_user` ADD CONSTRAINT `FK_app_user_agency` FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `measurement` ADD CONSTRAINT `FK_measurement_submitted_by` FOREIGN KEY (`submitted_by_id`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `measurement` ADD CONSTRAINT `FK_measurement_reviewed_by` FOREIGN KEY (`reviewed_by_id`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_update` ADD CONSTRAINT `FK_task_update_task` FOREIGN KEY (`task_id`) REFERENCES `task`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_update` ADD CONSTRAINT `FK_task_update_agency` FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_update` ADD CONSTRAINT `FK_task_update_submitted_by` FOREIGN KEY (`submitted_by_id`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_update` ADD CONSTRAINT `FK_task_update_reviewed_by` FOREIGN KEY (`reviewed_by_id`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `api_token` ADD CONSTRAINT `FK_api_token_agency` FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `api_token` ADD CONSTRAINT `FK_api_token_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `reporting_period` ADD CONSTRAINT `FK_reporting_period_indicator` FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `reporting_period` DROP FOREIGN KEY `FK_reporting_period_indicator`");
    await queryRunner.query("ALTER TABLE `api_token` DROP FOREIGN KEY `FK_api_token_created_by`");
    await queryRunner.query("ALTER TABLE `api_token` DROP FOREIGN KEY `FK_api_token_agency`");
    await queryRunner.query("ALTER TABLE `task_update` DROP FOREIGN KEY `FK_task_update_reviewed_by`");
    await queryRunner.query("ALTER TABLE `task_update` DROP FOREIGN KEY `FK_task_update_submitted_by`");
    await queryRunner.query("ALTER TABLE `task_update` DROP FOREIGN KEY `FK_task_update_agency`");
    await queryRunner.query("ALTER TABLE `task_update` DROP FOREIGN KEY `FK_task_update_task`");
    await queryRunner.query("ALTER TABLE `measurement` DROP FOREIGN KEY `FK_measurement_reviewed_by`");
    await queryRunner.query("ALTER TABLE `measurement` DROP FOREIGN KEY `FK_measurement_submitted_by`");
    await queryRunner.query("ALTER TABLE `app_user` DROP FOREIGN KEY `FK_app_user_agency`");
    await queryRunner.query("ALTER TABLE `measurement` DROP COLUMN `reviewed_by_id`");
    await queryRunner.query("ALTER TABLE `measurement` DROP COLUMN `reviewed_at`");
    await queryRunner.query("ALTER TABLE `measurement` DROP COLUMN `submitted_by_id`");
    await queryRunner.query("DROP INDEX `UQ_reporting_period` ON `reporting_period`");
    await queryRunner.query("DROP INDEX `IDX_reporting_period_status` ON `reporting_period`");
    await queryRunner.query("DROP TABLE `reporting_period`");
    await queryRunner.query("DROP INDEX `IDX_audit_event_record` ON `audit_event`");
    await queryRunner.query("DROP INDEX `IDX_audit_event_user` ON `audit_event`");
    await queryRunner.query("DROP INDEX `IDX_audit_event_agency` ON `audit_event`");
    await queryRunner.query("DROP INDEX `IDX_audit_event_at` ON `audit_event`");
    await queryRunner.query("DROP TABLE `audit_event`");
    await queryRunner.query("DROP INDEX `UQ_api_token_hash` ON `api_token`");
    await queryRunner.query("DROP INDEX `IDX_api_token_created_by` ON `api_token`");
    await queryRunner.query("DROP TABLE `api_token`");
    await queryRunner.query("DROP INDEX `IDX_task_update_task` ON `task_update`");
    await queryRunner.query("DROP INDEX `IDX_task_update_agency` ON `task_update`");
    await queryRunner.query("DROP INDEX `IDX_task_update_status` ON `task_update`");
    await queryRunner.query("DROP TABLE `task_update`");
    await queryRunner.query("DROP INDEX `UQ_app_user_email` ON `app_user`");
    await queryRunner.query("DROP INDEX `IDX_app_user_agency` ON `app_user`");
    await queryRunner.query("DROP TABLE `app_user`");
  }
}
