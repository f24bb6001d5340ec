import { Module, type DynamicModule } from '@nestjs/common';
import type { ConnectorDefinition } from '@fluxo/connector-sdk';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommonModule } from './common/common.module';
import type { AppConfig } from './config/app-config';
import { databaseOptions, type DatabaseTarget } from './database/database-options';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { WorkspacesModule } from './modules/workspaces/workspaces.module';
import { ConnectionsModule } from './modules/connections/connections.module';
import { ConnectorHostModule } from './modules/connectors/connector-host.module';
import { ConnectorsModule } from './modules/connectors/connectors.module';
import { HealthController } from './modules/health/health.controller';
import { HooksModule } from './modules/hooks/hooks.module';
import { HostedFormsModule } from './modules/hosted-forms/hosted-forms.module';
import { OAuthModule } from './modules/oauth/oauth.module';
import { RunsModule } from './modules/runs/runs.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ReportsModule } from './modules/reports/reports.module';
import { RetentionModule } from './modules/retention/retention.module';
import { SchedulerModule } from './modules/scheduler/scheduler.module';
import { TemplatesModule } from './modules/templates/templates.module';
import { WEB_DIST, WebController } from './modules/web/web.controller';

@Module({})
export class AppModule {
  static register(
    config: AppConfig,
    database: DatabaseTarget,
    webDist: string | null,
    extraConnectors: readonly ConnectorDefinition[] = [],
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.register(config, extraConnectors),
        TypeOrmModule.forRoot(databaseOptions(database)),
        ScheduleModule.forRoot(),
        ConnectorsModule,
        AuditModule,
        AuthModule,
        AccountsModule,
        ConnectorHostModule,
        ConnectionsModule,
        RunsModule,
        HooksModule,
        HostedFormsModule,
        OAuthModule,
        TemplatesModule,
        SchedulerModule,
        RetentionModule,
        NotificationsModule,
        ReportsModule,
        WorkspacesModule,
      ],
      // WebController last: its catch-all route must not shadow the API.
      controllers: [HealthController, WebController],
      providers: [{ provide: WEB_DIST, useValue: webDist }],
    };
  }
}
