import type { OutputField } from '@fluxo/contracts';
import {
  type ConnectorContext,
  type DeliveryResult,
  type Messaging,
  type OutboundMessage,
  PermanentDeliveryError,
  TransientDeliveryError,
  defineReceiver,
} from '@fluxo/connector-sdk';
import {
  callGateway,
  fetchBills,
  linkPaymentSignature,
  type PortmoneAccount,
  PortmoneBusinessError,
  portmoneTimestamp,
  readAccount,
  throwIfBusinessError,
} from './client';
import {
  expirySeconds,
  generatedOrderNumber,
  parseAmount,
  parseCurrency,
  parseExpiry,
  parseLanguage,
  requireEmail,
  requirePhone,
  text,
} from './invoice-input';
import { invoiceEmail, invoiceSms, type InvoiceMessageInput } from './invoice-message';
import { describePortmoneError, isDuplicateOrderError } from './portmone-errors';
import { billStatusWord } from './bill-status';

import { type Channel, sendInvoiceEmailFields, sendInvoiceSmsFields } from './send-invoice.fields';

interface Invoice {
  payerName: string;
  to: string;
  amount: string;
  currency: string;
  description: string;
  orderNumber: string;
  expTime: string;
  expiresAtShown: string;
  language: ReturnType<typeof parseLanguage>;
  successUrl: string;
  failureUrl: string;
  sendVia: string;
  /** The user's own wording; empty for the standard one. */
  messageSubject: string;
  messageText: string;
}

function readInvoice(
  channel: Channel,
  payload: Record<string, unknown>,
  ctx: ConnectorContext,
): Invoice {
  const payerName = text(payload.payerName);
  if (!payerName) throw new PermanentDeliveryError("The payer's name is empty.");
  const sendVia = text(payload.sendVia);
  if (!sendVia) {
    throw new PermanentDeliveryError(
      `Choose the ${channel === 'email' ? 'e-mail' : 'SMS'} account the invoice is sent from.`,
    );
  }
  const expiresAt = parseExpiry(payload.expiresAt);
  return {
    payerName,
    to: channel === 'email' ? requireEmail(payload.email) : requirePhone(payload.phone),
    amount: parseAmount(payload.amount),
    currency: parseCurrency(payload.currency),
    description: text(payload.description),
    orderNumber: text(payload.orderNumber) || generatedOrderNumber(ctx.idempotencyKey),
    expTime: expiresAt ? String(expirySeconds(expiresAt)) : '',
    expiresAtShown: expiresAt ? expiresAt.setZone('Europe/Kyiv').toFormat('dd.MM.yyyy HH:mm') : '',
    language: parseLanguage(payload.language),
    successUrl: text(payload.successUrl),
    failureUrl: text(payload.failureUrl),
    sendVia,
    messageSubject: text(payload.messageSubject),
    messageText: text(payload.messageText),
  };
}

/** createLinkPayment's body, in the official plugin's envelope. */
export function createLinkPaymentBody(
  account: PortmoneAccount,
  invoice: Invoice,
  channel: Channel,
  dt: string,
): Record<string, unknown> {
  const signature = account.signatureKey
    ? linkPaymentSignature(
        {
          payeeId: account.payeeId,
          dt,
          shopOrderNumber: invoice.orderNumber,
          billAmount: invoice.amount,
          login: account.login,
        },
        account.signatureKey,
      )
    : '';
  return {
    method: 'createLinkPayment',
    payee: { payeeId: account.payeeId, login: account.login, dt, signature, shopSiteId: '' },
    order: {
      description: invoice.description,
      shopOrderNumber: invoice.orderNumber,
      billAmount: invoice.amount,
      // The plugin's slots: 1 name, 2 phone, 3 e-mail.
      attribute1: invoice.payerName,
      attribute2: channel === 'sms' ? invoice.to : '',
      attribute3: channel === 'email' ? invoice.to : '',
      attribute4: '',
      attribute5: '',
      successUrl: invoice.successUrl,
      failureUrl: invoice.failureUrl,
      preauthFlag: 'N',
      billCurrency: invoice.currency,
      ...(invoice.expTime ? { expTime: invoice.expTime } : {}),
      encoding: 'UTF-8',
    },
    token: { tokenFlag: 'N', returnToken: 'N', token: '', cardMask: '', otherPaymentMethods: '' },
    payer: {
      lang: invoice.language,
      emailAddress: channel === 'email' ? invoice.to : '',
      showEmail: 'N',
    },
  };
}

