import { SmtpSandbox } from '@fluxo/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readSmtpSettings } from './client';
import { SmtpTransportPool } from './transport-pool';

describe(SmtpTransportPool.name, () => {
  let smtp: SmtpSandbox;
  const settingsFor = (password: string) =>
    readSmtpSettings({
      host: '127.0.0.1',
      port: smtp.port,
      security: 'none',
      fromAddress: 'a@example.com',
      password,
    });

  beforeAll(async () => {
    smtp = await SmtpSandbox.start();
  });

  afterAll(async () => {
    await smtp.stop();
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('should reuse one transport per account and send through it', async () => {
    const sut = new SmtpTransportPool();

    // Asked twice at once, before nodemailer has even loaded.
    const [first, again] = await Promise.all([
      sut.acquire(settingsFor('one'), '127.0.0.1'),
      sut.acquire(settingsFor('one'), '127.0.0.1'),
    ]);
    await first.sendMail({ from: 'a@example.com', to: 'b@example.com', subject: 'x', text: 'y' });
    await again.sendMail({ from: 'a@example.com', to: 'b@example.com', subject: 'x', text: 'y' });

    expect(again).toBe(first);
    expect(smtp.messages()).toHaveLength(2);
    sut.closeAll();
  });

  it.each([2, 5])(
    'should open at most %p sessions at once when the account allows that many',
    async (connections) => {
      const own = await SmtpSandbox.start();
      const sut = new SmtpTransportPool();
      try {
        const settings = readSmtpSettings({
          host: '127.0.0.1',
          port: own.port,
          security: 'none',
          connections: String(connections),
        });
        const transport = await sut.acquire(settings, '127.0.0.1');
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            transport.sendMail({
              from: 'a@example.com',
              to: 'b@example.com',
              subject: `${i}`,
              text: 'y',
            }),
          ),
        );

        expect(own.messages()).toHaveLength(20);
        expect(own.peakSessions).toBe(connections);
      } finally {
        sut.closeAll();
        await own.stop();
      }
    },
  );

  it('should use a new transport when a credential changes', async () => {
    const sut = new SmtpTransportPool();

    const old = await sut.acquire(settingsFor('one'), '127.0.0.1');
    const changed = await sut.acquire(settingsFor('two'), '127.0.0.1');

    expect(changed).not.toBe(old);
    expect(sut.size).toBe(2);
    sut.closeAll();
  });

  it('should close and forget a transport that stayed idle', async () => {
    jest.useFakeTimers();
    const sut = new SmtpTransportPool(1_000);
    const transport = await sut.acquire(settingsFor('one'), '127.0.0.1');
    const close = jest.spyOn(transport, 'close');

    jest.advanceTimersByTime(999);
    expect(sut.size).toBe(1);
    jest.advanceTimersByTime(1);

    expect(sut.size).toBe(0);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('should forget a discarded transport', async () => {
    const sut = new SmtpTransportPool();
    const transport = await sut.acquire(settingsFor('one'), '127.0.0.1');

    sut.discard(settingsFor('one'), '127.0.0.1');

    expect(sut.size).toBe(0);
    expect(await sut.acquire(settingsFor('one'), '127.0.0.1')).not.toBe(transport);
    sut.closeAll();
  });
});
