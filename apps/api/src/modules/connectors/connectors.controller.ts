import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ConnectorManifest } from '@fluxo/contracts';
import { ConnectorRegistry } from './connector-registry';

@ApiTags('connectors')
@Controller('api/connectors')
export class ConnectorsController {
  constructor(private readonly registry: ConnectorRegistry) {}

  @Get()
  list(): ConnectorManifest[] {
    return this.registry.list();
  }
}
