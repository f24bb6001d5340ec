import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ConnectorContextFactory } from '../connectors/connector-context.factory';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { DeliveryLedger } from '../runs/delivery.ledger';
import { isStatusCallbackMacValid } from '../runs/status-callback-token.util';
import {
  asHookError,
  inboundRequestOrThrow,
  storedHeaders,
  type RawHookCall,
} from './inbound-call';
import { storableJson } from './storable-json';

interface DeliveryTarget {
  workspace_id: string;
  connection_id: string;
  connector_key: string;
  action_key: string;
  account_id: string | null;
}

/**
 * A vendor's later word on a sent message (Twilio's StatusCallback): stored like any inbound
 * call, checked with the receiver's own signature rule, then kept on the delivery.
 */
@Injectable()
export class DeliveryStatusService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
    private readonly contexts: ConnectorContextFactory,
    private readonly deliveries: DeliveryLedger,
  ) {}

  async receive(deliveryId: string, mac: string, call: RawHookCall): Promise<{ updated: boolean }> {
    if (!isStatusCallbackMacValid(deliveryId, mac, this.config.encryptionKey)) {
      throw new NotFoundError('The delivery');
    }
    const [target]: DeliveryTarget[] = await this.dataSource.query(
      `SELECT d.workspace_id, r.connection_id, s.connector_key, s.action_key, s.account_id
         FROM delivery d JOIN run r ON r.id = d.run_id JOIN step s ON s.id = d.step_id
        WHERE d.id = $1`,
      [deliveryId],
    );
    if (!target) throw new NotFoundError('The delivery');
    const headers = storedHeaders(call);
    const contentType = headers['content-type'] ?? '';
    const eventId = randomUUID();
    const store = (status: 'accepted' | 'rejected', error: string | null) =>
      this.dataSource.query(
        `INSERT INTO inbound_event (id, workspace_id, connection_id, method, headers, query, content_type, body, status, error, kind)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'status-callback')`,
        [
          eventId,
          target.workspace_id,
          target.connection_id,
          call.method,
          headers,
          storableJson(call.query),
          contentType,
          call.body,
          status,
          error,
        ],
      );
    try {
      const handler = this.registry.getReceiverOrThrow(
        target.connector_key,
        target.action_key,
      ).statusCallback;
      if (!handler) throw new DomainError(404, 'NO_STATUS_CALLBACK', 'This step reports no status');
      const request = await inboundRequestOrThrow(call);
      const credentials = await this.contexts.credentialsOf(
        target.workspace_id,
        this.registry.getOrThrow(target.connector_key),
        target.account_id,
      );
      try {
        handler.verify(request, credentials);
      } catch (error) {
        throw asHookError(error);
      }
      const update = handler.parse(request);
      await store('accepted', null);
      if (!update) return { updated: false };
      const updated = await this.deliveries.recordVendorStatus(deliveryId, {
        status: update.status,
        vendorStatus: update.vendorStatus,
        errorCode: update.errorCode ?? null,
        errorMessage: update.errorMessage ?? null,
        at: new Date().toISOString(),
      });
      return { updated };
    } catch (error) {
      if (error instanceof DomainError) await store('rejected', error.message);
      throw error;
    }
  }
}
