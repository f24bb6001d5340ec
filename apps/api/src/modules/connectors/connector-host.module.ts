import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ConnectorContextFactory } from './connector-context.factory';
import { ConnectorOptionsController } from './connector-options.controller';

/**
 * Where connectors are called from: the context each call gets (credentials opened through the
 * accounts' vault, the network guard, a logger, messaging) and the option lists the editor loads
 * with an account. The registry and the guard stay in the global ConnectorsModule because every
 * module reads the catalogue; only callers of connectors import this one.
 */
@Module({
  imports: [AccountsModule],
  controllers: [ConnectorOptionsController],
  providers: [ConnectorContextFactory],
  exports: [ConnectorContextFactory],
})
export class ConnectorHostModule {}
