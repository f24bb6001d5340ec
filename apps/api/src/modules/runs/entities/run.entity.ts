import type { RunCause, RunStatus } from '@fluxo/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('run')
export class RunEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'connection_id' }) connectionId!: string;
  @Column('text') cause!: RunCause;
  @Column('text') status!: RunStatus;
  @Column('integer', { name: 'items_count' }) itemsCount!: number;
  @Column('integer', { name: 'deliveries_ok' }) deliveriesOk!: number;
  @Column('integer', { name: 'deliveries_failed' }) deliveriesFailed!: number;
  @Column('integer', { name: 'deliveries_skipped' }) deliveriesSkipped!: number;
  @Column('text', { nullable: true }) error!: string | null;
  /** Parts of the source's read that failed while the rest was read. */
  @Column('text', { array: true, nullable: true }) warnings!: string[] | null;
  @Column('uuid', { name: 'caused_by_run_id', nullable: true }) causedByRunId!: string | null;
  @Column('timestamptz', { name: 'lease_until', nullable: true }) leaseUntil!: Date | null;
  /** A run put back in the queue (a source fetch failed) is not taken before this time. */
  @Column('timestamptz', { name: 'retry_at', nullable: true }) retryAt!: Date | null;
  @Column('integer', { name: 'source_attempts' }) sourceAttempts!: number;
  @Column('timestamptz', { name: 'started_at' }) startedAt!: Date;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
  @Column('timestamptz', { name: 'settled_at', nullable: true }) settledAt!: Date | null;
}
