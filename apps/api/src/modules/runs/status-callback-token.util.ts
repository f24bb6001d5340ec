import { createHmac } from 'node:crypto';
import { safeEqual } from '@fluxo/connector-sdk';

/**
 * A delivery's status-callback URL names the delivery and carries a MAC of its id, so nobody
 * can report a status for a delivery they did not get the URL of (the vendor's own signature
 * is checked as well).
 */
export function statusCallbackPath(deliveryId: string, key: Buffer): string {
  return `/hooks/status/${deliveryId}/${macOf(deliveryId, key)}`;
}

export function isStatusCallbackMacValid(deliveryId: string, mac: string, key: Buffer): boolean {
  return safeEqual(mac, macOf(deliveryId, key));
}

function macOf(deliveryId: string, key: Buffer): string {
  return createHmac('sha256', key)
    .update(`delivery-status:${deliveryId}`)
    .digest('base64url')
    .slice(0, 32);
}
