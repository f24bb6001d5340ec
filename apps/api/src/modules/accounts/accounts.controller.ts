import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createAccountSchema,
  updateAccountSchema,
  type UpdateAccountDto,
  type AccountCheckDto,
  type AccountDto,
  type CreateAccountDto,
} from '@fluxo/contracts';
import { ApiZodBody } from '../../common/api-body.decorator';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { CurrentAuth, MinimumRole, type AuthContext } from '../auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { AccountsService } from './accounts.service';

@ApiTags('accounts')
@Controller('api/accounts')
export class AccountsController {
  constructor(
    private readonly accountsService: AccountsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  list(@CurrentAuth() auth: AuthContext): Promise<AccountDto[]> {
    return this.accountsService.list(auth.workspaceId);
  }

  @Post()
  @ApiZodBody(createAccountSchema)
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body(new ZodValidationPipe(createAccountSchema)) dto: CreateAccountDto,
  ): Promise<AccountDto> {
    const account = await this.accountsService.create(auth.workspaceId, dto);
    await this.audit.record(auth, 'account.created', account.name, { system: dto.connectorKey });
    return account;
  }

  @Post(':id/check')
  @HttpCode(200)
  check(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<AccountCheckDto> {
    return this.accountsService.check(auth.workspaceId, id);
  }

  /**
   * A new name and/or new credentials (secrets left blank are kept; new ones are checked first).
   * Editors use accounts and add new ones, but only an owner replaces or removes one.
   */
  @Patch(':id')
  @MinimumRole('owner')
  @ApiZodBody(updateAccountSchema)
  async update(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateAccountSchema)) dto: UpdateAccountDto,
  ): Promise<AccountDto> {
    const account = await this.accountsService.update(auth.workspaceId, id, dto);
    await this.audit.record(auth, 'account.updated', account.name, {
      system: account.connectorKey,
    });
    return account;
  }

  @Delete(':id')
  @MinimumRole('owner')
  @HttpCode(204)
  async remove(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<void> {
    const account = await this.accountsService.findOrThrow(auth.workspaceId, id);
    await this.accountsService.remove(auth.workspaceId, id);
    await this.audit.record(auth, 'account.deleted', account.name, {
      system: account.connectorKey,
    });
  }
}
