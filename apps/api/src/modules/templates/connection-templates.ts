import type { ConnectionTemplateDto, TemplateReceiver } from '@fluxo/contracts';

/**
 * The ready-made connections our first users asked for. Mappings name the sources' real
 * variables (a spec checks them against each source's example) and carry their words in every
 * language Fluxo speaks; accounts are chosen by the user after creating the connection.
 */
/** The PagHiper boleto messages go out for a boleto still waiting; paid statuses only cancel. */
const PAGHIPER_PENDING_ONLY: TemplateReceiver['conditions'] = {
  groups: [{ rules: [{ variable: 'status', operator: 'equals', value: 'pending' }] }],
};
/** A reminder of a boleto is cancelled when PagHiper reports that boleto paid. */
const PAGHIPER_CANCELLED_WHEN_PAID: TemplateReceiver['cancelWhen'] = {
  key: '{{ transaction_id }}',
  onlyIf: { variable: 'status', values: ['paid', 'completed'] },
};

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
        texts: {
          'pt-BR': {
            body: 'Olá {{ customer.first_name }}, seu pagamento de {{ product.name }} (R$ {{ transaction.total_price }}) foi aprovado. Obrigado!',
          },
          es: {
            body: 'Hola {{ customer.first_name }}, tu pago de {{ product.name }} (R$ {{ transaction.total_price }}) fue aprobado. ¡Gracias!',
          },
          uk: {
            body: 'Вітаємо, {{ customer.first_name }}! Ваш платіж за {{ product.name }} (R$ {{ transaction.total_price }}) підтверджено. Дякуємо!',
          },
          nb: {
            body: 'Hei {{ customer.first_name }}, betalingen din for {{ product.name }} (R$ {{ transaction.total_price }}) er godkjent. Takk!',
          },
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
        texts: {
          'pt-BR': {
            subject: 'Pagamento aprovado: {{ product.name }}',
            text: 'Olá {{ customer.first_name }},\n\nseu pagamento de R$ {{ transaction.total_price }} por {{ product.name }} foi aprovado.\n\nObrigado pela sua compra!',
          },
          es: {
            subject: 'Pago aprobado: {{ product.name }}',
            text: 'Hola {{ customer.first_name }}:\n\ntu pago de R$ {{ transaction.total_price }} por {{ product.name }} fue aprobado.\n\n¡Gracias por tu compra!',
          },
          uk: {
            subject: 'Платіж підтверджено: {{ product.name }}',
            text: 'Вітаємо, {{ customer.first_name }}!\n\nВаш платіж R$ {{ transaction.total_price }} за {{ product.name }} підтверджено.\n\nДякуємо за покупку!',
          },
          nb: {
            subject: 'Betaling godkjent: {{ product.name }}',
            text: 'Hei {{ customer.first_name }},\n\nbetalingen din på R$ {{ transaction.total_price }} for {{ product.name }} er godkjent.\n\nTakk for kjøpet!',
          },
        },
      },
    ],
  },
  {
    key: 'payt-approved-per-product',
    name: 'PayT sale approved → a different e-mail per product',
    description:
      'One e-mail for buyers of one product and another for everything else. Change the product code in the first receiver’s condition to yours.',
    connectorKeys: ['payt', 'email'],
    source: { connectorKey: 'payt', actionKey: 'postback', settings: { events: ['approved'] } },
    receivers: [
      {
        connectorKey: 'email',
        actionKey: 'send-email',
        settings: {},
        conditions: {
          groups: [{ rules: [{ variable: 'product.code', operator: 'equals', value: 'P9MZ4T' }] }],
        },
        mapping: {
          to: '{{ customer.email }}',
          subject: 'Welcome to {{ product.name }}',
          text: 'Hi {{ customer.first_name }},\n\nthank you for buying {{ product.name }}. Your order {{ transaction_id }} is confirmed; reply to this e-mail with any question about getting started.',
        },
        texts: {
          'pt-BR': {
            subject: 'Boas-vindas ao {{ product.name }}',
            text: 'Olá {{ customer.first_name }},\n\nobrigado por comprar {{ product.name }}. Seu pedido {{ transaction_id }} está confirmado; responda a este e-mail com qualquer dúvida para começar.',
          },
          es: {
            subject: 'Bienvenido a {{ product.name }}',
            text: 'Hola {{ customer.first_name }}:\n\ngracias por comprar {{ product.name }}. Tu pedido {{ transaction_id }} está confirmado; responde a este correo con cualquier duda para empezar.',
          },
          uk: {
            subject: 'Ласкаво просимо до {{ product.name }}',
            text: 'Вітаємо, {{ customer.first_name }}!\n\nДякуємо за покупку {{ product.name }}. Ваше замовлення {{ transaction_id }} підтверджено; відповідайте на цей лист, якщо маєте питання щодо початку.',
          },
          nb: {
            subject: 'Velkommen til {{ product.name }}',
            text: 'Hei {{ customer.first_name }},\n\ntakk for at du kjøpte {{ product.name }}. Bestillingen din {{ transaction_id }} er bekreftet; svar på denne e-posten hvis du har spørsmål om å komme i gang.',
          },
        },
      },
      {
        connectorKey: 'email',
        actionKey: 'send-email',
        settings: {},
        conditions: {
          groups: [
            { rules: [{ variable: 'product.code', operator: 'notEquals', value: 'P9MZ4T' }] },
          ],
        },
        mapping: {
          to: '{{ customer.email }}',
          subject: 'Your order {{ transaction_id }} is confirmed',
          text: 'Hi {{ customer.first_name }},\n\nthank you for buying {{ product.name }}. We are preparing your order {{ transaction_id }}.',
        },
        texts: {
          'pt-BR': {
            subject: 'Seu pedido {{ transaction_id }} está confirmado',
            text: 'Olá {{ customer.first_name }},\n\nobrigado por comprar {{ product.name }}. Estamos preparando seu pedido {{ transaction_id }}.',
          },
          es: {
            subject: 'Tu pedido {{ transaction_id }} está confirmado',
            text: 'Hola {{ customer.first_name }}:\n\ngracias por comprar {{ product.name }}. Estamos preparando tu pedido {{ transaction_id }}.',
          },
          uk: {
            subject: 'Ваше замовлення {{ transaction_id }} підтверджено',
            text: 'Вітаємо, {{ customer.first_name }}!\n\nДякуємо за покупку {{ product.name }}. Ми готуємо ваше замовлення {{ transaction_id }}.',
          },
          nb: {
            subject: 'Bestillingen din {{ transaction_id }} er bekreftet',
            text: 'Hei {{ customer.first_name }},\n\ntakk for at du kjøpte {{ product.name }}. Vi gjør klar bestillingen din {{ transaction_id }}.',
          },
        },
      },
    ],
  },
  {
    key: 'payt-abandoned-checkout-email',
    name: 'PayT checkout abandoned → e-mail after an hour, unless they buy',
    description:
      'An hour after a buyer leaves the checkout, e-mail a link back to it; an approved sale to the same customer cancels the e-mail. PayT reports abandoned checkouts 10–15 minutes late.',
    connectorKeys: ['payt', 'email'],
    source: {
      connectorKey: 'payt',
      actionKey: 'postback',
      // Approved sales only cancel: the condition keeps them from getting the e-mail.
      settings: { events: ['abandoned-checkout', 'approved'] },
    },
    receivers: [
      {
        connectorKey: 'email',
        actionKey: 'send-email',
        settings: {},
        conditions: {
          groups: [
            { rules: [{ variable: 'event', operator: 'equals', value: 'abandoned-checkout' }] },
          ],
        },
        delay: { type: 'after', wait: { amount: 1, unit: 'hours' } },
        cancelWhen: {
          key: '{{ customer.email }}',
          onlyIf: { variable: 'event', values: ['approved'] },
        },
        mapping: {
          to: '{{ customer.email }}',
          subject: 'You left {{ product.name }} in your cart',
          text: 'Hi {{ customer.first_name }},\n\nyour order of {{ product.name }} is waiting for you. Finish it here:\n{{ checkout.url }}',
        },
        texts: {
          'pt-BR': {
            subject: 'Você deixou {{ product.name }} no carrinho',
            text: 'Olá {{ customer.first_name }},\n\nseu pedido de {{ product.name }} está esperando por você. Finalize aqui:\n{{ checkout.url }}',
          },
          es: {
            subject: 'Dejaste {{ product.name }} en tu carrito',
            text: 'Hola {{ customer.first_name }}:\n\ntu pedido de {{ product.name }} te está esperando. Termínalo aquí:\n{{ checkout.url }}',
          },
          uk: {
            subject: 'Ви залишили {{ product.name }} у кошику',
            text: 'Вітаємо, {{ customer.first_name }}!\n\nВаше замовлення {{ product.name }} чекає на вас. Завершіть його тут:\n{{ checkout.url }}',
          },
          nb: {
            subject: 'Du la igjen {{ product.name }} i handlekurven',
            text: 'Hei {{ customer.first_name }},\n\nbestillingen din av {{ product.name }} venter på deg. Fullfør den her:\n{{ checkout.url }}',
          },
        },
      },
    ],
  },
  {
    key: 'paghiper-boleto-reminders',
    name: 'PagHiper boleto → e-mail now, reminders before and after the due date, unless paid',
    description:
      'Send the boleto at once; remind the payer at 09:00 the day before the due date and again the day after. Each reminder is cancelled when PagHiper reports the boleto paid.',
    connectorKeys: ['paghiper', 'email'],
    source: {
      connectorKey: 'paghiper',
      actionKey: 'payment-status-changed',
      // Paid statuses only cancel: the conditions keep them from getting messages.
      settings: { kinds: ['boleto'], statuses: ['pending', 'paid', 'completed'] },
    },
    receivers: [
      {
        connectorKey: 'email',
        actionKey: 'send-email',
        settings: {},
        conditions: PAGHIPER_PENDING_ONLY,
        mapping: {
          to: '{{ payer.email }}',
          subject: 'Your boleto for order {{ order_id }}',
          text: 'Hi {{ payer.name }},\n\nhere is your boleto of R$ {{ amount }}, due on {{ due_date }}:\n{{ boleto.url }}\n\nDigitable line: {{ boleto.digitable_line }}',
        },
        texts: {
          'pt-BR': {
            subject: 'Seu boleto do pedido {{ order_id }}',
            text: 'Olá {{ payer.name }},\n\naqui está seu boleto de R$ {{ amount }}, com vencimento em {{ due_date }}:\n{{ boleto.url }}\n\nLinha digitável: {{ boleto.digitable_line }}',
          },
          es: {
            subject: 'Tu boleto del pedido {{ order_id }}',
            text: 'Hola {{ payer.name }}:\n\naquí tienes tu boleto de R$ {{ amount }}, con vencimiento el {{ due_date }}:\n{{ boleto.url }}\n\nLínea digitable: {{ boleto.digitable_line }}',
          },
          uk: {
            subject: 'Ваш boleto для замовлення {{ order_id }}',
            text: 'Вітаємо, {{ payer.name }}!\n\nОсь ваш boleto на R$ {{ amount }}, термін оплати {{ due_date }}:\n{{ boleto.url }}\n\nЦифровий рядок: {{ boleto.digitable_line }}',
          },
          nb: {
            subject: 'Din boleto for bestilling {{ order_id }}',
            text: 'Hei {{ payer.name }},\n\nher er din boleto på R$ {{ amount }}, med forfall {{ due_date }}:\n{{ boleto.url }}\n\nDigital linje: {{ boleto.digitable_line }}',
          },
        },
      },
      {
        connectorKey: 'email',
        actionKey: 'send-email',
        settings: {},
        conditions: PAGHIPER_PENDING_ONLY,
        delay: {
          type: 'at',
          variable: 'due_date',
          offset: { amount: -1, unit: 'days' },
          timeOfDay: '09:00',
          timeZone: 'America/Sao_Paulo',
        },
        cancelWhen: PAGHIPER_CANCELLED_WHEN_PAID,
        mapping: {
          to: '{{ payer.email }}',
          subject: 'Reminder: your boleto is due tomorrow',
          text: 'Hi {{ payer.name }},\n\nyour boleto of R$ {{ amount }} for order {{ order_id }} is due tomorrow, {{ due_date }}. Pay it here:\n{{ boleto.url }}\n\nIf you have already paid, please ignore this message.',
        },
        texts: {
          'pt-BR': {
            subject: 'Lembrete: seu boleto vence amanhã',
            text: 'Olá {{ payer.name }},\n\nseu boleto de R$ {{ amount }} do pedido {{ order_id }} vence amanhã, {{ due_date }}. Pague aqui:\n{{ boleto.url }}\n\nSe você já pagou, desconsidere esta mensagem.',
          },
          es: {
            subject: 'Recordatorio: tu boleto vence mañana',
            text: 'Hola {{ payer.name }}:\n\ntu boleto de R$ {{ amount }} del pedido {{ order_id }} vence mañana, {{ due_date }}. Págalo aquí:\n{{ boleto.url }}\n\nSi ya pagaste, ignora este mensaje.',
          },
          uk: {
            subject: 'Нагадування: термін оплати boleto завтра',
            text: 'Вітаємо, {{ payer.name }}!\n\nТермін оплати вашого boleto на R$ {{ amount }} для замовлення {{ order_id }} спливає завтра, {{ due_date }}. Оплатіть тут:\n{{ boleto.url }}\n\nЯкщо ви вже оплатили, не зважайте на цей лист.',
          },
          nb: {
            subject: 'Påminnelse: boletoen din forfaller i morgen',
            text: 'Hei {{ payer.name }},\n\nboletoen din på R$ {{ amount }} for bestilling {{ order_id }} forfaller i morgen, {{ due_date }}. Betal her:\n{{ boleto.url }}\n\nHar du allerede betalt, kan du se bort fra denne meldingen.',
          },
        },
      },
      {
        connectorKey: 'email',
        actionKey: 'send-email',
        settings: {},
        conditions: PAGHIPER_PENDING_ONLY,
        delay: {
          type: 'at',
          variable: 'due_date',
          offset: { amount: 1, unit: 'days' },
          timeOfDay: '09:00',
          timeZone: 'America/Sao_Paulo',
        },
        cancelWhen: PAGHIPER_CANCELLED_WHEN_PAID,
        mapping: {
          to: '{{ payer.email }}',
          subject: 'Your boleto is overdue',
          text: 'Hi {{ payer.name }},\n\nwe have not received the payment of your boleto of R$ {{ amount }} for order {{ order_id }}, due on {{ due_date }}. You can still pay it here:\n{{ boleto.url }}',
        },
        texts: {
          'pt-BR': {
            subject: 'Seu boleto está vencido',
            text: 'Olá {{ payer.name }},\n\nainda não recebemos o pagamento do seu boleto de R$ {{ amount }} do pedido {{ order_id }}, vencido em {{ due_date }}. Você ainda pode pagá-lo aqui:\n{{ boleto.url }}',
          },
          es: {
            subject: 'Tu boleto está vencido',
            text: 'Hola {{ payer.name }}:\n\naún no recibimos el pago de tu boleto de R$ {{ amount }} del pedido {{ order_id }}, vencido el {{ due_date }}. Todavía puedes pagarlo aquí:\n{{ boleto.url }}',
          },
          uk: {
            subject: 'Термін оплати вашого boleto минув',
            text: 'Вітаємо, {{ payer.name }}!\n\nМи ще не отримали оплату вашого boleto на R$ {{ amount }} для замовлення {{ order_id }}, термін якого минув {{ due_date }}. Ви ще можете оплатити його тут:\n{{ boleto.url }}',
          },
          nb: {
            subject: 'Boletoen din har forfalt',
            text: 'Hei {{ payer.name }},\n\nvi har ikke mottatt betalingen for boletoen din på R$ {{ amount }} for bestilling {{ order_id }}, som forfalt {{ due_date }}. Du kan fortsatt betale her:\n{{ boleto.url }}',
          },
        },
      },
    ],
    trigger: { type: 'interval', minutes: 5 },
  },
  {
    key: 'sheets-row-portmone-invoice-email',
    name: 'New Google Sheets row → Portmone invoice by e-mail',
    description:
      'For each new row (columns Name, Email, Amount and, optionally, Description), create a Portmone invoice; Portmone’s step e-mails the payment link from the e-mail account you choose in it.',
    connectorKeys: ['google-sheets', 'portmone'],
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
        texts: {
          'pt-BR': {
            row: 'Pedido: {{ order_id }}\nNome: {{ payer.name }}\nE-mail: {{ payer.email }}\nValor: {{ amount }}\nPago em: {{ paid_date }}',
          },
          es: {
            row: 'Pedido: {{ order_id }}\nNombre: {{ payer.name }}\nCorreo: {{ payer.email }}\nImporte: {{ amount }}\nPagado el: {{ paid_date }}',
          },
          uk: {
            row: 'Замовлення: {{ order_id }}\nІм’я: {{ payer.name }}\nЕлектронна пошта: {{ payer.email }}\nСума: {{ amount }}\nОплачено: {{ paid_date }}',
          },
          nb: {
            row: 'Bestilling: {{ order_id }}\nNavn: {{ payer.name }}\nE-post: {{ payer.email }}\nBeløp: {{ amount }}\nBetalt: {{ paid_date }}',
          },
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
        texts: {
          'pt-BR': {
            subject: 'Seu recibo {{ transaction_reference }}',
            text: 'Olá {{ client.first_name }},\n\nrecebemos seu pagamento de {{ amount }} {{ currency }} (referência {{ transaction_reference }}).\n\nObrigado!',
          },
          es: {
            subject: 'Tu recibo {{ transaction_reference }}',
            text: 'Hola {{ client.first_name }}:\n\nrecibimos tu pago de {{ amount }} {{ currency }} (referencia {{ transaction_reference }}).\n\n¡Gracias!',
          },
          uk: {
            subject: 'Ваша квитанція {{ transaction_reference }}',
            text: 'Вітаємо, {{ client.first_name }}!\n\nМи отримали ваш платіж {{ amount }} {{ currency }} (референс {{ transaction_reference }}).\n\nДякуємо!',
          },
          nb: {
            subject: 'Kvitteringen din {{ transaction_reference }}',
            text: 'Hei {{ client.first_name }},\n\nvi har mottatt betalingen din på {{ amount }} {{ currency }} (referanse {{ transaction_reference }}).\n\nTakk!',
          },
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
        texts: {
          'pt-BR': {
            body: 'Olá {{ payer.first_name }}, seu pagamento de {{ payment.amount }} {{ payment.currency }} foi aprovado. Obrigado!',
          },
          es: {
            body: 'Hola {{ payer.first_name }}, tu pago de {{ payment.amount }} {{ payment.currency }} fue aprobado. ¡Gracias!',
          },
          uk: {
            body: 'Вітаємо, {{ payer.first_name }}! Ваш платіж {{ payment.amount }} {{ payment.currency }} підтверджено. Дякуємо!',
          },
          nb: {
            body: 'Hei {{ payer.first_name }}, betalingen din på {{ payment.amount }} {{ payment.currency }} er godkjent. Takk!',
          },
        },
      },
    ],
  },
];
