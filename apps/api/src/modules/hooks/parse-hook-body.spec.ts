import { describe, expect, it } from '@jest/globals';
import { HookBodyError } from './hooks.errors';
import { parseHookBody } from './parse-hook-body';

describe(parseHookBody.name, () => {
  it('should parse a JSON object', async () => {
    const parsed = await parseHookBody(
      'application/json; charset=utf-8',
      Buffer.from('{"name":"Ana"}'),
    );

    expect(parsed).toEqual({ body: { name: 'Ana' }, files: [] });
  });

  it('should turn repeated urlencoded names into arrays', async () => {
    const parsed = await parseHookBody(
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

    const parsed = await parseHookBody(request.headers.get('content-type') as string, raw);

    expect(parsed.body).toEqual({ name: 'Ana' });
    expect(parsed.files).toEqual([
      { field: 'cv', filename: 'cv.txt', mimeType: 'text/plain', size: 5 },
    ]);
  });

  it('should answer 400 with the parser message when JSON is malformed', async () => {
    const error = await parseHookBody('application/json', Buffer.from('{"name":')).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(HookBodyError);
    expect(error).toMatchObject({ statusCode: 400, code: 'INVALID_JSON' });
  });

  it('should answer 400 when JSON nests deeper than 64 levels, and take 64', async () => {
    const nested = (depth: number) => Buffer.from(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

    await expect(parseHookBody('application/json', nested(65))).rejects.toMatchObject({
      statusCode: 400,
      code: 'JSON_TOO_DEEP',
    });
    await expect(parseHookBody('application/json', nested(64))).resolves.toBeDefined();
  });

  it('should answer 415 when the content type is not a form or JSON', async () => {
    await expect(parseHookBody('text/plain', Buffer.from('hi'))).rejects.toMatchObject({
      statusCode: 415,
      code: 'UNSUPPORTED_CONTENT_TYPE',
    });
  });

  it('should answer 400 when the body is empty', async () => {
    await expect(parseHookBody('application/json', Buffer.alloc(0))).rejects.toMatchObject({
      statusCode: 400,
      code: 'EMPTY_BODY',
    });
  });
});
