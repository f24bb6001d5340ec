import { Global, Module } from '@nestjs/common';
import { ConnectorRegistry } from './connector-registry';
import { ConnectorsController } from './connectors.controller';
import { OutboundNetworkGuard } from './outbound-network.guard';

@Global()
@Module({
  controllers: [ConnectorsController],
  providers: [ConnectorRegistry, OutboundNetworkGuard],
  exports: [ConnectorRegistry, OutboundNetworkGuard],
})
export class ConnectorsModule {}
