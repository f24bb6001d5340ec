import type { ConnectorManifest } from '@fluxo/contracts';

/** The settings whose choices name the events a source starts on (PayT's, Mercado Pago's, …). */
const EVENT_FIELDS = new Set(['events', 'reminders']);

/**
 * An item's event as its source names it in the user's language ("approved" → "Finalizada/
 * Aprovada" in pt-BR), looked up in the sources' event choices; the raw value when none has it.
 */
export function eventLabelOf(event: string, connectors: readonly ConnectorManifest[] = []): string {
  for (const connector of connectors) {
    for (const source of connector.sources) {
      for (const field of source.fields) {
        if (!EVENT_FIELDS.has(field.key) || !('options' in field)) continue;
        const option = field.options?.find((choice) => choice.value === event);
        if (option) return option.label;
      }
    }
  }
  return event;
}
