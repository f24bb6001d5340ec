import type { Messenger } from '@fluxo/connector-sdk';
import { readTwilioAccountOrThrow } from './client';
import { buildSmsOrThrow, sendSms } from './send-sms.receiver';

/**
 * Lets other connectors text through a Twilio account (Portmone's invoice link by SMS). The
 * sender is the calling step's `from` / `messagingServiceSid` settings when it has them, else
 * the account's default sender.
 */
export const twilioMessenger: Messenger = {
  channel: 'sms',
  send: async (message, ctx) => {
    const account = readTwilioAccountOrThrow(ctx.credentials);
    const sms = buildSmsOrThrow({ to: message.to, body: message.text }, ctx.settings, account);
    return sendSms(sms, account, ctx);
  },
};
