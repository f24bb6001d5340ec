import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** `id` is the SHA-256 of the cookie's token, so a leaked table does not leak sessions. */
@Entity('session')
export class SessionEntity {
  @PrimaryColumn('text') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
