import {
  type ConnectorContext,
  type DeliveryResult,
  guardedFetch,
  PermanentDeliveryError,
  defineFields,
  defineReceiver,
} from '@fluxo/connector-sdk';
import {
  DEFAULT_TIMEOUT_SECONDS,
  HTTP_METHODS,
  MAX_TIMEOUT_SECONDS,
  prepareRequest,
} from './request-parts';
import { classifyCallError, classifyResponse, recordResponse, retryAfterSeconds } from './response';

const basicOnly = { field: 'authType', equals: ['basic'] };

export const httpRequestFields = defineFields([
  {
    key: 'method',
    label: 'Method',
    type: 'select',
    required: true,
    default: 'POST',
    options: HTTP_METHODS.map((method) => ({ value: method, label: method })),
    help: 'POST sends new data, GET only reads. The documentation of the service says which one.',
  },
  {
    key: 'url',
    label: 'URL',
    type: 'url',
    required: true,
    placeholder: 'https://example.com/api/orders',
    help: 'The web address to call, starting with https://.',
  },
  {
    key: 'headers',
    label: 'Headers',
    type: 'textarea',
    required: false,
    placeholder: 'X-Shop-Id: 42',
    help: 'Optional. One per line, written as "Name: value".',
  },
  {
    key: 'query',
    label: 'Query parameters',
    type: 'textarea',
    required: false,
    placeholder: 'ref=fluxo',
    help:
      'Optional. One per line, written as "name=value". They are added after the ones already ' +
      'in the URL; Fluxo encodes spaces and symbols for you.',
  },
  {
    key: 'bodyType',
    label: 'Body type',
    type: 'select',
    required: false,
    default: 'json',
    options: [
      { value: 'json', label: 'JSON' },
      { value: 'form', label: 'Form (urlencoded)' },
      { value: 'none', label: 'No body' },
    ],
    help: 'How the body is written. Most services expect JSON.',
  },
  {
    key: 'body',
    label: 'Body',
    type: 'textarea',
    required: false,
    placeholder: '{"order": "{{ order_id }}", "email": {{ email | json }}}',
    help:
      'For JSON: the data to send, checked before sending. Insert text values with ' +
      '{{ value | json }} so quotes and line breaks in them cannot break it. ' +
      'For a form: one "name=value" per line.',
    // Blank means the default, JSON.
    showWhen: { field: 'bodyType', equals: ['json', 'form', ''] },
  },
  {
    key: 'authType',
    label: 'Authentication',
    type: 'select',
    required: false,
    default: 'none',
    options: [
      { value: 'none', label: 'None' },
      { value: 'basic', label: 'Basic (user name and password)' },
      { value: 'bearer', label: 'Bearer token' },
    ],
    help: 'How the service knows it is you. It replaces any Authorization line in Headers.',
  },
  {
    key: 'username',
    label: 'User name',
    type: 'text',
    required: false,
    showWhen: basicOnly,
  },
  {
    key: 'password',
    label: 'Password',
    type: 'password',
    required: false,
    secret: true,
    showWhen: basicOnly,
    help: "Sent only to the URL's own server, never to a server it redirects to.",
  },
  {
    key: 'token',
    label: 'Token',
    type: 'password',
    required: false,
    secret: true,
    showWhen: { field: 'authType', equals: ['bearer'] },
    help: 'The API key or access token the service gave you, without the word "Bearer".',
  },
  {
    key: 'timeoutSeconds',
    label: 'Timeout (seconds)',
    type: 'number',
    required: false,
    default: DEFAULT_TIMEOUT_SECONDS,
    help: `How long to wait for an answer before trying again later. At most ${MAX_TIMEOUT_SECONDS}.`,
  },
]);

export async function sendHttpRequest(
  payload: Record<string, unknown>,
  ctx: ConnectorContext,
): Promise<DeliveryResult> {
  const request = prepareRequest(payload, ctx.idempotencyKey);
  if (!ctx.network) {
    throw new PermanentDeliveryError(
      'The host gave no network to send through, so Fluxo cannot call the URL',
    );
  }
  const { url, method, timeoutMs } = request;
  const startedAt = Date.now();
  try {
    const response = await guardedFetch(ctx.network, url, {
      method,
      headers: request.headers,
      body: request.body,
      timeoutMs,
      signal: ctx.signal,
    });
    const recorded = await recordResponse(response, request.secrets);
    // The host only: paths (Slack-style webhook URLs), queries and headers may carry keys.
    ctx.logger.debug('http request answered', {
      method,
      host: url.host,
      status: recorded.status,
      ms: Date.now() - startedAt,
    });
    return classifyResponse(
      recorded,
      url.host,
      retryAfterSeconds(response.headers.get('retry-after')),
    );
  } catch (error) {
    // Errors already sorted (the answer's status, the guard's refusal) come back unchanged.
    throw classifyCallError(error, { url, timeoutMs, hostSignal: ctx.signal });
  }
}

export const httpRequestReceiver = defineReceiver({
  key: 'http-request',
  name: 'Send HTTP request',
  description: 'Calls any web address (a webhook or an API) with data from the item.',
  fields: httpRequestFields,
  recipientField: 'url',
  outputs: [
    { key: 'status', label: 'Response status', example: '200' },
    { key: 'body', label: 'Response body', example: '{"ok":true}' },
  ],
  deliver: sendHttpRequest,
});
