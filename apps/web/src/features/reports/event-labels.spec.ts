import type { ConnectorManifest } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { eventLabelOf } from './event-labels';

const payt: ConnectorManifest = {
  key: 'payt',
  name: 'PayT',
  description: '',
  group: 'payment-gateways',
  logoSvg: '',
  auth: null,
  sources: [
    {
      key: 'postback',
      name: 'Novo postback da PayT',
      description: '',
      kind: 'instant',
      fields: [
        {
          key: 'events',
          label: 'Eventos',
          type: 'multi-select',
          required: true,
          options: [
            { value: 'approved', label: 'Finalizada/Aprovada' },
            { value: 'abandoned-checkout', label: 'Abandono de checkout' },
          ],
        },
        {
          key: 'reminders',
          label: 'Também iniciar em',
          type: 'multi-select',
          required: false,
          options: [{ value: 'overdue', label: 'Boleto vencido' }],
        },
        {
          key: 'currency',
          label: 'Moeda',
          type: 'select',
          required: false,
          options: [{ value: 'paid', label: 'not an event' }],
        },
      ],
    },
  ],
  receivers: [],
};

describe(eventLabelOf.name, () => {
  it("should name an event as its source's choices do, in the served language", () => {
    expect(eventLabelOf('approved', [payt])).toBe('Finalizada/Aprovada');
    expect(eventLabelOf('overdue', [payt])).toBe('Boleto vencido');
  });

  it('should keep an event no source names, and ignore choices that are not events', () => {
    expect(eventLabelOf('subscription_renewed', [payt])).toBe('subscription_renewed');
    expect(eventLabelOf('paid', [payt])).toBe('paid');
    expect(eventLabelOf('approved')).toBe('approved');
  });
});
