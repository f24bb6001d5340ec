import type { OutboundMessage } from '@fluxo/connector-sdk';
import type { InvoiceLanguage } from './invoice-input';

export interface InvoiceMessageInput {
  payerName: string;
  amount: string;
  currency: string;
  description: string;
  orderNumber: string;
  paymentLink: string;
  /** `dd.mm.yyyy hh:mm`, Kyiv time, when the invoice has an expiry. */
  expiresAt: string;
  language: InvoiceLanguage;
  /** The user's own subject and message; empty for the standard wording. */
  ownSubject?: string;
  ownText?: string;
}

interface Wording {
  subject: (i: InvoiceMessageInput) => string;
  greeting: (name: string) => string;
  body: (i: InvoiceMessageInput) => string;
  pay: string;
  until: (when: string) => string;
  sms: (i: InvoiceMessageInput) => string;
}

const money = (i: InvoiceMessageInput) => `${i.amount} ${i.currency}`;
const about = (i: InvoiceMessageInput) => (i.description ? ` (${i.description})` : '');

const WORDING: Record<InvoiceLanguage, Wording> = {
  uk: {
    subject: (i) => `Рахунок № ${i.orderNumber} на ${money(i)}`,
    greeting: (name) => `Вітаємо, ${name}!`,
    body: (i) => `Для вас виставлено рахунок № ${i.orderNumber} на суму ${money(i)}${about(i)}.`,
    pay: 'Оплатити онлайн через Portmone',
    until: (when) => `Рахунок дійсний до ${when} (за київським часом).`,
    sms: (i) => `Рахунок № ${i.orderNumber} на ${money(i)}${about(i)}. Оплатити: ${i.paymentLink}`,
  },
  en: {
    subject: (i) => `Invoice ${i.orderNumber} for ${money(i)}`,
    greeting: (name) => `Hello ${name},`,
    body: (i) => `Here is your invoice ${i.orderNumber} for ${money(i)}${about(i)}.`,
    pay: 'Pay online with Portmone',
    until: (when) => `The invoice can be paid until ${when} (Kyiv time).`,
    sms: (i) => `Invoice ${i.orderNumber} for ${money(i)}${about(i)}. Pay: ${i.paymentLink}`,
  },
  ru: {
    subject: (i) => `Счёт № ${i.orderNumber} на ${money(i)}`,
    greeting: (name) => `Здравствуйте, ${name}!`,
    body: (i) => `Для вас выставлен счёт № ${i.orderNumber} на сумму ${money(i)}${about(i)}.`,
    pay: 'Оплатить онлайн через Portmone',
    until: (when) => `Счёт действителен до ${when} (по киевскому времени).`,
    sms: (i) => `Счёт № ${i.orderNumber} на ${money(i)}${about(i)}. Оплатить: ${i.paymentLink}`,
  },
};

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * The e-mail to the payer, in the invoice's language, with the payment link. The user's own
 * subject or message replaces the standard one; the payment link is always added below it.
 */
export function invoiceEmail(input: InvoiceMessageInput, to: string): OutboundMessage {
  const words = WORDING[input.language];
  const standard = [
    words.greeting(input.payerName),
    '',
    words.body(input),
    ...(input.expiresAt ? [words.until(input.expiresAt)] : []),
  ];
  const lines = [
    ...(input.ownText ? [input.ownText] : standard),
    '',
    `${words.pay}: ${input.paymentLink}`,
  ];
  const link = escapeHtml(input.paymentLink);
  const opening = input.ownText
    ? input.ownText
        .split(/\n{2,}/)
        .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    : [
        `<p>${escapeHtml(words.greeting(input.payerName))}</p>`,
        `<p>${escapeHtml(words.body(input))}</p>`,
        ...(input.expiresAt ? [`<p>${escapeHtml(words.until(input.expiresAt))}</p>`] : []),
      ];
  const html = [
    ...opening,
    `<p><a href="${link}">${escapeHtml(words.pay)}</a></p>`,
    `<p style="color:#666;font-size:12px">${link}</p>`,
  ].join('\n');
  return { to, subject: input.ownSubject || words.subject(input), text: lines.join('\n'), html };
}

/** The SMS to the payer: one short text with the link (after the user's own words, if any). */
export function invoiceSms(input: InvoiceMessageInput, to: string): OutboundMessage {
  const text = input.ownText
    ? `${input.ownText} ${input.paymentLink}`
    : WORDING[input.language].sms(input);
  return { to, text };
}
