import { isIP } from 'node:net';
import { lookup } from 'node:dns/promises';
import type { ConnectorContext, ConnectorLogger, Credentials, OutboundNetwork } from './connector';
import { BlockedHostError } from './errors';

/**
 * A guard for connector specs: opens only the named hosts (the sandboxes' 127.0.0.1) and
 * refuses every other address, so a spec can prove a connector honours the guard.
 */
export function testNetwork(allowedHosts: string[] = ['127.0.0.1']): OutboundNetwork & {
  asked: string[];
} {
  const asked: string[] = [];
  return {
    asked,
    async resolveAllowedAddress(host: string) {
      const name = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
      asked.push(name);
      if (!allowedHosts.includes(name)) throw new BlockedHostError(host);
      return isIP(name) ? name : (await lookup(name)).address;
    },
  };
}

export const silentLogger: ConnectorLogger = { debug: () => undefined, warn: () => undefined };

/** A context as the host would build it, for calling a connector directly in a spec. */
export function testContext(overrides: Partial<ConnectorContext> = {}): ConnectorContext {
  return {
    credentials: {} as Credentials,
    settings: {},
    logger: silentLogger,
    network: testNetwork(),
    ...overrides,
  };
}
