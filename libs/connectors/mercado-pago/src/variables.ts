import { numberOf, recordAt, textOrNull } from '@fluxo/connector-sdk';

// The variables a shop owner maps, read from what Mercado Pago's API answers.

type Json = Record<string, unknown>;
const cents = (amount: number | null) => (amount === null ? null : Math.round(amount * 100));
const joined = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ') || null;

function phoneText(phone: Json): string | null {
  return joined(textOrNull(phone['area_code']), textOrNull(phone['number'])) ?? null;
}

/** A payment's variables: the names a shop owner maps (payment.*, payer.*, items). */
export function paymentVariables(payment: Json): Json {
  const payer = recordAt(payment['payer']);
  const extra = recordAt(payment['additional_info']);
  const extraPayer = recordAt(extra['payer']);
  const identification = recordAt(payer['identification']);
  const firstName = textOrNull(payer['first_name']) ?? textOrNull(extraPayer['first_name']);
  const lastName = textOrNull(payer['last_name']) ?? textOrNull(extraPayer['last_name']);
  const amount = numberOf(payment['transaction_amount']);
  const refunded = numberOf(payment['transaction_amount_refunded']) ?? 0;
  const items = Array.isArray(extra['items']) ? (extra['items'] as unknown[]) : [];
  return {
    payment: {
      id: textOrNull(payment['id']),
      status: textOrNull(payment['status']),
      status_detail: textOrNull(payment['status_detail']),
      amount,
      amount_cents: cents(amount),
      amount_refunded: refunded,
      currency: textOrNull(payment['currency_id']),
      description: textOrNull(payment['description']),
      external_reference: textOrNull(payment['external_reference']),
      payment_method: textOrNull(payment['payment_method_id']),
      payment_type: textOrNull(payment['payment_type_id']),
      installments: numberOf(payment['installments']),
      date_created: textOrNull(payment['date_created']),
      date_approved: textOrNull(payment['date_approved']),
      date_last_updated: textOrNull(payment['date_last_updated']),
      live_mode: payment['live_mode'] ?? null,
    },
    payer: {
      name: joined(firstName, lastName),
      first_name: firstName,
      last_name: lastName,
      email: textOrNull(payer['email']),
      phone: phoneText(recordAt(payer['phone'])) ?? phoneText(recordAt(extraPayer['phone'])),
      identification: {
        type: textOrNull(identification['type']),
        number: textOrNull(identification['number']),
      },
    },
    items: items.map((raw) => {
      const item = recordAt(raw);
      return {
        id: textOrNull(item['id']),
        title: textOrNull(item['title']),
        description: textOrNull(item['description']),
        quantity: numberOf(item['quantity']),
        unit_price: numberOf(item['unit_price']),
      };
    }),
  };
}

export function subscriptionVariables(preapproval: Json): Json {
  const recurring = recordAt(preapproval['auto_recurring']);
  const amount = numberOf(recurring['transaction_amount']);
  return {
    subscription: {
      id: textOrNull(preapproval['id']),
      status: textOrNull(preapproval['status']),
      reason: textOrNull(preapproval['reason']),
      external_reference: textOrNull(preapproval['external_reference']),
      amount,
      amount_cents: cents(amount),
      currency: textOrNull(recurring['currency_id']),
      frequency: numberOf(recurring['frequency']),
      frequency_type: textOrNull(recurring['frequency_type']),
      payment_method: textOrNull(preapproval['payment_method_id']),
      next_payment_date: textOrNull(preapproval['next_payment_date']),
      date_created: textOrNull(preapproval['date_created']),
      last_modified: textOrNull(preapproval['last_modified']),
      link: textOrNull(preapproval['init_point']),
    },
    payer: {
      id: textOrNull(preapproval['payer_id']),
      email: textOrNull(preapproval['payer_email']),
    },
  };
}

export function subscriptionPaymentVariables(charge: Json): Json {
  const payment = recordAt(charge['payment']);
  const amount = numberOf(charge['transaction_amount']);
  return {
    subscription_payment: {
      id: textOrNull(charge['id']),
      subscription_id: textOrNull(charge['preapproval_id']),
      status: textOrNull(charge['status']),
      result: textOrNull(charge['summarized']),
      reason: textOrNull(charge['reason']),
      external_reference: textOrNull(charge['external_reference']),
      amount,
      amount_cents: cents(amount),
      currency: textOrNull(charge['currency_id']),
      debit_date: textOrNull(charge['debit_date']),
      retry_attempt: numberOf(charge['retry_attempt']),
      date_created: textOrNull(charge['date_created']),
      payment_id: textOrNull(payment['id']),
      payment_status: textOrNull(payment['status']),
      payment_status_detail: textOrNull(payment['status_detail']),
    },
  };
}
