import {
  BlockedHostError,
  type ConnectorContext,
  type OutboundNetwork,
} from '@fluxo/connector-sdk';
import { SmtpSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { checkSmtpAccount } from './auth';
import { sendEmailReceiver } from './send-email.receiver';

const logger = { debug: () => undefined, warn: () => undefined };

/** A stand-in for the host's guard: knows one name, refuses everything else. */
function guardResolving(known: Record<string, string>): OutboundNetwork & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async resolveAllowedAddress(host) {
      asked.push(host);
      const address = known[host];
      if (!address) throw new BlockedHostError(host);
      return address;
    },
  };
}

describe('E-mail connector behind the outbound guard', () => {
  let smtp: SmtpSandbox;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start();
  });

  afterAll(async () => {
    await smtp.stop();
  });

  beforeEach(() => smtp.clear());

  const credentialsFor = (host: string) => ({
    host,
    port: smtp.port,
    security: 'none',
    fromAddress: 'shop@example.com',
  });

  it('should connect to the address the guard resolved, not resolve the name itself', async () => {
    const network = guardResolving({ 'smtp.shop.invalid': '127.0.0.1' });
    const ctx: ConnectorContext = {
      credentials: credentialsFor('smtp.shop.invalid'),
      settings: {},
      logger,
      network,
    };

    await sendEmailReceiver.deliver({ to: 'ana@example.com', subject: 'Hi', text: 'Hello' }, ctx);

    expect(network.asked).toEqual(['smtp.shop.invalid']);
    expect((await smtp.waitForMessage()).subject).toBe('Hi');
  });

  it('should fail permanently and send nothing when the guard refuses the host', async () => {
    const network = guardResolving({});
    const ctx: ConnectorContext = {
      credentials: credentialsFor('127.0.0.1'),
      settings: {},
      logger,
      network,
    };

    const error = await sendEmailReceiver
      .deliver({ to: 'ana@example.com', subject: 'Hi', text: 'Hello' }, ctx)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BlockedHostError);
    expect(smtp.messages()).toEqual([]);
  });

  it('should report a refused host in the account check', async () => {
    const result = await checkSmtpAccount(credentialsFor('127.0.0.1'), guardResolving({}));

    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/private or local address/);
  });

  it("should carry the delivery's idempotency key as the Message-ID, the same on every resend", async () => {
    const ctx: ConnectorContext = {
      credentials: credentialsFor('127.0.0.1'),
      settings: {},
      logger,
      network: guardResolving({ '127.0.0.1': '127.0.0.1' }),
      idempotencyKey: 'a1b2c3',
    };

    await sendEmailReceiver.deliver({ to: 'ana@example.com', subject: 'Hi', text: 'Hello' }, ctx);
    await sendEmailReceiver.deliver({ to: 'ana@example.com', subject: 'Hi', text: 'Hello' }, ctx);

    expect(smtp.messages().map((m) => m.messageId)).toEqual([
      '<a1b2c3@fluxo.delivery>',
      '<a1b2c3@fluxo.delivery>',
    ]);
  });
});
