import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "Forgot password?" links: only the token's hash is kept; each link works once, for an hour. */
export class PasswordResets1765100000010 implements MigrationInterface {
  name = 'PasswordResets1765100000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE password_reset (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX idx_password_reset_user ON password_reset (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE password_reset`);
  }
}
