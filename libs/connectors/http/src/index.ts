/*
 * HTTP request connector: calls any URL a user types, so it is the connector an attacker
 * would use to reach inside the server's own network (SSRF: http://169.254.169.254/, a
 * database admin page on 127.0.0.1, a redirect from a public site to an internal one).
 *
 * How it stays safe:
 * - Every call goes through `guardedFetch(ctx.network, …)` from the connector SDK, never the
 *   global fetch. The host's guard resolves each host name inside the socket's own DNS lookup
 *   and refuses private, loopback, link-local and CGNAT addresses, so the address checked is
 *   the address connected (no DNS rebinding between check and connect); IP literals are
 *   checked before connecting.
 * - Redirects are followed by guardedFetch one hop at a time, each checked again, and the
 *   Authorization and Cookie headers are dropped when a redirect leaves the original host.
 * - Without `ctx.network` the receiver refuses to send rather than fall back to an unguarded
 *   fetch. A refusal is a BlockedHostError (permanent): operators open named hosts with
 *   FLUXO_ALLOWED_HOSTS; specs open 127.0.0.1 with `testNetwork(['127.0.0.1'])`.
 * - Only http and https URLs; passwords, tokens and Authorization values are never logged and
 *   are redacted from the recorded response (a server may echo them back).
 */
import { defineConnector } from '@fluxo/connector-sdk';
import { httpRequestReceiver } from './http-request.receiver';
import { httpLogoSvg } from './logo';
import { HTTP_RESPONSE_PHRASES } from './response';
import { httpTranslations } from './translations';

export const httpConnector = defineConnector({
  key: 'http',
  name: 'HTTP request',
  description: 'Send data to any web address: a webhook, or an API your other tools offer.',
  group: 'http',
  logoSvg: httpLogoSvg,
  // Credentials are per step (Basic or Bearer fields), so there is no account to choose.
  auth: null,
  sources: [],
  receivers: [httpRequestReceiver],
  translations: httpTranslations,
  phrases: HTTP_RESPONSE_PHRASES,
});

export { httpRequestFields, httpRequestReceiver, sendHttpRequest } from './http-request.receiver';
export { locateJsonError } from './json-error';
export type { JsonErrorLocation } from './json-error';
export { prepareRequest } from './request-parts';
export type { PreparedRequest } from './request-parts';
export { MAX_RECORDED_BODY_BYTES } from './response';
export type { RecordedResponse } from './response';
