import { type ControlRoute, controlRoute } from '../http';
import type {
  PagHiperKind,
  PagHiperNotificationRecord,
  PagHiperStatus,
  PagHiperTransaction,
} from './paghiper-resources';

/** What the control API drives: the sandbox's public helpers, also used by specs directly. */
export interface PagHiperControls {
  notifications(): PagHiperNotificationRecord[];
  listTransactions(): PagHiperTransaction[];
  createTransaction(
    fields: Partial<PagHiperTransaction> & { kind?: PagHiperKind },
  ): PagHiperTransaction;
  setStatus(id: string, status: PagHiperStatus): PagHiperTransaction;
  notify(id: string, options: { url?: string }): Promise<PagHiperNotificationRecord>;
}

/** /__control/ of the PagHiper sandbox: create charges, change their status, notify. */
export function pagHiperControlRoutes(sandbox: PagHiperControls): ControlRoute[] {
  return [
    controlRoute('GET', '/notifications', () => [200, sandbox.notifications()]),
    controlRoute('GET', '/transactions', () => [200, sandbox.listTransactions()]),
    controlRoute('POST', '/transactions', async (call) => [
      201,
      sandbox.createTransaction(
        (await call.json()) as Partial<PagHiperTransaction> & { kind?: PagHiperKind },
      ),
    ]),
    controlRoute('POST', /\/transactions\/([^/]+)\/status/, async (call) => {
      const [id] = call.params;
      const body = await call.json();
      const transaction = sandbox.setStatus(id, body['status'] as PagHiperStatus);
      if (!body['notify']) return [200, transaction];
      const url = typeof body['notify'] === 'string' ? body['notify'] : undefined;
      return [200, { transaction, notification: await sandbox.notify(id, { url }) }];
    }),
    controlRoute('POST', /\/transactions\/([^/]+)\/notify/, async (call) => [
      200,
      await sandbox.notify(call.params[0], (await call.json()) as { url?: string }),
    ]),
  ];
}
