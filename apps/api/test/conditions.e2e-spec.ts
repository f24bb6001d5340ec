import { SmtpSandbox } from '@fluxo/sandboxes';
import type { Conditions, ConnectionDto, RunDetailDto, RunDto } from '@fluxo/contracts';
import type request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

const onlyPaid: Conditions = {
  groups: [{ rules: [{ variable: 'status', operator: 'equals', value: 'paid' }] }],
};

describe('Conditions: "only when" on receivers and connections (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let smtp: SmtpSandbox;
  let user: Agent;
  let connection: ConnectionDto;
  let receiverId: string;
  let sourceId: string;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
    sut = await startTestApp({ env: { FLUXO_ALLOWED_HOSTS: '127.0.0.1' } });
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.stop();
  });

  beforeEach(async () => {
    smtp.clear();
    user = await sut.signUp();
    const account = await user
      .post('/api/accounts')
      .send({
        connectorKey: 'email',
        name: 'Sandbox SMTP',
        credentials: {
          host: '127.0.0.1',
          port: smtp.port,
          security: 'none',
          fromAddress: 'shop@example.com',
        },
      })
      .expect(201);
    connection = (await user.post('/api/connections').send({ name: 'Receipts' }).expect(201)).body;
    sourceId = (
      await user
        .put(`/api/connections/${connection.id}/source`)
        .send({ connectorKey: 'forms', actionKey: 'new-submission' })
        .expect(200)
    ).body.id;
    receiverId = (
      await user
        .post(`/api/connections/${connection.id}/receivers`)
        .send({
          connectorKey: 'email',
          actionKey: 'send-email',
          accountId: account.body.id,
          mapping: { to: '{{ email }}', subject: 'Order {{ id }}', text: 'Thanks' },
        })
        .expect(201)
    ).body.id;
    await switchOn(user, connection.id);
    connection = (await user.get(`/api/connections/${connection.id}`).expect(200)).body;
  });

  const stepUrl = () => `/api/connections/${connection.id}/steps/${receiverId}`;

  async function submit(body: Record<string, unknown>): Promise<void> {
    await sut.http
      .post(connection.hookPath as string)
      .send(body)
      .expect(200);
  }

  async function runs(): Promise<RunDetailDto[]> {
    await sut.settle();
    const list: RunDto[] = (await user.get(`/api/connections/${connection.id}/runs`).expect(200))
      .body;
    return Promise.all(
      list.map(async (run) => (await user.get(`/api/runs/${run.id}`).expect(200)).body),
    );
  }

  it("should send the items that meet the receiver's conditions and record the others as skipped, with why", async () => {
    const saved = await user.patch(stepUrl()).send({ conditions: onlyPaid }).expect(200);
    expect(saved.body.conditions).toEqual(onlyPaid);

    await submit({ id: 'A1', email: 'ana@example.com', status: 'Paid' });
    await submit({ id: 'B2', email: 'bo@example.com', status: 'pending' });
    const [pending, paid] = await runs();

    expect(smtp.messages().map((m) => m.subject)).toEqual(['Order A1']);
    expect(paid.items[0].deliveries[0]).toMatchObject({ status: 'delivered' });
    expect(pending).toMatchObject({
      status: 'succeeded',
      deliveriesOk: 0,
      deliveriesFailed: 0,
      deliveriesSkipped: 1,
    });
    expect(pending.items[0].deliveries[0]).toMatchObject({
      status: 'skipped',
      error: `Skipped by the receiver's conditions: status equals "paid" does not hold (it is "pending")`,
      response: {
        skipped: {
          by: 'receiver',
          failures: [
            {
              group: 0,
              rule: 0,
              variable: 'status',
              operator: 'equals',
              value: 'paid',
              actual: 'pending',
            },
          ],
        },
      },
    });
  });

  it("should skip every receiver for an item the connection's conditions turn away", async () => {
    const conditions: Conditions = {
      groups: [
        // Either a big order…
        { rules: [{ variable: 'total', operator: 'greaterThan', value: '100' }] },
        // …or a VIP customer.
        { rules: [{ variable: 'customer.tier', operator: 'isOneOf', value: 'vip\ngold' }] },
      ],
    };
    const saved = await user
      .patch(`/api/connections/${connection.id}`)
      .send({ conditions })
      .expect(200);
    expect(saved.body.conditions).toEqual(conditions);

    await submit({ id: 'C3', email: 'c@example.com', total: '1.234,50' });
    await submit({
      id: 'D4',
      email: 'd@example.com',
      total: 'R$ 49,90',
      customer: { tier: 'Gold' },
    });
    await submit({ id: 'E5', email: 'e@example.com', total: '99,99' });
    const byId = new Map((await runs()).map((run) => [run.items[0].payload.id, run]));

    expect(
      smtp
        .messages()
        .map((m) => m.subject)
        .sort(),
    ).toEqual(['Order C3', 'Order D4']);
    expect(byId.get('E5')?.items[0].deliveries[0]).toMatchObject({
      status: 'skipped',
      response: { skipped: { by: 'connection' } },
    });
  });

  it("should apply the receiver's conditions as they are when the item is sent", async () => {
    await user.patch(stepUrl()).send({ conditions: onlyPaid }).expect(200);
    await user
      .patch(stepUrl())
      .send({
        conditions: {
          groups: [{ rules: [{ variable: 'note', operator: 'isEmpty' }] }],
        },
      })
      .expect(200);

    await submit({ id: 'F6', email: 'f@example.com', status: 'pending' });
    await submit({ id: 'G7', email: 'g@example.com', note: 'gift wrap' });
    await runs();

    // A missing variable counts as empty: F6 has no note.
    expect(smtp.messages().map((m) => m.subject)).toEqual(['Order F6']);
  });

  it('should say in the preview that the test item would be skipped', async () => {
    await user.patch(stepUrl()).send({ conditions: onlyPaid }).expect(200);

    const skipped = await user
      .post(`${stepUrl()}/preview`)
      .send({ sample: { id: 'H8', email: 'h@example.com', status: 'refunded' } })
      .expect(200);
    const sent = await user
      .post(`${stepUrl()}/preview`)
      .send({ sample: { id: 'I9', email: 'i@example.com', status: 'paid' } })
      .expect(200);

    expect(skipped.body.skipped).toMatchObject({
      by: 'receiver',
      failures: [{ variable: 'status', actual: 'refunded' }],
    });
    expect(sent.body.skipped).toBeNull();
  });

  it('should send a test the user asked for, and say a live item like it would be skipped', async () => {
    await user.patch(stepUrl()).send({ conditions: onlyPaid }).expect(200);

    const test = await user
      .post(`${stepUrl()}/test`)
      .send({ sample: { id: 'J10', email: 'j@example.com', status: 'refunded' } })
      .expect(200);

    expect(test.body).toMatchObject({
      ok: true,
      skipped: { by: 'receiver', failures: [{ variable: 'status', actual: 'refunded' }] },
    });
    expect((await smtp.waitForMessage((m) => m.subject === 'Order J10')).to).toEqual([
      'j@example.com',
    ]);
  });

  it('should store no groups as no conditions, and refuse rules that cannot be read', async () => {
    await user.patch(stepUrl()).send({ conditions: onlyPaid }).expect(200);
    const cleared = await user
      .patch(stepUrl())
      .send({ conditions: { groups: [] } })
      .expect(200);
    expect(cleared.body.conditions).toBeNull();

    await user
      .patch(stepUrl())
      .send({ conditions: { groups: [{ rules: [{ variable: 'x', operator: 'resembles' }] }] } })
      .expect(400);
    await user
      .patch(stepUrl())
      .send({ conditions: { groups: [{ rules: [] }] } })
      .expect(400);
    const onSource = await user
      .patch(`/api/connections/${connection.id}/steps/${sourceId}`)
      .send({ conditions: onlyPaid })
      .expect(400);
    expect(onSource.body.code).toBe('CONDITIONS_ON_SOURCE');
  });

  it('should keep the conditions when the connection is duplicated', async () => {
    await user.patch(`/api/connections/${connection.id}`).send({ conditions: onlyPaid });
    await user.patch(stepUrl()).send({ conditions: onlyPaid }).expect(200);

    const copy: ConnectionDto = (
      await user.post(`/api/connections/${connection.id}/duplicate`).expect(201)
    ).body;

    expect(copy.conditions).toEqual(onlyPaid);
    expect(copy.steps.find((s) => s.role === 'receiver')?.conditions).toEqual(onlyPaid);
  });
});
