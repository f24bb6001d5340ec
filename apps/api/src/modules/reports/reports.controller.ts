import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  deliveryReportQuerySchema,
  type DeliveryReportDto,
  type DeliveryReportQuery,
} from '@fluxo/contracts';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { CurrentAuth, type AuthContext } from '../auth/auth-context';
import { ReportsService } from './reports.service';

/** Messages sent, failed, skipped, cancelled and waiting, by day and by event. */
@ApiTags('reports')
@Controller('api/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('deliveries')
  deliveries(
    @CurrentAuth() auth: AuthContext,
    @Query(new ZodValidationPipe(deliveryReportQuerySchema)) query: DeliveryReportQuery,
  ): Promise<DeliveryReportDto> {
    return this.reports.deliveries(auth.workspaceId, query);
  }

  @Get('deliveries.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="fluxo-deliveries.csv"')
  deliveriesCsv(
    @CurrentAuth() auth: AuthContext,
    @Query(new ZodValidationPipe(deliveryReportQuerySchema)) query: DeliveryReportQuery,
  ): Promise<string> {
    return this.reports.deliveriesCsv(auth.workspaceId, query);
  }
}
