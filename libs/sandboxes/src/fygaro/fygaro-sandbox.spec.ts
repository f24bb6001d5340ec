import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type HookReceiver, startHookReceiver } from '../__fixtures__/hook-receiver';
import { FygaroSandbox } from './fygaro-sandbox';

const decodeSegment = (segment: string | undefined) =>
  JSON.parse(Buffer.from(segment ?? '', 'base64url').toString('utf8'));

describe(FygaroSandbox.name, () => {
  let sut: FygaroSandbox;
  let receiver: HookReceiver;

  beforeEach(async () => {
    sut = await FygaroSandbox.start({
      publicKey: 'pk_test',
      secret: 'sk_test',
      retryDelaysMs: [20, 40, 80],
    });
  });

  afterEach(async () => {
    await receiver?.close();
    await sut.stop();
  });

  it('should POST the legacy body with an HS256 JWT signed by the credential when generation is jwt', async () => {
    receiver = await startHookReceiver();

    const { payment } = await sut.sendHook(receiver.url, {
      payment: { customReference: 'ORD-9', amount: '12.30', clientData: { name: 'Eva' } },
    });

    const body = JSON.parse(receiver.received[0]?.body ?? '{}');
    expect(body).toEqual({
      customReference: 'ORD-9',
      reference: payment.reference,
      createdAt: payment.createdAt,
      jwt: expect.any(String),
    });
    const [header, claims, signature] = String(body.jwt).split('.');
    expect(decodeSegment(header)).toEqual({ alg: 'HS256', typ: 'JWT', kid: 'pk_test' });
    expect(decodeSegment(claims)).toMatchObject({
      customReference: 'ORD-9',
      reference: payment.reference,
      amount: '12.30',
      currency: 'USD',
      createdAt: payment.createdAt,
      clientData: { name: 'Eva', email: expect.any(String), phone: expect.any(String) },
    });
    expect(signature).toBe(
      createHmac('sha256', 'sk_test').update(`${header}.${claims}`).digest('base64url'),
    );
    expect(receiver.received[0]?.headers['fygaro-signature']).toBeUndefined();
  });

  it('should sign "t." + body with the hook secret when generation is headers', async () => {
    receiver = await startHookReceiver();

    await sut.sendHook(receiver.url, { generation: 'headers', headerBody: 'plain' });

    const [call] = receiver.received;
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(call?.headers['fygaro-signature']));
    expect(match).not.toBeNull();
    expect(Math.abs(Number(match?.[1]) - Date.now() / 1000)).toBeLessThan(5);
    expect(match?.[2]).toBe(
      createHmac('sha256', 'sk_test').update(`${match?.[1]}.${call?.body}`).digest('hex'),
    );
    expect(call?.headers['fygaro-key-id']).toBe('pk_test');
    expect(JSON.parse(call?.body ?? '{}')).toMatchObject({ amount: '49.90', currency: 'USD' });
  });

  it('should write the older field name and other algorithms when asked', async () => {
    receiver = await startHookReceiver();

    await sut.sendHook(receiver.url, { referenceField: 'transactionReference', alg: 'HS512' });

    const body = JSON.parse(receiver.received[0]?.body ?? '{}');
    expect(body).toHaveProperty('transactionReference');
    expect(body).not.toHaveProperty('reference');
    expect(decodeSegment(String(body.jwt).split('.')[0]).alg).toBe('HS512');
  });

  it('should date the signature in the past when asked for a stale one', async () => {
    receiver = await startHookReceiver();

    await sut.sendHook(receiver.url, { generation: 'headers', timestampOffsetSeconds: -600 });

    const t = Number(
      /t=(\d+)/.exec(String(receiver.received[0]?.headers['fygaro-signature']))?.[1],
    );
    expect(Date.now() / 1000 - t).toBeGreaterThan(595);
  });

  it('should retry up to 4 attempts with growing gaps when the answer is not exactly 200', async () => {
    receiver = await startHookReceiver({ statuses: [500, 201, 404, 200] });

    const { hooks } = await sut.sendHook(receiver.url, { generation: 'headers' });

    expect(hooks[0]?.attempts.map((attempt) => attempt.status)).toEqual([500, 201, 404, 200]);
    expect(hooks[0]?.delivered).toBe(true);
    expect(new Set(receiver.received.map((call) => call.body)).size).toBe(1);
    const gaps = receiver.received
      .slice(1)
      .map((call, index) => call.at - (receiver.received[index]?.at ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
    expect(gaps[1]).toBeGreaterThanOrEqual(38);
    expect(gaps[2]).toBeGreaterThanOrEqual(78);
  });

  it('should give up after 4 attempts when every answer fails', async () => {
    receiver = await startHookReceiver({ statuses: [503] });

    const { hooks } = await sut.sendHook(receiver.url, {});

    expect(receiver.received).toHaveLength(4);
    expect(hooks[0]).toMatchObject({ delivered: false, suspended: false });
  });

  it('should count an answer slower than the timeout as a failure', async () => {
    receiver = await startHookReceiver({ delayMs: 300 });

    const { hooks } = await sut.sendHook(receiver.url, { maxAttempts: 1, attemptTimeoutMs: 50 });

    expect(hooks[0]?.attempts[0]).toMatchObject({ status: 0, error: expect.any(String) });
  });

  it('should suspend a button hook when its hooks keep failing', async () => {
    await sut.stop();
    sut = await FygaroSandbox.start({ suspendAfterFailedHooks: 2, maxAttempts: 1 });
    receiver = await startHookReceiver({ statuses: [500] });

    await sut.sendHook(receiver.url, { repeat: 2 });
    const { hooks } = await sut.sendHook(receiver.url, {});

    expect(receiver.received).toHaveLength(2);
    expect(hooks[0]).toMatchObject({ suspended: true, attempts: [] });
    expect(sut.isSuspended()).toBe(true);
  });

  it('should send through the control API and list what was sent', async () => {
    receiver = await startHookReceiver();

    const sent = await fetch(`${sut.url}/__control/hooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        url: receiver.url,
        generation: 'headers',
        payment: { customReference: 'WEB-1', currency: 'crc' },
      }),
    });
    const listed = (await (await fetch(`${sut.url}/__control/hooks`)).json()) as unknown[];

    expect(sent.status).toBe(200);
    expect(await sent.json()).toMatchObject({
      payment: { customReference: 'WEB-1', currency: 'CRC' },
      hooks: [{ delivered: true }],
    });
    expect(listed).toHaveLength(1);
  });

  it('should answer 400 when the control API gets a bad amount or no URL', async () => {
    const noUrl = await fetch(`${sut.url}/__control/hooks`, { method: 'POST', body: '{}' });
    const badAmount = await fetch(`${sut.url}/__control/payments`, {
      method: 'POST',
      body: JSON.stringify({ amount: 'ten' }),
    });

    expect(noUrl.status).toBe(400);
    expect(badAmount.status).toBe(400);
  });

  it('should tell a user how to point an account at it', () => {
    expect(sut.cliHelp()).toContain('pk_test');
    expect(sut.cliHelp()).toContain('sk_test');
  });
});
