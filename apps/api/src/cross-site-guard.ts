import { CLIENT_HEADER } from '@fluxo/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { toErrorBody } from './common/http-exception.filter';
import { DomainError } from './common/domain-error';
import { isJsonContentType } from './configure-body-parsing';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CLIENT_HEADER_NAME = CLIENT_HEADER.toLowerCase();

/**
 * Cross-site request forgery: a page elsewhere can make a logged-in browser POST to the API
 * (a form, or a body-less fetch in no-cors mode), with the session cookie if SameSite lets it
 * through. State-changing API calls must therefore come from this instance's own pages (the
 * browser's Origin, or Sec-Fetch-Site when Origin is absent) and carry a JSON body or the
 * client header, which no cross-site page can add. Hooks and hosted forms (/hooks, /f) are
 * cross-site by design and are not under /api. Calls with an API key (Authorization: Bearer)
 * carry no ambient credential and need neither.
 */
export function guardCrossSiteCalls(fastify: FastifyInstance, publicUrl: string | null): void {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : null;
  fastify.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    // A bearer key is not sent by a browser on its own, as a cookie is: nothing to forge.
    if (/^Bearer\s/i.test(String(request.headers.authorization ?? ''))) return;
    const refusal = refusalOf(request, publicOrigin);
    if (refusal) {
      await reply
        .status(refusal.statusCode)
        .header('content-type', 'application/json')
        .send(toErrorBody(refusal));
    }
  });
}

function refusalOf(request: FastifyRequest, publicOrigin: string | null): DomainError | null {
  const origin = request.headers.origin;
  const ownOrigin = publicOrigin ?? `${request.protocol}://${request.headers.host ?? ''}`;
  if (origin !== undefined ? origin !== ownOrigin : isCrossSiteFetch(request)) {
    return new DomainError(
      403,
      'CROSS_SITE_REFUSED',
      'This call came from another site; use Fluxo from its own address',
    );
  }
  const contentType = String(request.headers['content-type'] ?? '');
  if (!isJsonContentType(contentType) && request.headers[CLIENT_HEADER_NAME] === undefined) {
    return new DomainError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `Send this call with Content-Type: application/json or the ${CLIENT_HEADER} header`,
    );
  }
  return null;
}

/** Browsers without Origin on a request still say where it came from in Sec-Fetch-Site. */
function isCrossSiteFetch(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}
