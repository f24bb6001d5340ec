import type { FastifyInstance } from 'fastify';

const HOOK_ROUTE = /^\/(hooks|f)\//;

/** The only body type the API takes (hooks take others, see parseInboundBody). */
export function isJsonContentType(contentType: string): boolean {
  return /^application\/json\b/i.test(contentType);
}

function httpError(statusCode: number, code: string, message: string): Error {
  return Object.assign(new Error(message), { statusCode, code });
}

/**
 * One parser for every content type: hooks get the raw bytes (stored before anything else
 * looks at them), the API accepts JSON only.
 */
export function configureBodyParsing(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
    const raw = body as Buffer;
    if (HOOK_ROUTE.test(request.url)) return done(null, raw);
    const contentType = String(request.headers['content-type'] ?? '');
    if (!isJsonContentType(contentType)) {
      return done(
        httpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'The API accepts application/json bodies only'),
      );
    }
    if (raw.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(raw.toString('utf8')));
    } catch (error) {
      done(
        httpError(400, 'INVALID_JSON', `The body is not valid JSON: ${(error as Error).message}`),
      );
    }
  });
}