type LinkOutcome =
  | { kind: 'link'; paymentLink: string; billId?: string; reused: boolean }
  | { kind: 'already-paid'; billId: string; status: string };

async function createLink(
  account: PortmoneAccount,
  invoice: Invoice,
  channel: Channel,
  ctx: ConnectorContext,
): Promise<LinkOutcome> {
  const body = createLinkPaymentBody(account, invoice, channel, portmoneTimestamp());
  const answer = await callGateway(account, body, ctx);
  try {
    throwIfBusinessError(answer);
  } catch (error) {
    if (!(error instanceof PortmoneBusinessError)) throw error;
    if (isDuplicateOrderError(error)) return findEarlierBill(account, invoice, error, ctx);
    throw new PermanentDeliveryError(describePortmoneError(error, 'create the invoice'), {
      orderNumber: invoice.orderNumber,
      errorCode: error.errorCode,
    });
  }
  const paymentLink = text((answer as Record<string, unknown>).linkPayment);
  if (!paymentLink) {
    throw new PermanentDeliveryError(
      `Portmone accepted invoice ${invoice.orderNumber} but gave no payment link, so nothing was sent.`,
      { orderNumber: invoice.orderNumber },
    );
  }
  return { kind: 'link', paymentLink, reused: false };
}

/**
 * Portmone refused the order number as used. [?] Whether it does so (or answers the same link)
 * is unconfirmed; when it refuses, an earlier attempt of this same delivery may have created
 * the bill before failing to send it, so look the order up rather than bill the payer again.
 */
async function findEarlierBill(
  account: PortmoneAccount,
  invoice: Invoice,
  refusal: PortmoneBusinessError,
  ctx: ConnectorContext,
): Promise<LinkOutcome> {
  const [bill] = await fetchBills(account, { shopOrderNumber: invoice.orderNumber }, ctx);
  const duplicate = () =>
    new PermanentDeliveryError(describePortmoneError(refusal, 'create the invoice'), {
      orderNumber: invoice.orderNumber,
      errorCode: refusal.errorCode,
    });
  if (!bill) throw duplicate();
  const billId = text(bill.shopBillId);
  if (bill.billAmount !== undefined && Number(bill.billAmount) !== Number(invoice.amount)) {
    // Same number, different amount: the number belongs to another invoice, not to this one.
    throw duplicate();
  }
  const status = billStatusWord(text(bill.status));
  if (status === 'paid' || status === 'preauthorised') {
    return { kind: 'already-paid', billId, status: text(bill.status) };
  }
  const link = text(bill.linkPayment) || text(bill.paymentLink) || text(bill.link_payment);
  if (status === 'created' && link) {
    return { kind: 'link', paymentLink: link, billId, reused: true };
  }
  if (status === 'created') {
    throw new PermanentDeliveryError(
      `Portmone already has invoice ${invoice.orderNumber} (bill ${billId}) from an earlier attempt, ` +
        'but does not give its payment link again, so it was not sent. Send the link to the payer ' +
        'from your Portmone cabinet.',
      { orderNumber: invoice.orderNumber, billId },
    );
  }
  throw new PermanentDeliveryError(
    `Portmone already has invoice ${invoice.orderNumber} (bill ${billId}) and it is ${status}; ` +
      'nothing was sent. Use a new order number to bill the payer again.',
    { orderNumber: invoice.orderNumber, billId, status: text(bill.status) },
  );
}

