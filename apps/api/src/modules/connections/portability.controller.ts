import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  importPreviewRequestSchema,
  importRequestSchema,
  type ExportDocument,
  type ImportPreviewDto,
  type ImportResultDto,
} from '@fluxo/contracts';
import type { FastifyReply } from 'fastify';
import { ApiZodBody } from '../../common/api-body.decorator';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { CurrentAuth, MinimumRole, type AuthContext } from '../auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { PortabilityService } from './portability.service';

/** Export and import of connections (moving them from a test instance to production, say). */
@ApiTags('connections')
@Controller('api/portability')
export class PortabilityController {
  constructor(
    private readonly portability: PortabilityService,
    private readonly audit: AuditService,
  ) {}

  /** `connections`: ids separated by commas; none: every connection of the workspace. */
  @Get('export')
  @MinimumRole('editor')
  @ApiQuery({ name: 'connections', required: false })
  async export(
    @CurrentAuth() auth: AuthContext,
    @Query('connections') connections: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExportDocument> {
    const ids = (connections ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const document = await this.portability.export(auth.workspaceId, ids);
    await this.audit.record(auth, 'connections.exported', null, {
      count: document.connections.length,
    });
    const day = document.exportedAt.slice(0, 10);
    void reply.header(
      'content-disposition',
      `attachment; filename="fluxo-connections-${day}.json"`,
    );
    return document;
  }

  @Post('import/preview')
  @HttpCode(200)
  @MinimumRole('editor')
  @ApiZodBody(importPreviewRequestSchema)
  preview(
    @CurrentAuth() auth: AuthContext,
    @Body(new ZodValidationPipe(importPreviewRequestSchema)) dto: { document?: unknown },
  ): Promise<ImportPreviewDto> {
    return this.portability.preview(auth.workspaceId, dto.document);
  }

  @Post('import')
  @MinimumRole('editor')
  @ApiZodBody(importRequestSchema)
  async import(
    @CurrentAuth() auth: AuthContext,
    @Body(new ZodValidationPipe(importRequestSchema))
    dto: { document?: unknown; accounts: Record<string, string | null> },
  ): Promise<ImportResultDto> {
    const result = await this.portability.import(
      auth.workspaceId,
      auth.userId,
      dto.document,
      dto.accounts,
    );
    await this.audit.record(auth, 'connections.imported', null, { count: result.created.length });
    return result;
  }
}
