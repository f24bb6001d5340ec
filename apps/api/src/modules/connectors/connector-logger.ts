import { Logger } from '@nestjs/common';
import type { ConnectorLogger } from '@fluxo/connector-sdk';

export function connectorLogger(connectorKey: string): ConnectorLogger {
  const logger = new Logger(`connector:${connectorKey}`);
  return {
    debug: (message, meta) => logger.debug(meta ? `${message} ${JSON.stringify(meta)}` : message),
    warn: (message, meta) => logger.warn(meta ? `${message} ${JSON.stringify(meta)}` : message),
  };
}
