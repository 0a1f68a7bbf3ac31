import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeasurementListIndex1796153444331 implements MigrationInterface {
  name = 'MeasurementListIndex1796153444331';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_measurement_status` ON `measurement`");
    await queryRunner.query("CREATE INDEX `IDX_measurement_status_value` ON `measurement` (`status`, `value`, `id`, `period_year`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_measurement_status_value` ON `measurement`");
    await queryRunner.query("CREATE INDEX `IDX_measurement_status` ON `measurement` (`status`)");
  }
}
