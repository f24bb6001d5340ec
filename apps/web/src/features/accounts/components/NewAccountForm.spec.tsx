import type { ConnectorManifest, FieldDefinition } from '@fluxo/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from '@jest/globals';
import { NewAccountForm } from './NewAccountForm';

const authType = (value: string): FieldDefinition => ({
  key: 'authType',
  label: 'Sign-in method',
  type: 'select',
  required: true,
  default: value,
  options: [
    { value: 'oauth2', label: 'Sign in with Google' },
    { value: 'serviceAccount', label: 'Service-account key' },
  ],
});
const serviceKey: FieldDefinition = {
  key: 'serviceAccountKey',
  label: 'Service-account key (JSON)',
  type: 'textarea',
  required: true,
  secret: true,
  showWhen: { field: 'authType', equals: ['serviceAccount'] },
};

const sheets = (defaultAuth: string): ConnectorManifest => ({
  key: 'google-sheets',
  name: 'Google Sheets',
  description: '',
  group: 'spreadsheets',
  logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  auth: { fields: [authType(defaultAuth), serviceKey], oauth2: true },
  sources: [],
  receivers: [],
});

const render = (connector: ConnectorManifest) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <NewAccountForm connector={connector} onConnected={() => undefined} />
      </MemoryRouter>
    </QueryClientProvider>,
  );

describe(NewAccountForm.name, () => {
  it('should offer the vendor sign-in and hide manual keys while OAuth2 is chosen', () => {
    const html = render(sheets('oauth2'));

    expect(html).toContain('Sign in with Google Sheets');
    expect(html).not.toContain('Save and check connection');
    expect(html).not.toContain('Service-account key (JSON)');
  });

  it('should show the manual key and the check button when the key is chosen', () => {
    const html = render(sheets('serviceAccount'));

    expect(html).toContain('Service-account key (JSON)');
    expect(html).toContain('Save and check connection');
    expect(html).not.toContain('Sign in with Google Sheets');
  });
});
