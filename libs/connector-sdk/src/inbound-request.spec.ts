import { describe, expect, it } from '@jest/globals';
import {
  buildInboundRequest,
  InboundBodyError,
  nestedDeeperThan,
  parseInboundBody,
} from './inbound-request';

describe(parseInboundBody.name, () => {
  it('should parse a JSON object', async () => {
    const parsed = await parseInboundBody(
      'application/json; charset=utf-8',
      Buffer.from('{"name":"Ana"}'),
    );

    expect(parsed).toEqual({ body: { name: 'Ana' }, files: [] });
  });

  it('should turn repeated urlencoded names into arrays', async () => {
    const parsed = await parseInboundBody(
      'application/x-www-form-urlencoded',
      Buffer.from('name=Ana+Lima&tag=a&tag=b&email=ana%40example.com'),
    );

    expect(parsed.body).toEqual({ name: 'Ana Lima', tag: ['a', 'b'], email: 'ana@example.com' });
  });

  it('should read multipart fields and keep only file metadata', async () => {
    const form = new FormData();
    form.append('name', 'Ana');
    form.append('cv', new Blob(['hello'], { type: 'text/plain' }), 'cv.txt');
    const request = new Request('http://x', { method: 'POST', body: form });
    const raw = Buffer.from(await request.arrayBuffer());

    const parsed = await parseInboundBody(request.headers.get('content-type') as string, raw);

    expect(parsed.body).toEqual({ name: 'Ana' });
    expect(parsed.files).toEqual([
      { field: 'cv', filename: 'cv.txt', mimeType: 'text/plain', size: 5 },
    ]);
  });

  it('should answer 400 with the parser message when JSON is malformed', async () => {
    const error = await parseInboundBody('application/json', Buffer.from('{"name":')).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(InboundBodyError);
    expect(error).toMatchObject({ statusCode: 400, code: 'INVALID_JSON' });
  });

  it('should answer 400 when JSON nests deeper than 64 levels, and take 64', async () => {
    const nested = (depth: number) => Buffer.from(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

    await expect(parseInboundBody('application/json', nested(65))).rejects.toMatchObject({
      statusCode: 400,
      code: 'JSON_TOO_DEEP',
    });
    await expect(parseInboundBody('application/json', nested(64))).resolves.toBeDefined();
  });

  it('should answer 415 when the content type is not a form or JSON', async () => {
    await expect(parseInboundBody('text/plain', Buffer.from('hi'))).rejects.toMatchObject({
      statusCode: 415,
      code: 'UNSUPPORTED_CONTENT_TYPE',
    });
  });

  it('should answer 400 when the body is empty', async () => {
    await expect(parseInboundBody('application/json', Buffer.alloc(0))).rejects.toMatchObject({
      statusCode: 400,
      code: 'EMPTY_BODY',
    });
  });
});

describe(buildInboundRequest.name, () => {
  it('should lower-case header names, join repeated ones and leave out Fluxo’s own credentials', async () => {
    const request = await buildInboundRequest({
      method: 'POST',
      url: 'https://fluxo.example.com/hooks/t?x=1',
      headers: {
        'Content-Type': 'application/json',
        'X-Signature': 'ts=1,v1=ab',
        'x-forwarded-for': ['10.0.0.1', '10.0.0.2'],
        cookie: 'fluxo_session=s',
        Authorization: 'Basic eDp5',
      },
      query: { x: '1' },
      rawBody: Buffer.from('{"a":1}'),
    });

    expect(request).toEqual({
      method: 'POST',
      url: 'https://fluxo.example.com/hooks/t?x=1',
      headers: {
        'content-type': 'application/json',
        'x-signature': 'ts=1,v1=ab',
        'x-forwarded-for': '10.0.0.1, 10.0.0.2',
      },
      query: { x: '1' },
      contentType: 'application/json',
      body: { a: 1 },
      files: [],
      rawBody: Buffer.from('{"a":1}'),
    });
  });

  it('should refuse a body it cannot read, as the host answers it', async () => {
    const refused = buildInboundRequest({
      method: 'POST',
      url: 'http://x/hooks/t',
      headers: { 'content-type': 'application/json' },
      query: {},
      rawBody: Buffer.from('{"name":'),
    });

    await expect(refused).rejects.toMatchObject({ statusCode: 400, code: 'INVALID_JSON' });
  });
});

describe(nestedDeeperThan.name, () => {
  const nested = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

  it('should tell a body at the limit from one just past it', () => {
    expect(nestedDeeperThan(nested(64), 64)).toBe(false);
    expect(nestedDeeperThan(nested(65), 64)).toBe(true);
  });

  it('should walk 10,000 levels without running out of stack', () => {
    expect(nestedDeeperThan(nested(10_000), 64)).toBe(true);
  });

  it('should count objects and arrays alike, and not count strings', () => {
    expect(nestedDeeperThan({ a: [{ b: 'deep' }] }, 3)).toBe(false);
    expect(nestedDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true);
  });
});
