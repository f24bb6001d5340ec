import type { AccountCheckDto } from '@fluxo/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('account')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('text', { name: 'connector_key' }) connectorKey!: string;
  @Column('text') name!: string;
  @Column('jsonb', { name: 'public_credentials' }) publicCredentials!: Record<string, unknown>;
  /** AES-256-GCM sealed JSON of the secret fields; see SecretBox. */
  @Column('text', { name: 'secret_credentials' }) secretCredentials!: string;
  @Column('jsonb', { name: 'last_check', nullable: true }) lastCheck!: AccountCheckDto | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
