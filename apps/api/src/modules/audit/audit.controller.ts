import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { auditQuerySchema, type AuditPageDto, type AuditQueryDto } from '@fluxo/contracts';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { CurrentAuth, MinimumRole, type AuthContext } from '../auth/auth-context';
import { AuditService } from './audit.service';

@ApiTags('workspaces')
@Controller('api/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Newest first, 100 at a time; filtered by person, action and days. Owners only. */
  @Get()
  @MinimumRole('owner')
  list(
    @CurrentAuth() auth: AuthContext,
    @Query(new ZodValidationPipe(auditQuerySchema)) query: AuditQueryDto,
  ): Promise<AuditPageDto> {
    return this.audit.list(auth.workspaceId, query);
  }
}
