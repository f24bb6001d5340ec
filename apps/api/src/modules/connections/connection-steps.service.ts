import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  conditionsOrNull,
  INSTANCE_MAIL_ACCOUNT,
  type CancelWhen,
  type FieldDefinition,
  type StepDto,
  type UpdateStepDto,
  type UpsertStepDto,
} from '@fluxo/contracts';
import { In, Repository } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SecretBox } from '../../common/secret-box';
import { AccountsService, isUuid } from '../accounts/accounts.service';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { toStepDto } from './connection-dto.mapper';
import {
  ConditionsOnSourceError,
  StepNotReadyError,
  UnknownCancellingConnectionError,
} from './connections.errors';
import { ConnectionsService } from './connections.service';
import { ConnectionEntity } from './entities/connection.entity';
import { StepEntity } from './entities/step.entity';
import { sealSecretFields, secretKeysOf } from './secret-mapping';
import { TriggerPolicyService } from './trigger-policy.service';

/**
 * The source and receivers of a connection: which system, action and account each uses (the
 * account of the caller's workspace and of the step's system), their settings and mapping, with
 * secret mapping fields sealed.
 */
@Injectable()
export class ConnectionStepsService {
  constructor(
    @InjectRepository(StepEntity) private readonly steps: Repository<StepEntity>,
    @InjectRepository(ConnectionEntity)
    private readonly connectionRows: Repository<ConnectionEntity>,
    private readonly connections: ConnectionsService,
    private readonly triggers: TriggerPolicyService,
    private readonly accountsService: AccountsService,
    private readonly registry: ConnectorRegistry,
    private readonly secretBox: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upsertSource(
    workspaceId: string,
    connectionId: string,
    dto: UpsertStepDto,
  ): Promise<StepDto> {
    const connection = await this.connections.findOrThrow(workspaceId, connectionId);
    const source = this.registry.getSourceOrThrow(dto.connectorKey, dto.actionKey);
    const accountId = await this.resolveAccountId(workspaceId, dto.connectorKey, dto.accountId);
    const existing = await this.steps.findOneBy({ connectionId: connection.id, role: 'source' });
    const step = await this.steps.save(
      this.steps.merge(
        existing ??
          this.steps.create({
            workspaceId,
            connectionId: connection.id,
            role: 'source',
            sortOrder: 0,
            mapping: {},
          }),
        {
          connectorKey: dto.connectorKey,
          actionKey: dto.actionKey,
          accountId,
          settings: dto.settings ?? existing?.settings ?? {},
          position: dto.position ?? existing?.position ?? { x: 0, y: 0 },
        },
      ),
    );
    await this.triggers.adoptSource(connection, source);
    return toStepDto(step);
  }

  async addReceiver(
    workspaceId: string,
    connectionId: string,
    dto: UpsertStepDto,
  ): Promise<StepDto> {
    const connection = await this.connections.findOrThrow(workspaceId, connectionId);
    const receiver = this.registry.getReceiverOrThrow(dto.connectorKey, dto.actionKey);
    const accountId = await this.resolveAccountId(workspaceId, dto.connectorKey, dto.accountId);
    await this.checkCancellingConnections(workspaceId, dto.cancelWhen);
    const count = await this.steps.countBy({ connectionId: connection.id, role: 'receiver' });
    const step = await this.steps.save(
      this.steps.create({
        workspaceId,
        connectionId: connection.id,
        role: 'receiver',
        connectorKey: dto.connectorKey,
        actionKey: dto.actionKey,
        accountId,
        settings: dto.settings ?? {},
        mapping: sealSecretFields(
          this.withInstanceMail(receiver.fields, dto.mapping ?? {}),
          secretKeysOf(receiver.fields),
          {},
          this.secretBox,
        ),
        conditions: conditionsOrNull(dto.conditions),
        delay: dto.delay ?? null,
        cancelWhen: dto.cancelWhen ?? null,
        position: dto.position ?? { x: 0, y: 160 * (count + 1) },
        sortOrder: count + 1,
      }),
    );
    return toStepDto(step);
  }

  /**
   * Where the instance has mail of its own (FLUXO_SMTP_URL), a new receiver that sends through
   * an e-mail account (Portmone's invoice) sends through it until the user chooses an account:
   * the user of the ApiX-Drive article has only a Portmone account.
   */
  private withInstanceMail(
    fields: readonly FieldDefinition[],
    mapping: Record<string, string>,
  ): Record<string, string> {
    if (!this.config.smtpUrl) return mapping;
    const defaults = fields.filter(
      (field) =>
        field.type === 'account' &&
        field.accountConnectors.includes('email') &&
        !String(mapping[field.key] ?? '').trim(),
    );
    return {
      ...mapping,
      ...Object.fromEntries(defaults.map((field) => [field.key, INSTANCE_MAIL_ACCOUNT])),
    };
  }

  async updateStep(
    workspaceId: string,
    connectionId: string,
    stepId: string,
    dto: UpdateStepDto,
  ): Promise<StepDto> {
    const step = await this.findStepOrThrow(workspaceId, connectionId, stepId);
    if (step.role === 'source' && (dto.conditions || dto.delay || dto.cancelWhen)) {
      throw new ConditionsOnSourceError();
    }
    await this.checkCancellingConnections(workspaceId, dto.cancelWhen);
    const connectorKey = dto.connectorKey ?? step.connectorKey;
    const actionKey = dto.actionKey ?? step.actionKey;
    let secretKeys = new Set<string>();
    if (step.role === 'source') this.registry.getSourceOrThrow(connectorKey, actionKey);
    else
      secretKeys = secretKeysOf(this.registry.getReceiverOrThrow(connectorKey, actionKey).fields);
    const accountId =
      dto.accountId !== undefined || connectorKey !== step.connectorKey
        ? await this.resolveAccountId(workspaceId, connectorKey, dto.accountId)
        : step.accountId;
    this.steps.merge(step, {
      connectorKey,
      actionKey,
      accountId,
      ...(dto.settings ? { settings: dto.settings } : {}),
      ...(dto.mapping
        ? { mapping: sealSecretFields(dto.mapping, secretKeys, step.mapping, this.secretBox) }
        : {}),
      ...(dto.conditions !== undefined ? { conditions: conditionsOrNull(dto.conditions) } : {}),
      ...(dto.delay !== undefined ? { delay: dto.delay } : {}),
      ...(dto.cancelWhen !== undefined ? { cancelWhen: dto.cancelWhen } : {}),
      ...(dto.position ? { position: dto.position } : {}),
    });
    return toStepDto(await this.steps.save(step));
  }

  /** Items of another workspace never reach this one's sends: naming such a connection is a mistake. */
  private async checkCancellingConnections(
    workspaceId: string,
    cancelWhen: CancelWhen | null | undefined,
  ): Promise<void> {
    if (!cancelWhen) return;
    const ids = [...new Set(cancelWhen.connectionIds)];
    const found = await this.connectionRows.countBy({ workspaceId, id: In(ids) });
    if (found !== ids.length) throw new UnknownCancellingConnectionError();
  }

  async removeStep(workspaceId: string, connectionId: string, stepId: string): Promise<void> {
    const step = await this.findStepOrThrow(workspaceId, connectionId, stepId);
    await this.steps.delete({ id: step.id, workspaceId });
  }

  /** The steps of a connection already scoped to the caller's workspace. */
  stepsOf(connectionId: string): Promise<StepEntity[]> {
    return this.steps.findBy({ connectionId });
  }

  async findStepOrThrow(
    workspaceId: string,
    connectionId: string,
    stepId: string,
  ): Promise<StepEntity> {
    const step =
      isUuid(stepId) && isUuid(connectionId)
        ? await this.steps.findOneBy({ id: stepId, connectionId, workspaceId })
        : null;
    if (!step) throw new NotFoundError('The step');
    return step;
  }

  /** An account must belong to the caller's workspace and to the step's system. */
  private async resolveAccountId(
    workspaceId: string,
    connectorKey: string,
    accountId: string | null | undefined,
  ): Promise<string | null> {
    if (!accountId) return null;
    const account = await this.accountsService.findOrThrow(workspaceId, accountId);
    if (account.connectorKey !== connectorKey) {
      throw new StepNotReadyError(`The account "${account.name}" belongs to another system`);
    }
    return account.id;
  }
}
