import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  useTemplateSchema,
  type ConnectionDto,
  type ConnectionTemplateDto,
  type UseTemplateDto,
} from '@fluxo/contracts';
import { ApiZodBody } from '../../common/api-body.decorator';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { CurrentAuth, type AuthContext } from '../auth/auth-context';
import { ConnectionVersionsService } from '../connections/connection-versions.service';
import { TemplatesService } from './templates.service';

@ApiTags('templates')
@Controller('api/templates')
export class TemplatesController {
  constructor(
    private readonly templates: TemplatesService,
    private readonly versions: ConnectionVersionsService,
  ) {}

  @Get()
  list(): readonly ConnectionTemplateDto[] {
    return this.templates.list();
  }

  @Post(':key/use')
  @ApiZodBody(useTemplateSchema)
  async use(
    @CurrentAuth() auth: AuthContext,
    @Param('key') key: string,
    @Body(new ZodValidationPipe(useTemplateSchema)) dto: UseTemplateDto,
  ): Promise<ConnectionDto> {
    const connection = await this.templates.use(auth.workspaceId, key, dto);
    // The template's connection is its first version: the user's edits compare with it.
    await this.versions.record(auth.workspaceId, connection.id, auth.userId);
    return connection;
  }
}
