import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roles become owner, editor and viewer (the old "member" could edit), and owners invite
 * colleagues by single-use links kept as hashes.
 */
export class MembersAndInvitations1765100000013 implements MigrationInterface {
  name = 'MembersAndInvitations1765100000013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE workspace_member DROP CONSTRAINT chk_workspace_member_role`,
    );
    await queryRunner.query(`UPDATE workspace_member SET role = 'editor' WHERE role = 'member'`);
    await queryRunner.query(`
      ALTER TABLE workspace_member ADD CONSTRAINT chk_workspace_member_role
        CHECK (role IN ('owner', 'editor', 'viewer'))`);
    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
        token_hash text NOT NULL UNIQUE,
        invited_by uuid REFERENCES "user" (id) ON DELETE SET NULL,
        accepted_by uuid REFERENCES "user" (id) ON DELETE SET NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_invitation_workspace ON invitation (workspace_id, created_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invitation`);
    await queryRunner.query(
      `ALTER TABLE workspace_member DROP CONSTRAINT chk_workspace_member_role`,
    );
    await queryRunner.query(
      `UPDATE workspace_member SET role = 'member' WHERE role IN ('editor', 'viewer')`,
    );
    await queryRunner.query(`
      ALTER TABLE workspace_member ADD CONSTRAINT chk_workspace_member_role
        CHECK (role IN ('owner', 'member'))`);
  }
}
