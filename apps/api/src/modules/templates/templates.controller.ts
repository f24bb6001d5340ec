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
import { TemplatesService } from './templates.service';

@ApiTags('templates')
@Controller('api/templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  list(): readonly ConnectionTemplateDto[] {
    return this.templates.list();
  }

  @Post(':key/use')
  @ApiZodBody(useTemplateSchema)
  use(
    @CurrentAuth() auth: AuthContext,
    @Param('key') key: string,
    @Body(new ZodValidationPipe(useTemplateSchema)) dto: UseTemplateDto,
  ): Promise<ConnectionDto> {
    return this.templates.use(auth.workspaceId, key, dto);
  }
}
