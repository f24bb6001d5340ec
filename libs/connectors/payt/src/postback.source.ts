import {
  defineField,
  defineSource,
  type InboundRequest,
  safeEqual,
  type SettingsOf,
  SignatureRejectedError,
  type SourceItem,
  type TypedContext,
} from '@fluxo/connector-sdk';
import {
  PAYT_EVENTS,
  type PaytEvent,
  paytDateToIso,
  paytDedupeKey,
  paytEventOf,
  paytEventTicked,
  paytVariables,
  readPostback,
} from './postback';
import { paytSamplePostback } from './sample';

export const KEY_MISMATCH_REASON =
  "The postback's integration key does not match the PayT account's key";

/** Why a postback is refused, as phrases the editor words in the user's language. */
export const POSTBACK_REFUSALS = {
  noKeyInAccount:
    'The PayT account has no integration key yet, so Fluxo cannot tell a real postback from a fake one',
  notAPostback:
    'The call is not a PayT postback: its body is not a JSON object, so it carries no integration key',
  noKeyInPostback:
    'The postback carries no integration key, so it cannot be proven to come from PayT',
  keyMismatch: KEY_MISMATCH_REASON,
} as const;

const postbackFields = [
  defineField({
    key: 'events',
    label: 'Events',
    type: 'multi-select',
    required: true,
    options: [...PAYT_EVENTS],
    help:
      'Tick the same events you ticked in PayT (Ofertas & Produtos → Postbacks → your ' +
      'postback → Eventos). Postbacks for other events are received but start nothing.',
  }),
  defineField({
    key: 'runTestPostbacks',
    label: 'Also run test postbacks',
    type: 'boolean',
    required: false,
    default: false,
    help:
      'PayT’s "Testar URL" sends a made-up sale. It is always kept and shown as test data; tick ' +
      'this to send it to the receivers too.',
  }),
] as const;

/** What Fluxo says about a postback it keeps without sending, as a phrase the editor words. */
export const POSTBACK_NOTES = {
  testNotRun:
    'PayT test call received ("Testar URL"): kept as test data and not sent, as "Also run test postbacks" is off',
} as const;

type PostbackContext = TypedContext<SettingsOf<typeof postbackFields>>;

function verifyPostback(request: InboundRequest, ctx: PostbackContext): void {
  const expected = String(ctx.credentials['integrationKey'] ?? '').trim();
  if (!expected) {
    throw new SignatureRejectedError(POSTBACK_REFUSALS.noKeyInAccount);
  }
  const postback = readPostback(request.body, request.rawBody);
  if (!postback) {
    throw new SignatureRejectedError(POSTBACK_REFUSALS.notAPostback);
  }
  const received = postback['integration_key'];
  if (typeof received !== 'string' || received.trim() === '') {
    throw new SignatureRejectedError(POSTBACK_REFUSALS.noKeyInPostback);
  }
  if (!safeEqual(received.trim(), expected)) throw new SignatureRejectedError(KEY_MISMATCH_REASON);
}

function parsePostback(request: InboundRequest, ctx: PostbackContext): SourceItem[] {
  const postback = readPostback(request.body, request.rawBody);
  if (!postback) return [];
  const event: PaytEvent | null = paytEventOf(postback);
  if (!event) {
    ctx.logger.debug('PayT postback with a status no event covers; ignored', {
      status: postback['status'],
    });
    return [];
  }
  if (!paytEventTicked(event, ctx.settings.events)) return [];
  const transaction = postback['transaction'] as Record<string, unknown> | undefined;
  const occurredAt =
    paytDateToIso(postback['updated_at']) ?? paytDateToIso(transaction?.['updated_at']);
  const variables = paytVariables(postback);
  // "Testar URL" in PayT: kept, shown and usable as test data, sent only when asked for.
  const heldTest = variables.test === true && !ctx.settings.runTestPostbacks;
  return [
    {
      key: paytDedupeKey(postback, event),
      payload: heldTest ? { ...variables, _ignored: POSTBACK_NOTES.testNotRun } : variables,
      ...(occurredAt ? { occurredAt } : {}),
    },
  ];
}

export const postbackSource = defineSource({
  key: 'postback',
  name: 'New PayT postback',
  description:
    'Starts when PayT sends a postback for a sale: approved, waiting payment, abandoned checkout, refund and the other events you tick.',
  kind: 'instant',
  requiresAccount: true,
  fields: postbackFields,
  verify: verifyPostback,
  secretBodyPaths: ['integration_key'],
  // PayT's article never mentions the key: the first postback brings it, for the user to trust.
  keyInCall: {
    field: 'integrationKey',
    read: (request) => {
      const key = readPostback(request.body, request.rawBody)?.['integration_key'];
      return typeof key === 'string' && key.trim() !== '' ? key.trim() : null;
    },
  },
  parse: (request, _eventId, ctx) => parsePostback(request, ctx),
  sample: paytVariables(paytSamplePostback),
});
