import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { ConnectorDefinition } from '@fluxo/connector-sdk';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EXTRA_CONNECTORS } from '../modules/connectors/connector-registry';
import { SecretBox } from './secret-box';

@Global()
@Module({})
export class CommonModule {
  static register(
    config: AppConfig,
    extraConnectors: readonly ConnectorDefinition[],
  ): DynamicModule {
    return {
      module: CommonModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: SecretBox, useValue: new SecretBox(config.encryptionKey) },
        { provide: EXTRA_CONNECTORS, useValue: extraConnectors },
      ],
      exports: [APP_CONFIG, SecretBox, EXTRA_CONNECTORS],
    };
  }
}
