import { BlockedHostError } from '@fluxo/connector-sdk';
import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '../../config/app-config';
import { OutboundNetworkGuard } from './outbound-network.guard';

const guardAllowing = (allowedHosts: string[]) =>
  new OutboundNetworkGuard({ allowedHosts } as unknown as AppConfig);

describe(OutboundNetworkGuard.name, () => {
  it('should refuse loopback, private and metadata addresses by default', async () => {
    const sut = guardAllowing([]);

    for (const host of [
      '127.0.0.1',
      'localhost',
      '10.0.0.5',
      '169.254.169.254',
      '[::1]',
      '::ffff:127.0.0.1',
    ]) {
      await expect(sut.resolveAllowedAddress(host)).rejects.toBeInstanceOf(BlockedHostError);
    }
  });

  it('should return a public address as it is', async () => {
    await expect(guardAllowing([]).resolveAllowedAddress('8.8.8.8')).resolves.toBe('8.8.8.8');
  });

  it('should let the operator open a named host', async () => {
    const sut = guardAllowing(['127.0.0.1', 'localhost']);

    await expect(sut.resolveAllowedAddress('127.0.0.1')).resolves.toBe('127.0.0.1');
    await expect(sut.resolveAllowedAddress('LOCALHOST')).resolves.toMatch(/^(127\.0\.0\.1|::1)$/);
    await expect(sut.resolveAllowedAddress('10.0.0.5')).rejects.toBeInstanceOf(BlockedHostError);
  });

  it('should explain the refusal in words an operator can act on', async () => {
    await expect(guardAllowing([]).resolveAllowedAddress('127.0.0.1')).rejects.toThrow(
      /FLUXO_ALLOWED_HOSTS/,
    );
  });
});
