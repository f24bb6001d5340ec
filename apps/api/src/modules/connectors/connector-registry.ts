import { Inject, Injectable, Optional } from '@nestjs/common';
import { emailConnector } from '@fluxo/connector-email';
import { formsConnector } from '@fluxo/connector-forms';
import { fygaroConnector } from '@fluxo/connector-fygaro';
import { paytConnector } from '@fluxo/connector-payt';
import { googleSheetsConnector } from '@fluxo/connector-google-sheets';
import { httpConnector } from '@fluxo/connector-http';
import { mercadoPagoConnector } from '@fluxo/connector-mercado-pago';
import { paghiperConnector } from '@fluxo/connector-paghiper';
import { portmoneConnector } from '@fluxo/connector-portmone';
import { smsTwilioConnector } from '@fluxo/connector-sms-twilio';
import {
  localizeManifest,
  toManifest,
  TRANSLATED_LOCALES,
  type ConnectorDefinition,
  type ConnectorLocale,
  type ReceiverDefinition,
  type SourceDefinition,
} from '@fluxo/connector-sdk';
import type { ConnectorManifest } from '@fluxo/contracts';
import { DomainError } from '../../common/domain-error';

/** Every connector Fluxo ships; adding one here is all it takes for the API and editor. */
export const BUILT_IN_CONNECTORS: readonly ConnectorDefinition[] = [
  formsConnector,
  googleSheetsConnector,
  emailConnector,
  smsTwilioConnector,
  httpConnector,
  portmoneConnector,
  paytConnector,
  fygaroConnector,
  mercadoPagoConnector,
  paghiperConnector,
];

/** Connectors added beside the built-in ones (tests register fixtures of the SDK here). */
export const EXTRA_CONNECTORS = Symbol('EXTRA_CONNECTORS');

/** The language asked for, when Fluxo speaks it; English otherwise. */
export function connectorLocaleOf(asked: unknown): ConnectorLocale {
  return (TRANSLATED_LOCALES as readonly unknown[]).includes(asked)
    ? (asked as ConnectorLocale)
    : 'en';
}

export class UnknownConnectorError extends DomainError {
  constructor(what: string) {
    super(400, 'UNKNOWN_CONNECTOR', `There is no ${what}`);
  }
}

@Injectable()
export class ConnectorRegistry {
  private readonly byKey = new Map<string, ConnectorDefinition>();
  private readonly manifests: ConnectorManifest[];
  /** Worked out once per language: manifests only change with a deploy. */
  private readonly localized = new Map<ConnectorLocale, ConnectorManifest[]>();

  constructor(@Optional() @Inject(EXTRA_CONNECTORS) extra: readonly ConnectorDefinition[] | null) {
    const all = [...BUILT_IN_CONNECTORS, ...(extra ?? [])];
    for (const connector of all) this.byKey.set(connector.key, connector);
    this.manifests = all.map(toManifest);
  }

  /** The manifests in English, the language the engine and the logs use. */
  list(): ConnectorManifest[] {
    return this.manifests;
  }

  /** The manifests as the editor shows them to a user reading `locale`. */
  listIn(locale: ConnectorLocale): ConnectorManifest[] {
    if (locale === 'en') return this.manifests;
    let manifests = this.localized.get(locale);
    if (!manifests) {
      manifests = this.manifests.map((manifest) =>
        localizeManifest(manifest, this.byKey.get(manifest.key)?.translations, locale),
      );
      this.localized.set(locale, manifests);
    }
    return manifests;
  }

  getOrThrow(key: string): ConnectorDefinition {
    const connector = this.byKey.get(key);
    if (!connector) throw new UnknownConnectorError(`system "${key}"`);
    return connector;
  }

  /** The source, or null when its connector or the source itself is gone. */
  findSource(connectorKey: string, sourceKey: string): SourceDefinition | null {
    return this.byKey.get(connectorKey)?.sources.find((s) => s.key === sourceKey) ?? null;
  }

  getSourceOrThrow(connectorKey: string, sourceKey: string): SourceDefinition {
    const source = this.getOrThrow(connectorKey).sources.find((s) => s.key === sourceKey);
    if (!source) throw new UnknownConnectorError(`source "${sourceKey}" in ${connectorKey}`);
    return source;
  }

  /** The receiver, or null when its connector or the action itself is gone. */
  findReceiver(connectorKey: string, receiverKey: string): ReceiverDefinition | null {
    return this.byKey.get(connectorKey)?.receivers.find((r) => r.key === receiverKey) ?? null;
  }

  getReceiverOrThrow(connectorKey: string, receiverKey: string): ReceiverDefinition {
    const receiver = this.getOrThrow(connectorKey).receivers.find((r) => r.key === receiverKey);
    if (!receiver) throw new UnknownConnectorError(`action "${receiverKey}" in ${connectorKey}`);
    return receiver;
  }
}
