import { createTransport } from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type ControlServer, startControlServer } from './control-server';
import { SmtpSandbox } from './smtp-sandbox';

describe(startControlServer.name, () => {
  let smtp: SmtpSandbox;
  let sut: ControlServer;

  beforeEach(async () => {
    smtp = await SmtpSandbox.start();
    sut = await startControlServer({ smtp });
  });

  afterEach(async () => {
    await sut.close();
    await smtp.stop();
  });

  const sendOne = (subject: string) =>
    createTransport({ host: smtp.host, port: smtp.port, ignoreTLS: true }).sendMail({
      from: 'bot@fluxo.test',
      to: 'ana@example.com',
      subject,
      text: 'hi',
    });

  it('should list received messages when GET /smtp/messages is called', async () => {
    await sendOne('Hello');

    const response = await fetch(`${sut.url}/smtp/messages`);

    expect(response.status).toBe(200);
    const body = (await response.json()) as Array<{ subject: string; to: string[] }>;
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ subject: 'Hello', to: ['ana@example.com'] });
  });

  it('should clear messages when DELETE /smtp/messages is called', async () => {
    await sendOne('Hello');

    const response = await fetch(`${sut.url}/smtp/messages`, { method: 'DELETE' });

    expect(response.status).toBe(204);
    expect(smtp.messages()).toEqual([]);
  });

  it('should switch the fault mode when POST /smtp/fault gets a valid mode', async () => {
    const response = await fetch(`${sut.url}/smtp/fault`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'reject-permanent' }),
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ mode: 'reject-permanent' });
    expect(smtp.faultMode).toBe('reject-permanent');
    await expect(sendOne('x')).rejects.toMatchObject({ responseCode: 550 });
  });

  it.each([JSON.stringify({ mode: 'explode' }), 'not json', JSON.stringify(null)])(
    'should answer 400 when POST /smtp/fault gets %s',
    async (body) => {
      const response = await fetch(`${sut.url}/smtp/fault`, { method: 'POST', body });

      expect(response.status).toBe(400);
      expect(smtp.faultMode).toBe('none');
    },
  );

  it('should answer 404 when the route is unknown', async () => {
    const response = await fetch(`${sut.url}/nope`);

    expect(response.status).toBe(404);
  });
});
