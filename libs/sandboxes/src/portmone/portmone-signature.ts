import { createHmac } from 'node:crypto';

const hex = (value: string): string => Buffer.from(value, 'utf8').toString('hex');

/**
 * Portmone's createLinkPayment signature (official WooCommerce plugin): HMAC-SHA256 with the
 * payee's key over UPPER(payeeId + dt + HEX(shopOrderNumber) + billAmount) + UPPER(HEX(login)),
 * as upper-case hex.
 */
export function portmoneLinkSignature(
  fields: {
    payeeId: string;
    dt: string;
    shopOrderNumber: string;
    billAmount: string;
    login: string;
  },
  key: string,
): string {
  const message =
    `${fields.payeeId}${fields.dt}${hex(fields.shopOrderNumber)}${fields.billAmount}`.toUpperCase() +
    hex(fields.login).toUpperCase();
  return createHmac('sha256', key).update(message, 'utf8').digest('hex').toUpperCase();
}
