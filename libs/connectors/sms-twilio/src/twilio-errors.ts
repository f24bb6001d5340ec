import {
  networkFailureOf,
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

/** Plain words for the refusals a shop owner actually meets; Twilio's own text otherwise. */
function describeRefusal(code: number | undefined, ctx: TwilioCallContext): string | null {
  const to = ctx.to ?? 'the recipient';
  const sender = ctx.from ?? ctx.messagingServiceSid ?? 'the sender';
  switch (code) {
    case 20003:
      return `Twilio refused the account's credentials: check the Account SID and the ${ctx.usesApiKey ? 'API key and its secret' : 'auth token'}`;
    case 20404:
      return 'Twilio does not know this account: check the Account SID';
    case 21211:
      return `Twilio refused the number ${to}: it is not a valid phone number`;
    case 21608:
      return `Twilio did not send to ${to}: a trial account can only send to numbers verified in the Twilio Console`;
    case 21610:
      return `${to} has unsubscribed from your messages (replied STOP); Twilio will send to it again only after they reply START`;
    case 21606:
    case 21659:
    case 21212:
      return `Twilio refused the sender ${sender}: it is not an SMS-capable number of this Twilio account`;
    case 21614:
      return `${to} is not a mobile number and cannot receive SMS`;
    case 21408:
      return `Your Twilio account may not send SMS to the country of ${to}; allow it in the Twilio Console (Messaging › Geo permissions)`;
    case 21612:
      return `Twilio cannot send a message from ${sender} to ${to}`;
    case 21617:
      return 'The message is longer than the 1600 characters Twilio accepts';
    case 21602:
      return 'The message text is empty';
    case 21604:
      return 'The recipient is empty';
    case 21603:
      return 'Choose a sender: your Twilio number or a Messaging Service';
    case 21701:
    case 21705:
      return `Twilio does not know the Messaging Service ${ctx.messagingServiceSid ?? ''}`.trim();
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
        `Twilio is receiving too many requests from this account right now (${codeText}); Fluxo will try again`,
        response,
      );
    }
    if (api.status >= 500) {
      return new TransientDeliveryError(
        `Twilio had a problem on its side (${codeText}); Fluxo will try again`,
        response,
      );
    }
    const plain = describeRefusal(code, ctx);
    return new PermanentDeliveryError(
      plain ? `${plain} (${codeText})` : `Twilio refused the message: ${api.message} (${codeText})`,
      response,
    );
  }
  if (error instanceof SyntaxError) {
    return new TransientDeliveryError('Twilio answered with something Fluxo could not read');
  }
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new TransientDeliveryError('Twilio did not answer in time; Fluxo will try again');
  }
  const reason = networkFailureOf(error)?.reason ?? 'the network failed';
  return new TransientDeliveryError(`Could not reach Twilio: ${reason}`);
}
