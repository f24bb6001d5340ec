import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The owners' audit log: who did what to whom. The actor's e-mail is copied at the time, so the
 * log still names someone who has since been removed.
 */
export class AuditLog1765100000014 implements MigrationInterface {
  name = 'AuditLog1765100000014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES "user" (id) ON DELETE SET NULL,
        actor_email text,
        action text NOT NULL,
        target text,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_audit_event_workspace ON audit_event (workspace_id, created_at DESC)`,
    );
    await queryRunner.query(`CREATE INDEX idx_audit_event_created ON audit_event (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_event`);
  }
}
