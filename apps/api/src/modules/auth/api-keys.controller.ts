import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createApiKeySchema,
  type ApiKeyDto,
  type CreateApiKeyDto,
  type CreatedApiKeyDto,
  type WorkspaceApiKeyDto,
} from '@fluxo/contracts';
import { ApiZodBody } from '../../common/api-body.decorator';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { AuditService } from '../audit/audit.service';
import { ApiKeysService } from './api-keys.service';
import { assertNotApiKeyOrThrow, CurrentAuth, MinimumRole, type AuthContext } from './auth-context';

/**
 * The caller's own API keys in this workspace (the profile's "API keys"), which anyone may make
 * (a key acts with its owner's role), and, for owners, everyone's keys in the workspace.
 */
@ApiTags('api-keys')
@Controller('api/api-keys')
export class ApiKeysController {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  list(@CurrentAuth() auth: AuthContext): Promise<ApiKeyDto[]> {
    return this.keys.list(auth);
  }

  @Get('workspace')
  @MinimumRole('owner')
  listWorkspace(@CurrentAuth() auth: AuthContext): Promise<WorkspaceApiKeyDto[]> {
    return this.keys.listWorkspace(auth.workspaceId);
  }

  @Delete('workspace/:id')
  @MinimumRole('owner')
  async revokeAnyones(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
  ): Promise<ApiKeyDto> {
    const key = await this.keys.revoke({ workspaceId: auth.workspaceId, userId: null }, id);
    await this.audit.record(auth, 'api-key.revoked', key.name);
    return key;
  }

  /** Shown once: the answer is the only place the whole key ever appears. */
  @Post()
  @MinimumRole('viewer')
  @ApiZodBody(createApiKeySchema)
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body(new ZodValidationPipe(createApiKeySchema)) dto: Required<CreateApiKeyDto>,
  ): Promise<CreatedApiKeyDto> {
    // A leaked key must not be able to mint more keys that outlive its revocation.
    assertNotApiKeyOrThrow(auth, 'API keys are made');
    const created = await this.keys.create(auth, {
      name: dto.name,
      scope: dto.scope,
      expiresOn: dto.expiresOn ?? null,
    });
    await this.audit.record(auth, 'api-key.created', dto.name, { scope: dto.scope });
    return created;
  }

  @Delete(':id')
  @MinimumRole('viewer')
  async revoke(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<ApiKeyDto> {
    const key = await this.keys.revoke(auth, id);
    await this.audit.record(auth, 'api-key.revoked', key.name);
    return key;
  }
}
