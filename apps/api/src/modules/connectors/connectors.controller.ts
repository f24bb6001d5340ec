import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { ConnectorManifest } from '@fluxo/contracts';
import { ConnectorRegistry, connectorLocaleOf } from './connector-registry';

@ApiTags('connectors')
@Controller('api/connectors')
export class ConnectorsController {
  constructor(private readonly registry: ConnectorRegistry) {}

  @Get()
  @ApiQuery({
    name: 'locale',
    required: false,
    description: 'en, pt-BR, es, uk or nb: the language of the texts (English otherwise).',
  })
  list(@Query('locale') locale?: string): ConnectorManifest[] {
    return this.registry.listIn(connectorLocaleOf(locale));
  }
}
