import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ControlError } from './control-error';
import { type ControlRoute, controlRoute } from './control-routes';
import { HttpSandbox } from './http-sandbox';
import { sendJson } from './json-response';
import { type RecordedRequest, recordRequest } from './recorded-request';
import { readBody } from './request-body';

/** The smallest vendor: records each call and answers 200 unless a fault is armed. */
class EchoSandbox extends HttpSandbox {
  static start(): Promise<EchoSandbox> {
    return new EchoSandbox().listen({});
  }

  protected override async serveVendor(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
    this.received.push(recordRequest(request, url, await readBody(request)));
    const fault = this.fault.take();
    sendJson(response, fault?.status ?? 200, { path: url.pathname });
  }

  protected override controlRoutes(): ControlRoute[] {
    return [
      controlRoute('GET', /\/things\/([^/]+)/, ({ params }) => [200, { id: params[0] }]),
      controlRoute('POST', '/refuse', () => {
        throw new ControlError(409, 'Already there');
      }),
      controlRoute('POST', '/break', () => {
        throw new Error('amount must be a number');
      }),
    ];
  }
}

describe('HttpSandbox', () => {
  let sut: EchoSandbox;
  const control = (method: string, path: string, body?: string) =>
    fetch(`${sut.url}/__control${path}`, { method, body });

  beforeEach(async () => {
    sut = await EchoSandbox.start();
  });

  afterEach(() => sut.stop());

  it('should record vendor calls but not control calls, and forget them on DELETE /requests', async () => {
    await fetch(`${sut.url}/v1/things?x=1`, { method: 'POST', body: 'hello' });
    await control('GET', '/health');

    const listed = (await (await control('GET', '/requests')).json()) as RecordedRequest[];
    expect(listed.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual([
      { method: 'POST', path: '/v1/things', query: { x: '1' }, body: 'hello' },
    ]);
    expect((await control('DELETE', '/requests')).status).toBe(200);
    expect(sut.requests()).toEqual([]);
  });

  it('should fail exactly `times` vendor calls when a fault is armed over HTTP', async () => {
    const armed = await control('POST', '/fault', JSON.stringify({ status: 503, times: 2 }));
    expect(await armed.json()).toEqual({ fault: { status: 503, times: 2, left: 2 } });

    const statuses = [];
    for (let call = 0; call < 3; call++) statuses.push((await fetch(`${sut.url}/x`)).status);

    expect(statuses).toEqual([503, 503, 200]);
  });

  it('should heal on DELETE /fault and forget everything on POST /reset', async () => {
    sut.setFault({ status: 500 });
    await control('DELETE', '/fault');
    expect((await fetch(`${sut.url}/x`)).status).toBe(200);

    sut.setFault({ status: 500 });
    expect((await control('POST', '/reset')).status).toBe(204);
    expect((await fetch(`${sut.url}/x`)).status).toBe(200);
    expect(sut.requests()).toHaveLength(1);
  });

  it("should pass a pattern's decoded captures to the route", async () => {
    const answer = await control('GET', '/things/a%20b');
    expect(await answer.json()).toEqual({ id: 'a b' });
  });

  it('should answer a ControlError with its status and any other failure with a 400', async () => {
    const refused = await control('POST', '/refuse');
    const broken = await control('POST', '/break');

    expect([refused.status, await refused.json()]).toEqual([409, { error: 'Already there' }]);
    expect([broken.status, await broken.json()]).toEqual([
      400,
      { error: 'amount must be a number' },
    ]);
  });

  it('should refuse a body that is not a JSON object and name an unknown route', async () => {
    const notJson = await control('POST', '/fault', '[1]');
    const unknown = await control('GET', '/nothing');

    expect([notJson.status, await notJson.json()]).toEqual([400, { error: 'Send a JSON object' }]);
    expect([unknown.status, await unknown.json()]).toEqual([
      404,
      { error: 'No control route GET /nothing' },
    ]);
  });
});
