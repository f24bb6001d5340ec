import {
  safeEqual,
  type Credentials,
  type InboundRequest,
  SignatureRejectedError,
  type StatusCallbackHandler,
  type VendorStatusUpdate,
} from '@fluxo/connector-sdk';
// The SDK's webhook module alone: the whole SDK is loaded only when a message is sent.
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';

type FormParams = Record<string, string | string[]>;

/** The POST parameters as Twilio signed them: decoded from the raw body, repeats as lists. */
export function formParams(rawBody: Buffer): FormParams {
  const params: FormParams = {};
  for (const [name, value] of new URLSearchParams(rawBody.toString('utf8'))) {
    const existing = params[name];
    if (existing === undefined) params[name] = value;
    else params[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return params;
}

/**
 * The URL as received, and with its default port added or removed: Twilio signs the URL it
 * was given, and a proxy in front of the host may have shown it either way.
 */
function signedUrlCandidates(url: string): string[] {
  const match = /^(https?:\/\/)([^/?#]*)(.*)$/is.exec(url);
  if (!match) return [url];
  const [, scheme, authority, rest] = match;
  const withoutPort = authority.replace(/:\d+$/, '');
  if (withoutPort !== authority) return [url, scheme + withoutPort + rest];
  const defaultPort = scheme.toLowerCase() === 'https://' ? ':443' : ':80';
  return [url, scheme + authority + defaultPort + rest];
}

/**
 * Checks X-Twilio-Signature: base64(HMAC-SHA1(auth token, URL + each parameter's name and
 * value sorted by name)). The digest is twilio's own (getExpectedTwilioSignature); the
 * comparison is ours, constant-time, so it does not depend on the SDK version (6.3's
 * validateRequest is constant-time too).
 */
export function isValidTwilioSignature(
  authToken: string,
  signature: string,
  url: string,
  params: FormParams,
): boolean {
  let valid = false;
  for (const candidate of signedUrlCandidates(url)) {
    const expected = getExpectedTwilioSignature(authToken, candidate, params);
    if (safeEqual(signature, expected)) valid = true;
  }
  return valid;
}

const DELIVERY_ERRORS: Record<string, string> = {
  '30003': 'Unreachable: the phone is switched off or out of coverage',
  '30004': 'Blocked: the recipient or their carrier blocks messages from this sender',
  '30005': 'Unknown destination: the number does not exist or is no longer in service',
  '30006': 'Landline: the number cannot receive SMS',
  '30007': 'Filtered by the carrier as unwanted messages',
  '30008': 'Not delivered: the carrier gave no reason',
};

/** A failed message's error code in words a shop owner understands. */
export function describeDeliveryError(code: string | undefined): string {
  if (!code) return 'Twilio could not deliver the message';
  return DELIVERY_ERRORS[code] ?? `Twilio error ${code}`;
}

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? '';

export const twilioStatusCallback: StatusCallbackHandler = {
  verify(request: InboundRequest, credentials: Credentials): void {
    const authToken = String(credentials['authToken'] ?? '').trim();
    if (!authToken) {
      throw new SignatureRejectedError(
        'Twilio signs delivery reports with the auth token: add it to the Twilio account in Fluxo (an API key alone is not enough)',
      );
    }
    const signature = request.headers['x-twilio-signature'];
    if (!signature) {
      throw new SignatureRejectedError('The delivery report carries no Twilio signature');
    }
    if (!isValidTwilioSignature(authToken, signature, request.url, formParams(request.rawBody))) {
      throw new SignatureRejectedError(
        "The Twilio signature does not match: the report was not signed with this account's auth token, or was changed on the way",
      );
    }
  },

  parse(request: InboundRequest): VendorStatusUpdate | null {
    const params = formParams(request.rawBody);
    const vendorStatus = (first(params['MessageStatus']) || first(params['SmsStatus']))
      .trim()
      .toLowerCase();
    switch (vendorStatus) {
      case 'sent':
        return { status: 'sent', vendorStatus };
      case 'delivered':
      case 'read':
        return { status: 'delivered', vendorStatus };
      case 'undelivered':
      case 'failed': {
        const errorCode = first(params['ErrorCode']).trim() || undefined;
        return {
          status: 'failed',
          vendorStatus,
          ...(errorCode ? { errorCode } : {}),
          errorMessage: describeDeliveryError(errorCode),
        };
      }
      case 'canceled':
        return {
          status: 'failed',
          vendorStatus,
          errorMessage: 'The message was canceled before Twilio sent it',
        };
      // queued, accepted, sending, scheduled: still on its way, nothing to show yet.
      default:
        return null;
    }
  },
};
