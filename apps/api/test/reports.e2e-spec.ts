import type { ConnectionDto, DeliveryReportDto } from '@fluxo/contracts';
import { formsConnector } from '@fluxo/connector-forms';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, switchOn, type TestApp } from './support/test-app';
import { FeedSandbox, InboxSandbox, testConnectors } from './support/test-connectors';

type Agent = ReturnType<typeof request.agent>;

/** Reports: what became of a workspace's sends, by day and by event, and as CSV. */
describe('Reports (e2e, PostgreSQL)', () => {
  const feed = new FeedSandbox();
  const inbox = new InboxSandbox();
  let sut: TestApp;
  let user: Agent;

  beforeAll(async () => {
    sut = await startTestApp({ connectors: [...testConnectors(feed, inbox), formsConnector] });
    user = await sut.signUp();
  });

  afterAll(async () => {
    await sut?.close();
  });

  async function feedToInbox(name: string): Promise<ConnectionDto> {
    const { body: connection } = await user.post('/api/connections').send({ name }).expect(201);
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'test-feed', actionKey: 'new-entries' })
      .expect(200);
    await user
      .post(`/api/connections/${connection.id}/receivers`)
      .send({ connectorKey: 'test-inbox', actionKey: 'store', mapping: { text: '{{ title }}' } })
      .expect(201);
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({ startFrom: { mode: 'all' } })
      .expect(200);
    await switchOn(user, connection.id);
    return connection;
  }

  async function runOnce(connection: ConnectionDto): Promise<void> {
    await user.post(`/api/connections/${connection.id}/run`).expect(202);
    await sut.settle();
  }

  it('should count sends by day and by event, for one connection or all, and export them as CSV', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const sales = await feedToInbox('Sales');
    feed.add('s1', { title: 'one', event: 'approved' });
    feed.add('s2', { title: 'two', event: 'approved' });
    feed.add('s3', { title: '=cmd', event: '=cmd' });
    await runOnce(sales);
    const refunds = await feedToInbox('Refunds');
    inbox.fault = 'permanent';
    await runOnce(refunds);
    inbox.fault = 'none';

    const all: DeliveryReportDto = (
      await user.get('/api/reports/deliveries').query({ from: today, to: today }).expect(200)
    ).body;
    const one: DeliveryReportDto = (
      await user
        .get('/api/reports/deliveries')
        .query({ from: today, to: today, connectionId: sales.id })
        .expect(200)
    ).body;

    expect(all.days).toEqual([
      { day: today, sent: 3, failed: 3, skipped: 0, cancelled: 0, waiting: 0 },
    ]);
    expect(all.events).toEqual([
      { event: '=cmd', sent: 1, failed: 1, skipped: 0, cancelled: 0, waiting: 0 },
      { event: 'approved', sent: 2, failed: 2, skipped: 0, cancelled: 0, waiting: 0 },
    ]);
    expect(one.totals).toEqual({ sent: 3, failed: 0, skipped: 0, cancelled: 0, waiting: 0 });

    const csv = await user
      .get('/api/reports/deliveries.csv')
      .query({ from: today, to: today, connectionId: sales.id })
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')).toEqual([
      'day,event,sent,failed,skipped,cancelled,waiting',
      `${today},'=cmd,1,0,0,0,0`,
      `${today},approved,2,0,0,0,0`,
      '',
    ]);
  });

  it('should refuse a range that is backwards or longer than a year, and keep other workspaces out', async () => {
    await user
      .get('/api/reports/deliveries')
      .query({ from: '2026-02-01', to: '2026-01-01' })
      .expect(400);
    await user
      .get('/api/reports/deliveries')
      .query({ from: '2024-01-01', to: '2026-01-01' })
      .expect(400);
    await user
      .get('/api/reports/deliveries')
      .query({ from: 'today', to: '2026-01-01' })
      .expect(400);

    const stranger = await sut.signUp();
    const theirs: DeliveryReportDto = (
      await stranger
        .get('/api/reports/deliveries')
        .query({
          from: new Date().toISOString().slice(0, 10),
          to: new Date().toISOString().slice(0, 10),
        })
        .expect(200)
    ).body;
    expect(theirs.totals).toEqual({ sent: 0, failed: 0, skipped: 0, cancelled: 0, waiting: 0 });
  });

  it("should count each send on the reader's day in their time zone, and refuse an unknown zone", async () => {
    const evening = await feedToInbox('Evening sales');
    feed.items = [];
    feed.add('e1', { title: 'late', event: 'approved' });
    await runOnce(evening);
    // 01:30 UTC on 10 March is still 22:30 on 9 March in São Paulo.
    await sut.app.get(DataSource).query(
      `UPDATE delivery SET created_at = '2026-03-10T01:30:00Z'
          WHERE run_id IN (SELECT id FROM run WHERE connection_id = $1)`,
      [evening.id],
    );
    const range = { from: '2026-03-09', to: '2026-03-10', connectionId: evening.id };

    const inSaoPaulo: DeliveryReportDto = (
      await user
        .get('/api/reports/deliveries')
        .query({ ...range, timezone: 'America/Sao_Paulo' })
        .expect(200)
    ).body;
    const inUtc: DeliveryReportDto = (
      await user.get('/api/reports/deliveries').query(range).expect(200)
    ).body;
    const csv = await user
      .get('/api/reports/deliveries.csv')
      .query({ ...range, timezone: 'America/Sao_Paulo' })
      .expect(200);

    expect(inSaoPaulo.days.map((d) => [d.day, d.sent])).toEqual([
      ['2026-03-09', 1],
      ['2026-03-10', 0],
    ]);
    expect(inUtc.days.map((d) => [d.day, d.sent])).toEqual([
      ['2026-03-09', 0],
      ['2026-03-10', 1],
    ]);
    expect(csv.text.split('\r\n')[1]).toBe('2026-03-09,approved,1,0,0,0,0');
    // The day's edge is the zone's midnight: the range ends there, not at UTC's.
    const beforeTheEvening: DeliveryReportDto = (
      await user
        .get('/api/reports/deliveries')
        .query({
          from: '2026-03-10',
          to: '2026-03-10',
          connectionId: evening.id,
          timezone: 'America/Sao_Paulo',
        })
        .expect(200)
    ).body;
    expect(beforeTheEvening.totals.sent).toBe(0);
    const refused = await user
      .get('/api/reports/deliveries')
      .query({ ...range, timezone: 'Mars/Olympus_Mons' })
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('Unknown time zone');
  });

  it('should list each hook connection with its last call, which the store checklist reads', async () => {
    const { body: form } = await user.post('/api/connections').send({ name: 'Form' }).expect(201);
    await user
      .put(`/api/connections/${form.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    const { body: quiet } = await user.post('/api/connections').send({ name: 'Quiet' }).expect(201);
    await user
      .put(`/api/connections/${quiet.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    const { body: withHook } = await user.get(`/api/connections/${form.id}`).expect(200);
    for (const name of ['Ana', 'Bia']) {
      await sut.http.post(withHook.hookPath).type('form').send({ name }).expect(200);
    }

    const { body: listed } = await user.get('/api/connections').expect(200);
    const rows: ConnectionDto[] = Array.isArray(listed) ? listed : listed.items;
    const byId = new Map(rows.map((c) => [c.id, c]));

    // Off, so both calls are held: the checklist says calls are waiting, not "no call yet".
    // The list leaves out the count of every call (the editor's single answer has it).
    expect(byId.get(form.id)?.lastInbound).toMatchObject({ status: 'held', total: null, held: 2 });
    expect(byId.get(quiet.id)?.lastInbound).toBeNull();
    const { body: detail } = await user.get(`/api/connections/${form.id}`).expect(200);
    expect(detail.lastInbound).toEqual({ ...byId.get(form.id)?.lastInbound, total: 2 });
  });
});
