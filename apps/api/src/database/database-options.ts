import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { AccountEntity } from '../modules/accounts/entities/account.entity';
import { SessionEntity } from '../modules/auth/entities/session.entity';
import { UserEntity } from '../modules/auth/entities/user.entity';
import { ConnectionEntity } from '../modules/connections/entities/connection.entity';
import { StepEntity } from '../modules/connections/entities/step.entity';
import { InboundEventEntity } from '../modules/hooks/entities/inbound-event.entity';
import { DeliveryEntity } from '../modules/runs/entities/delivery.entity';
import { RunEntity } from '../modules/runs/entities/run.entity';
import { SourceItemEntity } from '../modules/runs/entities/source-item.entity';
import { WorkspaceMemberEntity } from '../modules/workspaces/entities/workspace-member.entity';
import { WorkspaceEntity } from '../modules/workspaces/entities/workspace.entity';
import { InitialSchema1763892000000 } from './migrations/1763892000000-initial-schema';
import { RunEngine1763910000000 } from './migrations/1763910000000-run-engine';
import { QuietQueryLogger } from './quiet-query-logger';
import { ConnectorCallbacks1764670000000 } from './migrations/1764670000000-connector-callbacks';
import { SealedInboundSecrets1764900000000 } from './migrations/1764900000000-sealed-inbound-secrets';
import { DropConnectionVersion1765000000000 } from './migrations/1765000000000-drop-connection-version';
import { Conditions1765100000000 } from './migrations/1765100000000-conditions';
import { RunSkippedCount1765100000001 } from './migrations/1765100000001-run-skipped-count';
import { ReceiverDelays1765100000002 } from './migrations/1765100000002-receiver-delays';
import { DeliveryAskedFor1765100000003 } from './migrations/1765100000003-delivery-asked-for';
import { SendQueue1765100000004 } from './migrations/1765100000004-send-queue';
import { HappyPathCancellation1765100000005 } from './migrations/1765100000005-happy-path-cancellation';
import { CancelMarks1765100000006 } from './migrations/1765100000006-cancel-marks';
import { HeldCalls1765100000007 } from './migrations/1765100000007-held-calls';
import { DeliveryReports1765100000008 } from './migrations/1765100000008-delivery-reports';
import { RunWarnings1765100000009 } from './migrations/1765100000009-run-warnings';
import { PasswordResets1765100000010 } from './migrations/1765100000010-password-resets';
import { ApiKeys1765100000011 } from './migrations/1765100000011-api-keys';
import { ConnectionVersions1765100000012 } from './migrations/1765100000012-connection-versions';
import { MembersAndInvitations1765100000013 } from './migrations/1765100000013-members-and-invitations';
import { AuditLog1765100000014 } from './migrations/1765100000014-audit-log';
import { DeliverySweepIndexes1765100000015 } from './migrations/1765100000015-delivery-sweep-indexes';
import { ChainedRunsIndex1765100000016 } from './migrations/1765100000016-chained-runs-index';
import { ItemCallLink1765100000017 } from './migrations/1765100000017-item-call-link';

export const ENTITIES = [
  WorkspaceEntity,
  WorkspaceMemberEntity,
  UserEntity,
  SessionEntity,
  AccountEntity,
  ConnectionEntity,
  StepEntity,
  InboundEventEntity,
  RunEntity,
  SourceItemEntity,
  DeliveryEntity,
];

export const MIGRATIONS = [
  InitialSchema1763892000000,
  RunEngine1763910000000,
  ConnectorCallbacks1764670000000,
  SealedInboundSecrets1764900000000,
  DropConnectionVersion1765000000000,
  Conditions1765100000000,
  RunSkippedCount1765100000001,
  ReceiverDelays1765100000002,
  DeliveryAskedFor1765100000003,
  SendQueue1765100000004,
  HappyPathCancellation1765100000005,
  CancelMarks1765100000006,
  HeldCalls1765100000007,
  DeliveryReports1765100000008,
  RunWarnings1765100000009,
  PasswordResets1765100000010,
  ApiKeys1765100000011,
  ConnectionVersions1765100000012,
  MembersAndInvitations1765100000013,
  AuditLog1765100000014,
  DeliverySweepIndexes1765100000015,
  ChainedRunsIndex1765100000016,
  ItemCallLink1765100000017,
];

export interface DatabaseTarget {
  url: string;
  /** PGlite serves one session at a time: a pool of one keeps transactions whole. */
  embedded: boolean;
  /** Connections of a PostgreSQL pool. */
  poolSize: number;
}

export function databaseOptions(target: DatabaseTarget): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    extra: { max: target.embedded ? 1 : target.poolSize },
    logger: new QuietQueryLogger(),
    logging: ['error', 'warn', 'migration'],
  };
}
