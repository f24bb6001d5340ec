import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The editor loads only its own bundle: scripts, styles and calls from this origin, images
 * also as data: URLs (connector logos), and no page may frame it (clickjacking). Helmet's
 * defaults are not used: their upgrade-insecure-requests would break an instance served over
 * plain http on a local network.
 */
const EDITOR_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

function policyText(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Swagger UI, the API's documentation page, sets inline styles on the elements it draws. */
const DOCS_CSP = policyText({ ...EDITOR_CSP, 'style-src': ["'self'", "'unsafe-inline'"] });

/** Small pages written inline (a hook's thank-you page, a refused sign-in): no script at all. */
export const PLAIN_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export async function addSecurityHeaders(
  app: NestFastifyApplication,
  servedOverHttps: boolean,
): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: EDITOR_CSP },
    // Browsers ignore HSTS over http; sent only where it means something.
    strictTransportSecurity: servedOverHttps ? { maxAge: 180 * 24 * 60 * 60 } : false,
    referrerPolicy: { policy: 'same-origin' },
    // Hosted forms are linked from, and connector logos may be shown by, other sites.
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  // Runs after helmet's own hook, so this header replaces the editor's on the docs pages.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      if (request.url.startsWith('/api/docs'))
        void reply.header('content-security-policy', DOCS_CSP);
    });
}
