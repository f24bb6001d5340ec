import {
  networkFailureOf,
  phrase,
  PermanentDeliveryError,
  permanentCauseOf,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';

/** What the failed call was about, so the message can name the number or sender. */
export interface TwilioCallContext {
  to?: string;
  from?: string;
  messagingServiceSid?: string;
  usesApiKey?: boolean;
}

/** Twilio's error answer as the SDK exposes it (RestException and the RFC 9457 variant). */
interface TwilioApiError {
  status: number;
  code?: number;
  message: string;
  moreInfo?: string;
}

function asTwilioApiError(error: unknown): TwilioApiError | null {
  if (!(error instanceof Error)) return null;
  const { status, code, moreInfo } = error as Error & Partial<TwilioApiError>;
  if (typeof status !== 'number') return null;
  return {
    status,
    code: typeof code === 'number' ? code : undefined,
    message: error.message,
    moreInfo,
  };
}

/** Plain words for the refusals a shop owner actually meets, by Twilio's error code. */
const REFUSALS = {
  tokenRefused:
    "Twilio refused the account's credentials: check the Account SID and the auth token",
  keyRefused:
    "Twilio refused the account's credentials: check the Account SID and the API key and its secret",
  unknownAccount: 'Twilio does not know this account: check the Account SID',
  invalidNumber: 'Twilio refused the number {to}: it is not a valid phone number',
  trialAccount:
    'Twilio did not send to {to}: a trial account can only send to numbers verified in the Twilio Console',
  unsubscribed:
    '{to} has unsubscribed from your messages (replied STOP); Twilio will send to it again only after they reply START',
  badSender:
    'Twilio refused the sender {sender}: it is not an SMS-capable number of this Twilio account',
  notMobile: '{to} is not a mobile number and cannot receive SMS',
  country:
    'Your Twilio account may not send SMS to the country of {to}; allow it in the Twilio Console (Messaging › Geo permissions)',
  route: 'Twilio cannot send a message from {sender} to {to}',
  tooLong: 'The message is longer than the 1600 characters Twilio accepts',
  emptyText: 'The message text is empty',
  emptyTo: 'The recipient is empty',
  noSender: 'Choose a sender: your Twilio number or a Messaging Service',
  unknownService: 'Twilio does not know the Messaging Service {service}',
  other: 'Twilio refused the message: {reason}',
} as const;

/** Each refusal ends with Twilio's code, so the shop owner can look it up. */
const WITH_CODE = ' ({code})';

const TRANSIENT = {
  tooManyRequests:
    'Twilio is receiving too many requests from this account right now ({code}); Fluxo will try again',
  vendorProblem: 'Twilio had a problem on its side ({code}); Fluxo will try again',
  unreadable: 'Twilio answered with something Fluxo could not read',
  timeout: 'Twilio did not answer in time; Fluxo will try again',
  unreachable: 'Could not reach Twilio: {reason}',
} as const;

/** Every sentence a failed Twilio call is described with, as phrases the editor words. */
export const TWILIO_ERROR_PHRASES = [
  ...Object.values(REFUSALS).map((refusal) => refusal + WITH_CODE),
  ...Object.values(TRANSIENT),
];

function refusalOf(code: number | undefined, ctx: TwilioCallContext): string | null {
  switch (code) {
    case 20003:
      return ctx.usesApiKey ? REFUSALS.keyRefused : REFUSALS.tokenRefused;
    case 20404:
      return REFUSALS.unknownAccount;
    case 21211:
      return REFUSALS.invalidNumber;
    case 21608:
      return REFUSALS.trialAccount;
    case 21610:
      return REFUSALS.unsubscribed;
    case 21606:
    case 21659:
    case 21212:
      return REFUSALS.badSender;
    case 21614:
      return REFUSALS.notMobile;
    case 21408:
      return REFUSALS.country;
    case 21612:
      return REFUSALS.route;
    case 21617:
      return REFUSALS.tooLong;
    case 21602:
      return REFUSALS.emptyText;
    case 21604:
      return REFUSALS.emptyTo;
    case 21603:
      return REFUSALS.noSender;
    case 21701:
    case 21705:
      return REFUSALS.unknownService;
    default:
      return null;
  }
}

/**
 * Turns whatever the SDK or the network threw into the delivery error the host understands:
 * Twilio's 4xx refusals are permanent, 429, 5xx and network trouble transient.
 */
export function classifyTwilioError(
  error: unknown,
  ctx: TwilioCallContext = {},
): PermanentDeliveryError | TransientDeliveryError {
  if (error instanceof PermanentDeliveryError || error instanceof TransientDeliveryError) {
    return error;
  }
  // undici wraps what its socket lookup threw: the guard's refusal arrives as fetch's cause.
  const wrapped = permanentCauseOf(error);
  if (wrapped) return wrapped;
  const api = asTwilioApiError(error);
  if (api) {
    const code = api.code ?? (api.status === 401 ? 20003 : undefined);
    const codeText = code ? `${code}` : `HTTP ${api.status}`;
    const response = {
      status: api.status,
      ...(code ? { code } : {}),
      message: api.message,
      ...(api.moreInfo ? { moreInfo: api.moreInfo } : {}),
    };
    if (api.status === 429 || code === 20429) {
      return new TransientDeliveryError(
        phrase(TRANSIENT.tooManyRequests, { code: codeText }),
        response,
      );
    }
    if (api.status >= 500) {
      return new TransientDeliveryError(
        phrase(TRANSIENT.vendorProblem, { code: codeText }),
        response,
      );
    }
    const refusal = refusalOf(code, ctx) ?? REFUSALS.other;
    const params = {
      to: ctx.to ?? 'the recipient',
      sender: ctx.from ?? ctx.messagingServiceSid ?? 'the sender',
      service: ctx.messagingServiceSid ?? '',
      reason: api.message,
      code: codeText,
    };
    return new PermanentDeliveryError(phrase(refusal + WITH_CODE, params), response);
  }
  if (error instanceof SyntaxError) {
    return new TransientDeliveryError(TRANSIENT.unreadable);
  }
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new TransientDeliveryError(TRANSIENT.timeout);
  }
  const reason = networkFailureOf(error)?.reason ?? 'the network failed';
  return new TransientDeliveryError(phrase(TRANSIENT.unreachable, { reason }));
}
