import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { ConnectorOptionsController } from './connector-options.controller';
import { ConnectorContextFactory } from './connector-context.factory';
import { AccountEntity } from './entities/account.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity])],
  controllers: [AccountsController, ConnectorOptionsController],
  providers: [AccountsService, ConnectorContextFactory],
  exports: [AccountsService, ConnectorContextFactory],
})
export class AccountsModule {}
