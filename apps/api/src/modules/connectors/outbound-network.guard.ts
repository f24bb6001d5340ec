import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { BlockedHostError, type OutboundNetwork } from '@fluxo/connector-sdk';
import { isPublicAddress } from '@fluxo/engine';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/**
 * The SSRF guard handed to connectors: resolves a host once, refuses it when any of its
 * addresses is internal (a DNS answer that mixes public and private addresses is a rebinding
 * trick), and returns the checked address for the connector to connect to.
 */
@Injectable()
export class OutboundNetworkGuard implements OutboundNetwork {
  private readonly allowedHosts: ReadonlySet<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.allowedHosts = new Set(config.allowedHosts.map((h) => h.toLowerCase()));
  }

  async resolveAllowedAddress(host: string): Promise<string> {
    const name = hostNameOf(host);
    const addresses = isIP(name) ? [name] : await this.resolve(name);
    if (this.allowedHosts.has(name) || this.allowedHosts.has('*')) return addresses[0];
    if (!addresses.length || addresses.some((address) => !isPublicAddress(address))) {
      throw new BlockedHostError(host);
    }
    return addresses[0];
  }

  /**
   * The guard with one more host opened: one the operator configured (the instance's own mail
   * server, FLUXO_SMTP_URL), which may well be on the private network.
   */
  trusting(host: string): OutboundNetwork {
    const trusted = hostNameOf(host);
    return {
      resolveAllowedAddress: async (asked) => {
        const name = hostNameOf(asked);
        if (name !== trusted) return this.resolveAllowedAddress(asked);
        return isIP(name) ? name : (await this.resolve(name))[0];
      },
    };
  }

  private async resolve(name: string): Promise<string[]> {
    const results = await lookup(name, { all: true, verbatim: true });
    return results.map((r) => r.address);
  }
}

function hostNameOf(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
}
