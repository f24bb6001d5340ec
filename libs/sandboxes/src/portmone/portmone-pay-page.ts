import type { ServerResponse } from 'node:http';
import { escapeHtml, type PortmoneSandboxBill, sendHtml } from './portmone-resources';

/**
 * The stub payment page behind a bill's link: GET shows the bill with Pay and Decline, POST
 * settles it (through `settle`) and sends the payer back to the shop's success or failure URL.
 */
export function servePayPage(
  bill: PortmoneSandboxBill | undefined,
  method: string,
  raw: string,
  response: ServerResponse,
  settle: (status: 'PAYED' | 'REJECTED') => void,
): void {
  if (!bill) return sendHtml(response, 404, 'This payment link is not known');
  if (method === 'POST') {
    const declined = new URLSearchParams(raw).get('outcome') === 'decline';
    settle(declined ? 'REJECTED' : 'PAYED');
    const back = declined ? bill.failureUrl : bill.successUrl;
    if (back) {
      const target = new URL(back);
      target.searchParams.set('SHOPORDERNUMBER', bill.shopOrderNumber);
      target.searchParams.set('RESULT', declined ? '1' : '0');
      response.writeHead(303, { location: target.toString() }).end();
      return;
    }
    return sendHtml(response, 200, `Bill ${bill.shopBillId} is now ${bill.status}`);
  }
  return sendHtml(
    response,
    200,
    `<h1>Portmone sandbox</h1><p>${escapeHtml(bill.description)}</p>` +
      `<p>${escapeHtml(bill.billAmount)} ${escapeHtml(bill.billCurrency)} · order ` +
      `${escapeHtml(bill.shopOrderNumber)} · ${escapeHtml(bill.status)}</p>` +
      '<form method="post"><button name="outcome" value="pay">Pay</button> ' +
      '<button name="outcome" value="decline">Decline</button></form>',
  );
}
