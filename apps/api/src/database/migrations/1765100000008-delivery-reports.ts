import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports count a workspace's deliveries by day: read by workspace and creation time. */
export class DeliveryReports1765100000008 implements MigrationInterface {
  name = 'DeliveryReports1765100000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX idx_delivery_workspace_created ON delivery (workspace_id, created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_delivery_workspace_created`);
  }
}
