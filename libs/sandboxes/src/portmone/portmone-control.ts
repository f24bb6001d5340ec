import { ControlError, type ControlRoute, controlRoute } from '../http';
import {
  type PortmoneDuplicateOrders,
  type PortmoneNotificationResult,
  type PortmonePayee,
  type PortmoneSandboxBill,
  str,
} from './portmone-resources';

/** What the control API drives: the sandbox's public helpers, also used by specs directly. */
export interface PortmoneControls {
  seedPayee(payee: PortmonePayee): void;
  seedBill(
    bill: Partial<PortmoneSandboxBill> & { payeeId: string; billAmount: string },
  ): PortmoneSandboxBill;
  listBills(): PortmoneSandboxBill[];
  setDuplicateOrders(mode: PortmoneDuplicateOrders): void;
  setBillStatus(
    shopBillId: string,
    status: string,
    options: { cardMask?: string; notifyUrl?: string },
  ): Promise<PortmoneNotificationResult | null>;
}

/** /__control/ of the Portmone sandbox: payees, bills and their status, duplicate-order mode. */
export function portmoneControlRoutes(sandbox: PortmoneControls): ControlRoute[] {
  return [
    controlRoute('POST', '/payees', async (call) => {
      const body = await call.json();
      if (!str(body.payeeId) || !str(body.login) || !str(body.password)) {
        throw new ControlError(400, 'payeeId, login and password are required');
      }
      const payee: PortmonePayee = {
        payeeId: str(body.payeeId),
        login: str(body.login),
        password: str(body.password),
        ...(str(body.signatureKey) ? { signatureKey: str(body.signatureKey) } : {}),
      };
      sandbox.seedPayee(payee);
      return [201, { payeeId: payee.payeeId }];
    }),
    controlRoute('GET', '/bills', () => [200, sandbox.listBills()]),
    controlRoute('POST', '/bills', async (call) => {
      const body = await call.json();
      if (!str(body.payeeId) || !str(body.billAmount)) {
        throw new ControlError(400, 'payeeId and billAmount are required');
      }
      return [
        201,
        sandbox.seedBill(
          body as Partial<PortmoneSandboxBill> & { payeeId: string; billAmount: string },
        ),
      ];
    }),
    controlRoute('POST', /\/bills\/([^/]+)\/status/, async (call) => {
      const [shopBillId] = call.params;
      const body = await call.json();
      let notification;
      try {
        notification = await sandbox.setBillStatus(shopBillId, str(body.status), {
          cardMask: str(body.cardMask) || undefined,
          notifyUrl: str(body.notifyUrl) || undefined,
        });
      } catch (error) {
        throw new ControlError(404, (error as Error).message);
      }
      const bill = sandbox.listBills().find((candidate) => candidate.shopBillId === shopBillId);
      return [200, { bill, notification }];
    }),
    controlRoute('POST', '/settings', async (call) => {
      const mode = str((await call.json()).duplicateOrders);
      if (mode !== 'reject' && mode !== 'same-link') {
        throw new ControlError(400, 'duplicateOrders must be "reject" or "same-link"');
      }
      sandbox.setDuplicateOrders(mode);
      return [200, { duplicateOrders: mode }];
    }),
  ];
}
