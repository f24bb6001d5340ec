import type { DeliveryStatus, VendorStatusDto } from '@fluxo/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One item sent to one receiver step; unique on (item, step) so nothing is sent twice. */
@Entity('delivery')
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'run_id' }) runId!: string;
  @Column('uuid', { name: 'item_id' }) itemId!: string;
  @Column('uuid', { name: 'step_id' }) stepId!: string;
  @Column('text') status!: DeliveryStatus;
  @Column('integer') attempts!: number;
  @Column('jsonb') payload!: Record<string, unknown>;
  @Column('jsonb', { nullable: true }) response!: Record<string, unknown> | null;
  @Column('text', { nullable: true }) error!: string | null;
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true }) nextAttemptAt!: Date | null;
  /** The send time a delay asked for, when it had passed and the item went at once. */
  @Column('timestamptz', { name: 'asked_for', nullable: true }) askedFor!: Date | null;
  /** "Send now" was pressed while it waited: its delay no longer applies. */
  @Column('boolean', { name: 'send_now' }) sendNow!: boolean;
  /** While it waits: the key a later item cancels it by (see CancelWhen). */
  @Column('text', { name: 'cancel_key', nullable: true }) cancelKey!: string | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  /** The later item that cancelled it, and its connection; null when cancelled by hand. */
  @Column('uuid', { name: 'cancelled_by_item_id', nullable: true })
  cancelledByItemId!: string | null;
  @Column('uuid', { name: 'cancelled_by_connection_id', nullable: true })
  cancelledByConnectionId!: string | null;
  /** The vendor's later report on the message (status callbacks). */
  @Column('jsonb', { name: 'vendor_status', nullable: true })
  vendorStatus!: VendorStatusDto | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
