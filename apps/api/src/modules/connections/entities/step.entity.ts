import type {
  CancelWhen,
  Conditions,
  Delay,
  Mapping,
  StepRole,
  StepSettings,
} from '@fluxo/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('step')
export class StepEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'connection_id' }) connectionId!: string;
  @Column('text') role!: StepRole;
  @Column('text', { name: 'connector_key' }) connectorKey!: string;
  @Column('text', { name: 'action_key' }) actionKey!: string;
  @Column('uuid', { name: 'account_id', nullable: true }) accountId!: string | null;
  @Column('jsonb') settings!: StepSettings;
  @Column('jsonb') mapping!: Mapping;
  /** Only the items that meet them reach this receiver; null: every item. */
  @Column('jsonb', { nullable: true }) conditions!: Conditions | null;
  /** When this receiver sends an item; null: at once. */
  @Column('jsonb', { nullable: true }) delay!: Delay | null;
  /** Which later items cancel its waiting sends; null: none. */
  @Column('jsonb', { name: 'cancel_when', nullable: true }) cancelWhen!: CancelWhen | null;
  @Column('jsonb') position!: { x: number; y: number };
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
