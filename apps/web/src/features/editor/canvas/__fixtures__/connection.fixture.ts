import type { ConnectionDto, ConnectorManifest, StepDto } from '@fluxo/contracts';

export const formsConnector: ConnectorManifest = {
  key: 'forms',
  name: 'Web form',
  description: 'Receive form submissions',
  group: 'forms',
  logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  auth: null,
  sources: [
    { key: 'new-submission', name: 'New submission', description: '', kind: 'instant', fields: [] },
  ],
  receivers: [],
};

export const emailConnector: ConnectorManifest = {
  key: 'email',
  name: 'E-mail (SMTP)',
  description: 'Send e-mails',
  group: 'email',
  logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  auth: {
    fields: [{ key: 'host', label: 'SMTP host', type: 'text', required: true }],
  },
  sources: [],
  receivers: [
    {
      key: 'send-email',
      name: 'Send an e-mail',
      description: '',
      fields: [
        { key: 'to', label: 'To', type: 'email', required: true },
        { key: 'subject', label: 'Subject', type: 'text', required: true },
        { key: 'text', label: 'Text body', type: 'textarea', required: false },
      ],
    },
  ],
};

export const connectors = [formsConnector, emailConnector];

export const sourceStep: StepDto = {
  id: 'st-source',
  role: 'source',
  connectorKey: 'forms',
  actionKey: 'new-submission',
  accountId: null,
  settings: {},
  mapping: {},
  position: { x: 0, y: 0 },
};

export const receiverStep = (id: string, overrides: Partial<StepDto> = {}): StepDto => ({
  id,
  role: 'receiver',
  connectorKey: 'email',
  actionKey: 'send-email',
  accountId: 'acc-1',
  settings: {},
  mapping: { to: '{{ email }}', subject: 'Thanks, {{ name }}' },
  position: { x: 0, y: 0 },
  ...overrides,
});

export const connection = (
  steps: StepDto[],
  overrides: Partial<ConnectionDto> = {},
): ConnectionDto => ({
  id: 'conn-1',
  name: 'My connection',
  enabled: true,
  trigger: { type: 'instant' },
  nextRunAt: null,
  hookPath: '/hooks/abc',
  steps,
  polling: null,
  consecutiveFailures: 0,
  disabledReason: null,
  lastRun: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...overrides,
});
