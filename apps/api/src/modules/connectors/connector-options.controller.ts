import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  loadOptionsSchema,
  type DynamicOptions,
  type LoadOptionsDto,
  type StepSettings,
} from '@fluxo/contracts';
import { ApiZodBody } from '../../common/api-body.decorator';
import { DomainError } from '../../common/domain-error';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { CurrentAuth, type AuthContext } from '../auth/auth-context';
import { AccountsService } from '../accounts/accounts.service';
import { ConnectorContextFactory } from './connector-context.factory';
import { ConnectorRegistry, UnknownConnectorError } from './connector-registry';

const OPTIONS_TIMEOUT_MS = 20_000;

/** The choices of a dynamic-select (spreadsheet → sheet → columns), loaded with the account. */
@ApiTags('connectors')
@Controller('api/connectors')
export class ConnectorOptionsController {
  constructor(
    private readonly registry: ConnectorRegistry,
    private readonly accountsService: AccountsService,
    private readonly contexts: ConnectorContextFactory,
  ) {}

  @Post(':connectorKey/options/:loader')
  @HttpCode(200)
  @ApiZodBody(loadOptionsSchema)
  async load(
    @CurrentAuth() auth: AuthContext,
    @Param('connectorKey') connectorKey: string,
    @Param('loader') loaderKey: string,
    @Body(new ZodValidationPipe(loadOptionsSchema)) dto: LoadOptionsDto,
  ): Promise<DynamicOptions> {
    const connector = this.registry.getOrThrow(connectorKey);
    const loader = connector.optionLoaders?.[loaderKey];
    if (!loader) throw new UnknownConnectorError(`list "${loaderKey}" in ${connector.name}`);
    const accountId = dto.accountId ?? null;
    if (connector.auth && !accountId) {
      return { options: [], hint: `Choose a ${connector.name} account first` };
    }
    if (accountId) {
      const account = await this.accountsService.findOrThrow(auth.workspaceId, accountId);
      if (account.connectorKey !== connector.key) {
        throw new DomainError(400, 'WRONG_ACCOUNT', `This is not a ${connector.name} account`);
      }
    }
    const ctx = await this.contexts.create(
      auth.workspaceId,
      connector,
      accountId,
      dto.settings as StepSettings,
      { signal: AbortSignal.timeout(OPTIONS_TIMEOUT_MS) },
    );
    try {
      return await loader(ctx);
    } catch (error) {
      // The picker stays usable (the value can be typed in); the reason is shown beside it.
      const reason = error instanceof Error ? error.message : String(error);
      return { options: [], hint: `Could not load the list: ${reason}` };
    }
  }
}
