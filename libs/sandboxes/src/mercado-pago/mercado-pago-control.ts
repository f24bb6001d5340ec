import { ControlError, type ControlRoute, controlRoute } from '../http';
import type {
  MercadoPagoNotificationOptions,
  MercadoPagoNotificationRecord,
  MercadoPagoRecord,
} from './mercado-pago-resources';

type Fields = Partial<MercadoPagoRecord>;

/** What the control API drives: the sandbox's public helpers, also used by specs directly. */
export interface MercadoPagoControls {
  notifications(): MercadoPagoNotificationRecord[];
  createPayment(fields: Fields): MercadoPagoRecord;
  updatePayment(id: string, fields: Fields): MercadoPagoRecord;
  createPreapproval(fields: Fields): MercadoPagoRecord;
  updatePreapproval(id: string, fields: Fields): MercadoPagoRecord;
  createAuthorizedPayment(fields: Fields): MercadoPagoRecord;
  sendNotification(options: MercadoPagoNotificationOptions): Promise<MercadoPagoNotificationRecord>;
}

/** /__control/ of the Mercado Pago sandbox: create and change resources, send notifications. */
export function mercadoPagoControlRoutes(sandbox: MercadoPagoControls): ControlRoute[] {
  const fields = async (call: { json(): Promise<Record<string, unknown>> }) =>
    (await call.json()) as Partial<MercadoPagoRecord>;
  return [
    controlRoute('GET', '/notifications', () => [200, sandbox.notifications()]),
    controlRoute('POST', '/payments', async (call) => [
      201,
      sandbox.createPayment(await fields(call)),
    ]),
    controlRoute('PATCH', /\/payments\/([^/]+)/, async (call) => [
      200,
      sandbox.updatePayment(call.params[0], await fields(call)),
    ]),
    controlRoute('POST', '/preapprovals', async (call) => [
      201,
      sandbox.createPreapproval(await fields(call)),
    ]),
    controlRoute('PATCH', /\/preapprovals\/([^/]+)/, async (call) => [
      200,
      sandbox.updatePreapproval(call.params[0], await fields(call)),
    ]),
    controlRoute('POST', '/authorized-payments', async (call) => [
      201,
      sandbox.createAuthorizedPayment(await fields(call)),
    ]),
    controlRoute('POST', '/notifications', async (call) => {
      const options = (await call.json()) as unknown as MercadoPagoNotificationOptions;
      if (!options.url || options.dataId === undefined) {
        throw new ControlError(400, 'Send {"url": "...", "dataId": "..."}');
      }
      return [200, await sandbox.sendNotification(options)];
    }),
  ];
}
