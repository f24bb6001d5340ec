import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every saved change to a connection keeps a version (the last 50), to compare and restore. */
export class ConnectionVersions1765100000012 implements MigrationInterface {
  name = 'ConnectionVersions1765100000012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE connection_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        connection_id uuid NOT NULL REFERENCES connection (id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        user_id uuid REFERENCES "user" (id) ON DELETE SET NULL,
        snapshot jsonb NOT NULL,
        restored_from uuid,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_connection_version ON connection_version (connection_id, created_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE connection_version`);
  }
}
