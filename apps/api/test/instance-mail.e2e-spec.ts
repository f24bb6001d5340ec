import type { ConnectionDto, RunDetailDto, RunDto } from '@fluxo/contracts';
import { PortmoneSandbox, SmtpSandbox } from '@fluxo/sandboxes';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

/**
 * The user of the ApiX-Drive Portmone article has only a Portmone account: where the instance
 * has mail of its own (FLUXO_SMTP_URL), the invoice goes out through it by default.
 */
describe('Portmone invoices through the instance mail (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let smtp: SmtpSandbox;
  let portmone: PortmoneSandbox;
  let user: Agent;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
    portmone = await PortmoneSandbox.start();
    portmone.seedPayee({ payeeId: '1185', login: 'shop_wdsh', password: 'p4ss' });
    sut = await startTestApp({
      env: {
        // The operator's own mail server is trusted though not opened to connectors ("localhost"
        // is not in FLUXO_ALLOWED_HOSTS); Portmone's sandbox is opened like any host.
        FLUXO_SMTP_URL: `smtp://localhost:${smtp.port}`,
        FLUXO_SMTP_FROM: 'Loja Fluxo <fluxo@shop.example>',
        FLUXO_ALLOWED_HOSTS: '127.0.0.1',
      },
    });
    user = await sut.signUp();
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.stop();
    await portmone?.stop();
  });

  it('should say the instance has mail, and send a new invoice receiver through it by default', async () => {
    const instance = await sut.http.get('/api/auth/instance').expect(200);
    expect(instance.body).toMatchObject({ instanceMail: true });

    const account = await user
      .post('/api/accounts')
      .send({
        connectorKey: 'portmone',
        name: 'Portmone',
        credentials: {
          payeeId: '1185',
          login: 'shop_wdsh',
          password: 'p4ss',
          apiBaseUrl: portmone.url,
        },
      })
      .expect(201);
    const connection: ConnectionDto = (
      await user.post('/api/connections').send({ name: 'Invoices' }).expect(201)
    ).body;
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    const receiver = await user
      .post(`/api/connections/${connection.id}/receivers`)
      .send({
        connectorKey: 'portmone',
        actionKey: 'send-invoice-email',
        accountId: account.body.id,
        mapping: {
          payerName: '{{ name }}',
          email: '{{ email }}',
          amount: '97.50',
          description: 'Order 1024',
        },
      })
      .expect(201);

    expect(receiver.body.mapping.sendVia).toBe('instance-mail');
    await switchOn(user, connection.id);
    const hookPath = (await user.get(`/api/connections/${connection.id}`).expect(200)).body
      .hookPath as string;
    await sut.http.post(hookPath).send({ name: 'Olena', email: 'olena@example.com' }).expect(200);
    await sut.settle();

    const mail = await smtp.waitForMessage((m) => m.to.includes('olena@example.com'));
    expect(mail.from).toContain('fluxo@shop.example');
    expect(mail.text).toContain(portmone.url);
    const runs: RunDto[] = (await user.get(`/api/connections/${connection.id}/runs`).expect(200))
      .body;
    const run: RunDetailDto = (await user.get(`/api/runs/${runs[0].id}`).expect(200)).body;
    expect(run.items[0].deliveries[0]).toMatchObject({ status: 'delivered' });
  });
});
