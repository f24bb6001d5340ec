import { PermanentDeliveryError } from '@fluxo/connector-sdk';
import { describe, expect, it } from '@jest/globals';
import { prepareRequest, readHeaderLines, readPairLines, withQuery } from './request-parts';
import { redactSecrets, retryAfterSeconds } from './response';

describe(prepareRequest.name, () => {
  it('should build the exact request when every field is filled in', () => {
    const sut = prepareRequest(
      {
        method: 'patch',
        url: ' https://api.example.com/v1/orders/42?x=1 ',
        headers: 'X-Shop: Acme',
        query: 'expand=items',
        bodyType: 'JSON',
        body: '{"status": "paid"}',
        authType: 'bearer',
        token: 'tok_9',
        timeoutSeconds: '12.5',
      },
      'dlv_1',
    );

    expect(sut).toEqual({
      method: 'PATCH',
      url: new URL('https://api.example.com/v1/orders/42?x=1&expand=items'),
      headers: [
        ['X-Shop', 'Acme'],
        ['Authorization', 'Bearer tok_9'],
        ['Content-Type', 'application/json'],
        ['Idempotency-Key', 'dlv_1'],
        ['User-Agent', 'Fluxo'],
      ],
      body: '{"status": "paid"}',
      timeoutMs: 12_500,
      secrets: ['Bearer tok_9', 'tok_9'],
    });
  });

  it.each([
    [
      { method: 'HEAD', url: 'https://x.test' },
      'Method must be one of: GET, POST, PUT, PATCH, DELETE',
    ],
    [{ url: 'https://x.test', bodyType: 'xml' }, 'Body type must be one of: json, form, none'],
    [
      { url: 'https://x.test', authType: 'digest' },
      'Authentication must be one of: none, basic, bearer',
    ],
    [{ url: 'https://x.test', authType: 'basic' }, 'Enter the user name for Basic authentication'],
    [
      { url: 'https://x.test', authType: 'basic', username: 'a:b' },
      'User name cannot contain ":" with Basic authentication',
    ],
    [
      { url: 'https://x.test', authType: 'bearer', token: ' ' },
      'Enter the token for Bearer authentication',
    ],
    [{ url: '' }, 'URL is required'],
    [
      { url: 'https://x.test', timeoutSeconds: 'soon' },
      'Timeout must be a number of seconds above 0 and at most 120',
    ],
    [
      { url: 'https://x.test', bodyType: 'form', body: 'just text' },
      'Body, line 1: write it as "name=value", like "ref=fluxo"',
    ],
    [
      { url: 'https://x.test', query: 'a=1\n=2' },
      'Query, line 2: write it as "name=value", like "ref=fluxo"',
    ],
  ])('should throw a permanent error when the fields are %j', (payload, message) => {
    expect(() => prepareRequest(payload)).toThrow(new PermanentDeliveryError(message));
  });

  it('should leave out the idempotency key when the host gives none', () => {
    const sut = prepareRequest({ url: 'https://x.test' });

    expect(sut.headers).toEqual([['User-Agent', 'Fluxo']]);
    expect(sut.body).toBeUndefined();
    expect(sut.timeoutMs).toBe(30_000);
  });
});

describe(readHeaderLines.name, () => {
  it('should keep repeated names and values with colons when lines are valid', () => {
    expect(readHeaderLines('Accept: text/html\r\nX-Time: 12:30\nAccept: application/json')).toEqual(
      [
        ['Accept', 'text/html'],
        ['X-Time', '12:30'],
        ['Accept', 'application/json'],
      ],
    );
  });

  it.each([
    [
      'Content-Length: 5',
      'Headers, line 1: Content-Length is set by Fluxo itself; remove this line',
    ],
    ['Host: evil.test', 'Headers, line 1: Host is set by Fluxo itself; remove this line'],
    ['Bad Name: 1', 'Headers, line 1: write it as "Name: value", like "X-Shop-Id: 42"'],
    [': 1', 'Headers, line 1: write it as "Name: value", like "X-Shop-Id: 42"'],
    [
      'X-Emoji: 🎉',
      'Headers, line 1: the value of X-Emoji has characters a header cannot carry (such as emoji or non-Latin letters)',
    ],
  ])('should throw a permanent error when the line is %j', (line, message) => {
    expect(() => readHeaderLines(line)).toThrow(new PermanentDeliveryError(message));
  });
});

describe(readPairLines.name, () => {
  it('should split at the first equals sign when the value holds more', () => {
    expect(readPairLines('sig=a=b==\n\n  name = Ana ', 'Query')).toEqual([
      ['sig', 'a=b=='],
      ['name', 'Ana'],
    ]);
  });
});

describe(withQuery.name, () => {
  it('should leave the URL as it is when there are no pairs', () => {
    const url = new URL('https://x.test/a?b=%20');

    expect(withQuery(url, []).href).toBe('https://x.test/a?b=%20');
  });

  it('should start the query when the URL has none', () => {
    expect(withQuery(new URL('https://x.test/a'), [['q', 'é ü']]).href).toBe(
      'https://x.test/a?q=%C3%A9+%C3%BC',
    );
  });
});

describe(retryAfterSeconds.name, () => {
  const now = Date.parse('2025-03-01T12:00:00Z');

  it.each([
    ['120', 120],
    ['Sat, 01 Mar 2025 12:01:30 GMT', 90],
    ['Sat, 01 Mar 2025 11:00:00 GMT', 0],
    ['soon', null],
    [null, null],
  ])('should read %j as %j seconds', (value, expected) => {
    expect(retryAfterSeconds(value, now)).toBe(expected);
  });
});

describe(redactSecrets.name, () => {
  it('should remove each secret as sent, JSON-escaped and URL-encoded', () => {
    const secret = 'a"b/c d';

    expect(
      redactSecrets(`x ${secret} ${JSON.stringify(secret)} ${encodeURIComponent(secret)}`, [
        secret,
      ]),
    ).toBe('x *** "***" ***');
  });

  it('should leave very short secrets alone so an ordinary answer stays readable', () => {
    expect(redactSecrets('order 12 ok', ['12'])).toBe('order 12 ok');
  });
});
