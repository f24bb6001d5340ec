import { Global, Module } from '@nestjs/common';
import { ConnectorRegistry } from './connector-registry';
import { ConnectorsController } from './connectors.controller';

@Global()
@Module({
  controllers: [ConnectorsController],
  providers: [ConnectorRegistry],
  exports: [ConnectorRegistry],
})
export class ConnectorsModule {}