async function sendMessage(
  channel: Channel,
  invoice: Invoice,
  message: OutboundMessage,
  created: Record<string, unknown>,
  messaging: Messaging,
): Promise<DeliveryResult> {
  const medium = channel === 'email' ? 'e-mail' : 'SMS';
  try {
    return await messaging.send(invoice.sendVia, message);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `Invoice ${invoice.orderNumber} was created in Portmone, but the ${medium} to ${invoice.to} could not be sent: ${reason}`;
    if (error instanceof PermanentDeliveryError) throw new PermanentDeliveryError(message, created);
    // Retrying is safe: the same order number finds the same bill instead of a second one.
    throw new TransientDeliveryError(message, created);
  }
}

/** What both invoice receivers report, for later receivers (a WhatsApp with the link). */
const invoiceOutputs: OutputField[] = [
  {
    key: 'paymentLink',
    label: 'Payment link',
    example: 'https://www.portmone.com.ua/r3/pay/5f0a1c2d',
  },
  { key: 'orderNumber', label: 'Invoice number', example: 'FLX-7b6f3c1e' },
  { key: 'billId', label: 'Portmone bill id', example: '1234567' },
];

export function deliverInvoice(channel: Channel) {
  return async (
    payload: Record<string, unknown>,
    ctx: ConnectorContext,
  ): Promise<DeliveryResult> => {
    const messaging = ctx.messaging;
    if (!messaging) {
      throw new PermanentDeliveryError(
        `The host gave no way to send messages, so Fluxo cannot send the invoice by ${channel === 'email' ? 'e-mail' : 'SMS'}. No invoice was created.`,
      );
    }
    const invoice = readInvoice(channel, payload, ctx);
    const account = readAccount(ctx.credentials);
    if (!account.payeeId || !account.login) {
      throw new PermanentDeliveryError('Add the payee ID and login to the Portmone account.');
    }
    const outcome = await createLink(account, invoice, channel, ctx);
    if (outcome.kind === 'already-paid') {
      return {
        response: {
          orderNumber: invoice.orderNumber,
          paymentLink: null,
          billId: outcome.billId,
          sentTo: null,
          messageResponse: null,
          note: `Invoice ${invoice.orderNumber} was already paid (${outcome.status}); nothing was sent again.`,
        },
      };
    }
    const created = {
      orderNumber: invoice.orderNumber,
      paymentLink: outcome.paymentLink,
      ...(outcome.billId ? { billId: outcome.billId } : {}),
    };
    const input: InvoiceMessageInput = {
      payerName: invoice.payerName,
      amount: invoice.amount,
      currency: invoice.currency,
      description: invoice.description,
      orderNumber: invoice.orderNumber,
      paymentLink: outcome.paymentLink,
      expiresAt: invoice.expiresAtShown,
      language: invoice.language,
      ownSubject: invoice.messageSubject,
      ownText: invoice.messageText,
    };
    const message =
      channel === 'email' ? invoiceEmail(input, invoice.to) : invoiceSms(input, invoice.to);
    const sent = await sendMessage(channel, invoice, message, created, messaging);
    return { response: { ...created, sentTo: invoice.to, messageResponse: sent.response } };
  };
}

export const sendInvoiceEmailReceiver = defineReceiver({
  key: 'send-invoice-email',
  recipientField: 'email',
  outputs: invoiceOutputs,
  name: 'Create and send invoice by e-mail',
  description:
    'Creates a Portmone payment link for the payer and e-mails it from one of your e-mail accounts.',
  fields: sendInvoiceEmailFields,
  deliver: deliverInvoice('email'),
});

export const sendInvoiceSmsReceiver = defineReceiver({
  key: 'send-invoice-sms',
  recipientField: 'phone',
  outputs: invoiceOutputs,
  name: 'Create and send invoice by SMS',
  description:
    'Creates a Portmone payment link for the payer and texts it from one of your SMS accounts.',
  fields: sendInvoiceSmsFields,
  deliver: deliverInvoice('sms'),
});
