import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { ConnectorDefinition, Credentials } from '@fluxo/connector-sdk';
import {
  isFieldShown,
  type AccountCheckDto,
  type AccountDto,
  type CreateAccountDto,
  type FieldDefinition,
  type UpdateAccountDto,
  type FieldError,
} from '@fluxo/contracts';
import { DataSource, Repository } from 'typeorm';
import { NotFoundError, ValidationFailedError } from '../../common/domain-error';
import { connectorLogger } from '../connectors/connector-logger';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { OutboundNetworkGuard } from '../connectors/outbound-network.guard';
import {
  AccountCheckFailedError,
  AccountInUseError,
  AccountNotNeededError,
} from './accounts.errors';
import { CredentialVault, type StoredCredentials } from './credential-vault';
import { AccountEntity } from './entities/account.entity';

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
    private readonly vault: CredentialVault,
    private readonly network: OutboundNetworkGuard,
  ) {}

  async list(workspaceId: string): Promise<AccountDto[]> {
    const accounts = await this.accounts.find({
      where: { workspaceId },
      order: { createdAt: 'ASC' },
    });
    return accounts.map(toAccountDto);
  }

  async create(workspaceId: string, dto: CreateAccountDto): Promise<AccountDto> {
    const connector = this.registry.getOrThrow(dto.connectorKey);
    if (!connector.auth) throw new AccountNotNeededError(connector.name);
    const { publicCredentials, secretCredentials } = this.splitOrThrow(connector, dto.credentials);
    const lastCheck = dto.checkFirst
      ? await this.checkBeforeSaving(
          connector,
          publicCredentials,
          secretCredentials,
          dto.saveAnyway,
        )
      : null;
    return this.store(
      workspaceId,
      connector.key,
      dto.name,
      publicCredentials,
      secretCredentials,
      lastCheck,
    );
  }

  /**
   * A new name and/or new credentials. Secrets left blank keep the stored ones; new credentials
   * are checked first, and a failed check changes nothing unless the user saves anyway.
   */
  async update(workspaceId: string, accountId: string, dto: UpdateAccountDto): Promise<AccountDto> {
    const account = await this.findOrThrow(workspaceId, accountId);
    if (dto.name !== undefined) account.name = dto.name;
    if (dto.credentials) {
      const connector = this.registry.getOrThrow(account.connectorKey);
      const stored = this.vault.openForCall(connector, account);
      const secretKeys = new Set(
        (connector.auth?.fields ?? []).filter((field) => field.secret).map((field) => field.key),
      );
      const kept = Object.fromEntries(
        Object.entries(dto.credentials).filter(
          ([key, value]) => !(secretKeys.has(key) && (value === '' || value === undefined)),
        ),
      );
      const storedSecrets = Object.fromEntries(
        [...secretKeys].filter((key) => stored[key] !== undefined).map((key) => [key, stored[key]]),
      );
      const { publicCredentials, secretCredentials } = this.splitOrThrow(connector, {
        ...storedSecrets,
        ...kept,
      });
      account.lastCheck = await this.checkBeforeSaving(
        connector,
        publicCredentials,
        secretCredentials,
        dto.saveAnyway,
      );
      Object.assign(account, this.vault.store(publicCredentials, secretCredentials));
    }
    return toAccountDto(await this.accounts.save(account));
  }

  /** The connector's auth fields split into public and secret values; required ones enforced. */
  private splitOrThrow(
    connector: ConnectorDefinition,
    credentials: CreateAccountDto['credentials'],
  ): { publicCredentials: Credentials; secretCredentials: Credentials } {
    const fields = connector.auth?.fields ?? [];
    const publicCredentials: Credentials = {};
    const secretCredentials: Credentials = {};
    const errors: FieldError[] = [];
    for (const field of fields) {
      if (!isFieldShown(field, { ...defaultsOf(fields), ...credentials })) continue;
      const value = credentials[field.key] ?? field.default;
      if (value === undefined || value === '') {
        if (field.required)
          errors.push({ field: `credentials.${field.key}`, message: `${field.label} is required` });
        continue;
      }
      (field.secret ? secretCredentials : publicCredentials)[field.key] = value;
    }
    if (errors.length)
      throw new ValidationFailedError('Fill in the required account fields', errors);
    return { publicCredentials, secretCredentials };
  }

  /** Checks credentials not saved yet; throws when they fail and the user did not say "save anyway". */
  private async checkBeforeSaving(
    connector: ConnectorDefinition,
    publicCredentials: Credentials,
    secretCredentials: Credentials,
    saveAnyway = false,
  ): Promise<AccountCheckDto> {
    const check = await this.runCheck(
      connector,
      this.vault.store(publicCredentials, secretCredentials),
    );
    if (!check.ok && !saveAnyway) throw new AccountCheckFailedError(check.message);
    return check;
  }

  /** Stores an account connected through the vendor's consent page: every token is secret. */
  createFromOAuth(
    workspaceId: string,
    connectorKey: string,
    name: string,
    tokens: Credentials,
  ): Promise<AccountDto> {
    return this.store(workspaceId, connectorKey, name, { authType: 'oauth2' }, tokens);
  }

  private async store(
    workspaceId: string,
    connectorKey: string,
    name: string,
    publicCredentials: Credentials,
    secretCredentials: Credentials,
    lastCheck: AccountCheckDto | null = null,
  ): Promise<AccountDto> {
    const account = await this.accounts.save(
      this.accounts.create({
        workspaceId,
        connectorKey,
        name,
        ...this.vault.store(publicCredentials, secretCredentials),
        lastCheck,
      }),
    );
    return toAccountDto(account);
  }

  async check(workspaceId: string, accountId: string): Promise<AccountCheckDto> {
    const account = await this.findOrThrow(workspaceId, accountId);
    const lastCheck = await this.runCheck(this.registry.getOrThrow(account.connectorKey), account);
    await this.accounts.update({ id: account.id, workspaceId }, { lastCheck });
    return lastCheck;
  }

  private async runCheck(
    connector: ConnectorDefinition,
    stored: StoredCredentials,
  ): Promise<AccountCheckDto> {
    const result = connector.auth
      ? await connector.auth
          .check(this.vault.openForCall(connector, stored), {
            logger: connectorLogger(connector.key),
            network: this.network,
          })
          .catch(() => ({ ok: false, message: 'The check failed unexpectedly; try again' }))
      : { ok: true, message: 'No account needed' };
    return { ...result, checkedAt: new Date().toISOString() };
  }

  async remove(workspaceId: string, accountId: string): Promise<void> {
    const account = await this.findOrThrow(workspaceId, accountId);
    const users: { name: string }[] = await this.dataSource.query(
      `SELECT DISTINCT c.name FROM step s JOIN connection c ON c.id = s.connection_id
        WHERE s.account_id = $1 AND s.workspace_id = $2 ORDER BY c.name`,
      [account.id, workspaceId],
    );
    if (users.length) throw new AccountInUseError(users.map((u) => u.name));
    await this.accounts.delete({ id: account.id, workspaceId });
  }

  /** Stores tokens a connector renewed; other keys are not a connector's to change. */
  async saveRenewedCredentials(
    workspaceId: string,
    accountId: string,
    changes: Credentials,
  ): Promise<void> {
    const account = await this.findOrThrow(workspaceId, accountId);
    const secretCredentials = this.vault.renewTokens(account.secretCredentials, changes);
    if (secretCredentials) {
      await this.accounts.update({ id: account.id, workspaceId }, { secretCredentials });
    }
  }

  /** Opened credentials for one call of the account's connector; they never leave the server. */
  /** `stored`: the account's credentials when the caller read them already (hot paths). */
  async credentialsForCall(
    workspaceId: string,
    connector: ConnectorDefinition,
    accountId: string,
    stored?: StoredCredentials,
  ): Promise<Credentials> {
    return this.vault.openForCall(
      connector,
      stored ?? (await this.findOrThrow(workspaceId, accountId)),
    );
  }

  async findOrThrow(workspaceId: string, accountId: string): Promise<AccountEntity> {
    const account = isUuid(accountId)
      ? await this.accounts.findOneBy({ id: accountId, workspaceId })
      : null;
    if (!account) throw new NotFoundError('The account');
    return account;
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function toAccountDto(account: AccountEntity): AccountDto {
  return {
    id: account.id,
    connectorKey: account.connectorKey,
    name: account.name,
    publicCredentials: account.publicCredentials,
    lastCheck: account.lastCheck,
    createdAt: account.createdAt.toISOString(),
  };
}

function defaultsOf(fields: FieldDefinition[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.key, field.default]));
}
