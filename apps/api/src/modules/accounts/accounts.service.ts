import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Credentials } from '@fluxo/connector-sdk';
import type { AccountCheckDto, AccountDto, CreateAccountDto, FieldError } from '@fluxo/contracts';
import { DataSource, Repository } from 'typeorm';
import { NotFoundError, ValidationFailedError } from '../../common/domain-error';
import { SecretBox } from '../../common/secret-box';
import { connectorLogger } from '../connectors/connector-logger';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { OutboundNetworkGuard } from '../connectors/outbound-network.guard';
import { AccountInUseError, AccountNotNeededError } from './accounts.errors';
import { AccountEntity } from './entities/account.entity';

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
    private readonly secretBox: SecretBox,
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
    const publicCredentials: Credentials = {};
    const secretCredentials: Credentials = {};
    const errors: FieldError[] = [];
    for (const field of connector.auth.fields) {
      const value = dto.credentials[field.key] ?? field.default;
      if (value === undefined || value === '') {
        if (field.required)
          errors.push({ field: `credentials.${field.key}`, message: `${field.label} is required` });
        continue;
      }
      (field.secret ? secretCredentials : publicCredentials)[field.key] = value;
    }
    if (errors.length)
      throw new ValidationFailedError('Fill in the required account fields', errors);
    const account = await this.accounts.save(
      this.accounts.create({
        workspaceId,
        connectorKey: connector.key,
        name: dto.name,
        publicCredentials,
        secretCredentials: this.secretBox.seal(secretCredentials),
        lastCheck: null,
      }),
    );
    return toAccountDto(account);
  }

  async check(workspaceId: string, accountId: string): Promise<AccountCheckDto> {
    const account = await this.findOrThrow(workspaceId, accountId);
    const connector = this.registry.getOrThrow(account.connectorKey);
    const result = connector.auth
      ? await connector.auth
          .check(this.credentialsOf(account), {
            logger: connectorLogger(connector.key),
            network: this.network,
          })
          .catch(() => ({ ok: false, message: 'The check failed unexpectedly; try again' }))
      : { ok: true, message: 'No account needed' };
    const lastCheck: AccountCheckDto = { ...result, checkedAt: new Date().toISOString() };
    await this.accounts.update({ id: account.id, workspaceId }, { lastCheck });
    return lastCheck;
  }

  async rename(workspaceId: string, accountId: string, name: string): Promise<AccountDto> {
    const account = await this.findOrThrow(workspaceId, accountId);
    account.name = name;
    return toAccountDto(await this.accounts.save(account));
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

  /** Decrypted credentials for a connector call; never leave the server. */
  async getCredentialsOrThrow(workspaceId: string, accountId: string): Promise<Credentials> {
    return this.credentialsOf(await this.findOrThrow(workspaceId, accountId));
  }

  async findOrThrow(workspaceId: string, accountId: string): Promise<AccountEntity> {
    const account = isUuid(accountId)
      ? await this.accounts.findOneBy({ id: accountId, workspaceId })
      : null;
    if (!account) throw new NotFoundError('The account');
    return account;
  }

  private credentialsOf(account: AccountEntity): Credentials {
    return {
      ...(account.publicCredentials as Credentials),
      ...this.secretBox.openOrThrow<Credentials>(account.secretCredentials),
    };
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
