import type { ConnectionTemplateDto } from '@fluxo/contracts';

/**
 * The ready-made connections our first users asked for. Mappings name the sources' real
 * variables (a spec checks them against each source's example); accounts are chosen by the
 * user after creating the connection.
 */
export const CONNECTION_TEMPLATES: readonly ConnectionTemplateDto[] = [
  {
    key: 'payt-approved-sms-email',
    name: 'PayT sale approved → SMS and e-mail to the buyer',
    description: 'Thank the buyer by SMS and e-mail the moment PayT approves the payment.',
    connectorKeys: ['payt', 'sms-twilio', 'email'],
    source: { connectorKey: 'payt', actionKey: 'postback', settings: { events: ['approved'] } },
    receivers: [
      {
        connectorKey: 'sms-twilio',
        actionKey: 'send-sms',
        settings: {},
        mapping: {
          to: '{{ customer.phone_e164 }}',
          body: 'Hi {{ customer.first_name }}, your payment for {{ product.name }} (R$ {{ transaction.total_price }}) was approved. Thank you!',
        },
      },
      {
        connectorKey: 'email',
        actionKey: 'send-email',
        settings: {},
        mapping: {
          to: '{{ customer.email }}',
          subject: 'Payment approved: {{ product.name }}',
          text: 'Hi {{ customer.first_name }},\n\nyour payment of R$ {{ transaction.total_price }} for {{ product.name }} was approved.\n\nThank you for your purchase!',
        },
      },
    ],
  },
  {
    key: 'payt-abandoned-checkout-email',
    name: 'PayT checkout abandoned → e-mail with the checkout link',
    description:
      'Remind buyers who left the checkout, with a link back to it. PayT reports abandoned checkouts 10–15 minutes late.',
    connectorKeys: ['payt', 'email'],
    source: {
      connectorKey: 'payt',
      actionKey: 'postback',
      settings: { events: ['abandoned-checkout'] },
    },
    receivers: [
      {
        connectorKey: 'email',
        actionKey: 'send-email',
        settings: {},
        mapping: {
          to: '{{ customer.email }}',
          subject: 'You left {{ product.name }} in your cart',
          text: 'Hi {{ customer.first_name }},\n\nyour order of {{ product.name }} is waiting for you. Finish it here:\n{{ checkout.url }}',
        },
      },
    ],
  },
  {
    key: 'sheets-row-portmone-invoice-email',
    name: 'New Google Sheets row → Portmone invoice by e-mail',
    description:
      'For each new row (payer name, e-mail, amount), create a Portmone invoice and e-mail the payment link.',
    connectorKeys: ['google-sheets', 'portmone', 'email'],
    source: { connectorKey: 'google-sheets', actionKey: 'new-rows', settings: {} },
    receivers: [
      {
        connectorKey: 'portmone',
        actionKey: 'send-invoice-email',
        settings: {},
        mapping: {
          payerName: '{{ Name }}',
          email: '{{ Email }}',
          amount: '{{ Amount }}',
          description: '{{ Description }}',
          currency: 'UAH',
        },
      },
    ],
    trigger: { type: 'interval', minutes: 15 },
  },
  {
    key: 'paghiper-paid-sheets-row',
    name: 'PagHiper payment paid → Google Sheets row',
    description: 'Add a row to your sheet for every boleto or PIX that is paid.',
    connectorKeys: ['paghiper', 'google-sheets'],
    source: {
      connectorKey: 'paghiper',
      actionKey: 'payment-status-changed',
      settings: { kinds: ['boleto', 'pix'], statuses: ['paid'] },
    },
    receivers: [
      {
        connectorKey: 'google-sheets',
        actionKey: 'add-row',
        settings: {},
        mapping: {
          row: 'Order: {{ order_id }}\nName: {{ payer.name }}\nE-mail: {{ payer.email }}\nAmount: {{ amount }}\nPaid on: {{ paid_date }}',
        },
      },
    ],
    trigger: { type: 'interval', minutes: 5 },
  },
  {
    key: 'fygaro-payment-email-receipt',
    name: 'Fygaro payment → e-mail receipt',
    description: 'Send the client a receipt by e-mail for every Fygaro payment.',
    connectorKeys: ['fygaro', 'email'],
    source: { connectorKey: 'fygaro', actionKey: 'payment-hook', settings: {} },
    receivers: [
      {
        connectorKey: 'email',
        actionKey: 'send-email',
        settings: {},
        mapping: {
          to: '{{ client.email }}',
          subject: 'Your receipt {{ transaction_reference }}',
          text: 'Hi {{ client.first_name }},\n\nwe received your payment of {{ amount }} {{ currency }} (reference {{ transaction_reference }}).\n\nThank you!',
        },
      },
    ],
  },
  {
    key: 'mercado-pago-approved-sms',
    name: 'Mercado Pago payment approved → SMS',
    description: 'Text the payer as soon as Mercado Pago approves the payment.',
    connectorKeys: ['mercado-pago', 'sms-twilio'],
    source: {
      connectorKey: 'mercado-pago',
      actionKey: 'notifications',
      settings: { events: ['payment-approved'] },
    },
    receivers: [
      {
        connectorKey: 'sms-twilio',
        actionKey: 'send-sms',
        settings: {},
        mapping: {
          to: '{{ payer.phone }}',
          body: 'Hi {{ payer.first_name }}, your payment of {{ payment.amount }} {{ payment.currency }} was approved. Thank you!',
        },
      },
    ],
  },
];
