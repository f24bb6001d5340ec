import type { ConnectionTemplateDto, ConnectorManifest } from '@fluxo/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from '@jest/globals';
import { connectorsQueryKey } from '../../connectors/api/connectors.api';
import { templatesQueryKey } from '../api/templates.api';
import { TemplatePicker } from './TemplatePicker';

const template: ConnectionTemplateDto = {
  key: 'fygaro-payment-email-receipt',
  name: 'Fygaro payment → e-mail receipt',
  description: 'Send the client a receipt by e-mail for every Fygaro payment.',
  connectorKeys: ['fygaro', 'email'],
  source: { connectorKey: 'fygaro', actionKey: 'payment-hook', settings: {} },
  receivers: [{ connectorKey: 'email', actionKey: 'send-email', settings: {}, mapping: {} }],
};

const connector = (key: string, name: string) =>
  ({ key, name, logoSvg: '<svg/>', sources: [], receivers: [] }) as unknown as ConnectorManifest;

function render(templates: ConnectionTemplateDto[], connectors: ConnectorManifest[]) {
  const client = new QueryClient();
  client.setQueryData(templatesQueryKey, templates);
  client.setQueryData(connectorsQueryKey, connectors);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <TemplatePicker level={3} title="Or start from a template" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe(TemplatePicker.name, () => {
  it('should name each template, its systems and a button that says which one it uses', () => {
    const html = render(
      [template],
      [connector('fygaro', 'Fygaro'), connector('email', 'E-mail (SMTP)')],
    );

    expect(html).toContain('<h3');
    expect(html).toContain('<h4 class="template__name">Fygaro payment → e-mail receipt</h4>');
    expect(html).toContain('From Fygaro to E-mail (SMTP)');
    expect(html).toContain('aria-label="Use this template: Fygaro payment → e-mail receipt"');
    expect(html.match(/<img/g)).toHaveLength(2);
  });

  it('should render nothing when no template can be used on this server', () => {
    expect(render([template], [connector('email', 'E-mail (SMTP)')])).toBe('');
  });
});
