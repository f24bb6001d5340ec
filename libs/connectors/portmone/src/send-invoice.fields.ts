import type { FieldDeclaration } from '@fluxo/connector-sdk';
import { INVOICE_CURRENCIES } from './invoice-input';

// The fields of Portmone's "create and send invoice" receivers, by e-mail and by SMS.

/** Where the invoice link goes: an e-mail or an SMS. */
export type Channel = 'email' | 'sms';

const commonFields = (channel: Channel): FieldDeclaration[] => [
  {
    key: 'payerName',
    label: 'Payer name',
    type: 'text',
    required: true,
    placeholder: 'Olena Kovalenko',
    help: 'Who the invoice is for; used to greet them in the message.',
  },
  channel === 'email'
    ? {
        key: 'email',
        label: 'Payer e-mail',
        type: 'email',
        required: true,
        placeholder: 'olena@example.com',
        help: 'The invoice link is sent to this address.',
      }
    : {
        key: 'phone',
        label: 'Payer phone',
        type: 'phone',
        required: true,
        placeholder: '+380501234567',
        help: 'The invoice link is sent to this number by SMS, in international format.',
      },
  {
    key: 'amount',
    label: 'Amount',
    type: 'money',
    required: true,
    placeholder: '97.50',
    help: 'How much to pay, e.g. 97.50 or 1 234,50. Must be more than zero.',
  },
  {
    key: 'currency',
    label: 'Currency',
    type: 'select',
    required: false,
    default: 'UAH',
    options: INVOICE_CURRENCIES.map((currency) => ({ value: currency, label: currency })),
    help: 'Leave UAH unless Portmone enabled another currency for your shop.',
  },
  {
    key: 'description',
    label: 'Description',
    type: 'textarea',
    required: false,
    placeholder: 'Order #1024: 2 × green tea',
    help: 'What the payment is for; the payer sees it in the message and on the payment page.',
  },
  {
    key: 'orderNumber',
    label: 'Order number',
    type: 'text',
    required: false,
    help:
      'Your own number for this invoice; Portmone accepts each number once. Leave empty and ' +
      'Fluxo makes a unique one (the same one if it has to try again, so the payer is never billed twice).',
  },
  {
    key: 'expiresAt',
    label: 'Pay by',
    type: 'text',
    required: false,
    placeholder: '2026-12-31 or 31.12.2026 18:00',
    help: 'Optional last moment to pay, Kyiv time. A date alone means the end of that day.',
  },
  {
    key: 'language',
    label: 'Language',
    type: 'select',
    required: false,
    default: 'uk',
    options: [
      { value: 'uk', label: 'Ukrainian' },
      { value: 'en', label: 'English' },
      { value: 'ru', label: 'Russian' },
    ],
    help: 'The language of the message and of the Portmone payment page.',
  },
  {
    key: 'successUrl',
    label: 'Page after payment',
    type: 'url',
    required: false,
    placeholder: 'https://shop.example.com/thank-you',
    help: 'Optional. Where the payer lands after paying.',
  },
  {
    key: 'failureUrl',
    label: 'Page after a failed payment',
    type: 'url',
    required: false,
    placeholder: 'https://shop.example.com/payment-failed',
    help: 'Optional. Where the payer lands when the payment does not go through.',
  },
  // An SMS has no subject.
  ...(channel === 'email'
    ? [
        {
          key: 'messageSubject',
          label: 'Your subject',
          type: 'text' as const,
          required: false,
          help: 'Optional. Leave empty for the standard subject in the invoice language.',
        },
      ]
    : []),
  {
    key: 'messageText',
    label: 'Your message',
    type: 'textarea',
    required: false,
    placeholder: 'Hello {{ Name }}, here is the invoice for your order.',
    help:
      'Optional, in your own words (variables allowed). The payment link is always added below it; ' +
      'leave empty for the standard message in the invoice language.',
  },
  {
    key: 'sendVia',
    label: channel === 'email' ? 'Send from e-mail account' : 'Send from SMS account',
    type: 'account',
    required: true,
    accountConnectors: channel === 'email' ? ['email'] : ['sms-twilio'],
    help:
      channel === 'email'
        ? 'The e-mail account the invoice link is sent from.'
        : 'The SMS account the invoice link is sent from.',
  },
];

export const sendInvoiceEmailFields = commonFields('email');
export const sendInvoiceSmsFields = commonFields('sms');
