import { SmtpSandbox } from '@fluxo/sandboxes';
import {
  outputVariablePath,
  type ConnectionDto,
  type DeliveryDto,
  type RunDetailDto,
  type RunDto,
} from '@fluxo/contracts';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RunWatchdog } from '../src/modules/runs/run-watchdog.service';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

describe('Receivers feed receivers: a later receiver maps what an earlier one reported (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let smtp: SmtpSandbox;
  let user: Agent;
  let accountId: string;
  let connection: ConnectionDto;

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
    accountId = (
      await user
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
        .expect(201)
    ).body.id;
    const created: ConnectionDto = (
      await user.post('/api/connections').send({ name: 'Orders' }).expect(201)
    ).body;
    await user
      .put(`/api/connections/${created.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    connection = (await user.get(`/api/connections/${created.id}`).expect(200)).body;
  });

  async function addEmailReceiver(
    mapping: Record<string, string>,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const stepId = (
      await user
        .post(`/api/connections/${connection.id}/receivers`)
        .send({ connectorKey: 'email', actionKey: 'send-email', accountId, mapping, ...extra })
        .expect(201)
    ).body.id;
    await switchOn(user, connection.id);
    return stepId;
  }

  /** The customer's e-mail, then a note to the team quoting its Message-ID. */
  async function customerThenTeam(customer: Record<string, unknown> = {}) {
    const customerStep = await addEmailReceiver(
      { to: '{{ email }}', subject: 'Order {{ id }}', text: 'Thanks' },
      customer,
    );
    const teamStep = await addEmailReceiver({
      to: 'team@example.com',
      subject: 'Told {{ id }}',
      text: `Customer mail: {{ ${outputVariablePath(customerStep, 'messageId')} }}`,
    });
    return { customerStep, teamStep };
  }

  async function post(body: Record<string, unknown>): Promise<void> {
    await sut.http
      .post(connection.hookPath as string)
      .send(body)
      .expect(200);
    await sut.settle();
  }

  async function deliveriesByStep(): Promise<Map<string, DeliveryDto>> {
    const runs: RunDto[] = (await user.get(`/api/connections/${connection.id}/runs`).expect(200))
      .body;
    const found = new Map<string, DeliveryDto>();
    for (const run of runs) {
      const detail: RunDetailDto = (await user.get(`/api/runs/${run.id}`).expect(200)).body;
      for (const delivery of detail.items.flatMap((item) => item.deliveries)) {
        found.set(delivery.stepId, delivery);
      }
    }
    return found;
  }

  it('should send the later receiver with the earlier receiver’s output, and keep both in history', async () => {
    const { customerStep, teamStep } = await customerThenTeam();

    await post({ id: 'A1', email: 'ana@example.com' });

    const [toCustomer, toTeam] = smtp.messages();
    expect(toCustomer.to).toEqual(['ana@example.com']);
    expect(toTeam.text.trim()).toBe(`Customer mail: ${toCustomer.messageId}`);
    const history = await deliveriesByStep();
    expect(history.get(customerStep)?.response).toMatchObject({ messageId: toCustomer.messageId });
    expect(history.get(teamStep)).toMatchObject({
      status: 'delivered',
      payload: { text: `Customer mail: ${toCustomer.messageId}` },
    });
  });

  it('should hold the later receiver while the earlier one waits for its delay, then send both in order', async () => {
    const { teamStep } = await customerThenTeam({
      delay: { type: 'after', wait: { amount: 1, unit: 'hours' } },
    });

    await post({ id: 'B2', email: 'bo@example.com' });

    expect(smtp.messages()).toEqual([]);
    expect((await deliveriesByStep()).get(teamStep)?.status).toBe('scheduled');

    const db = sut.app.get(DataSource);
    await db.query(`UPDATE source_item SET received_at = received_at - interval '2 hours'`);
    await db.query(`UPDATE delivery SET next_attempt_at = now() WHERE status = 'scheduled'`);
    // The customer's send goes first; the team's looks again shortly after it.
    await sut.app.get(RunWatchdog).sweep();
    await sut.settle();
    await db.query(`UPDATE delivery SET next_attempt_at = now() WHERE status = 'scheduled'`);
    await sut.app.get(RunWatchdog).sweep();
    await sut.settle();

    const [toCustomer, toTeam] = smtp.messages();
    expect(toCustomer.to).toEqual(['bo@example.com']);
    expect(toTeam.text.trim()).toBe(`Customer mail: ${toCustomer.messageId}`);
  });

  it('should fail the later receiver, saying why, when the earlier one did not send', async () => {
    const { teamStep } = await customerThenTeam();

    await post({ id: 'C3', email: 'not an address' });

    const team = (await deliveriesByStep()).get(teamStep);
    expect(team?.status).toBe('failed');
    expect(team?.error).toBe(
      'Receiver “1. Send e-mail” did not send this item (failed), so its outputs this receiver uses are missing.',
    );
    expect(smtp.messages()).toEqual([]);
  });

  it('should refuse to use a receiver that sends after it', async () => {
    const first = await addEmailReceiver({ to: 'team@example.com', subject: 'x', text: 'y' });
    const second = await addEmailReceiver({ to: '{{ email }}', subject: 'Order', text: 'Thanks' });
    await user
      .patch(`/api/connections/${connection.id}/steps/${first}`)
      .send({
        mapping: {
          to: 'team@example.com',
          subject: 'x',
          text: `{{ ${outputVariablePath(second, 'messageId')} }}`,
        },
      })
      .expect(200);

    await post({ id: 'D4', email: 'di@example.com' });

    expect((await deliveriesByStep()).get(first)?.error).toBe(
      'This receiver uses the outputs of receiver “2. Send e-mail”, which sends after it: move that receiver before this one.',
    );
    expect(smtp.messages().flatMap((m) => m.to)).toEqual(['di@example.com']);
  });

  it('should preview the later receiver with the earlier one’s example output', async () => {
    const { teamStep } = await customerThenTeam();
    const base = `/api/connections/${connection.id}/steps/${teamStep}`;

    const preview = await user
      .post(`${base}/preview`)
      .send({ sample: { id: 'E5', email: 'e@example.com' } })
      .expect(200);

    expect(preview.body.payload.text).toBe('Customer mail: <3f1c9a2e@fluxo.delivery>');
  });
});
