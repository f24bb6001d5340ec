import type { ConnectionTemplateDto, ConnectorManifest } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { deferred, FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { connection } from '@/features/editor/canvas/__fixtures__/connection.fixture';
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
  ({
    key,
    name,
    logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    sources: [],
    receivers: [],
  }) as unknown as ConnectorManifest;

const USE = 'POST /api/templates/fygaro-payment-email-receipt/use';

function renderPicker() {
  return renderInApp(
    <Routes>
      <Route path="/" element={<TemplatePicker level={3} title="Or start from a template" />} />
      <Route path="/connections/:id" element={<h1>The editor</h1>} />
    </Routes>,
  );
}

describe(TemplatePicker.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi()
      .on('GET /api/templates', [template])
      .on('GET /api/connectors', [
        connector('fygaro', 'Fygaro'),
        connector('email', 'E-mail (SMTP)'),
      ])
      .install();
  });

  afterEach(() => api.uninstall());

  it('should name each template under the heading, with the systems it connects', async () => {
    renderPicker();

    const section = screen.getByRole('region', { name: 'Or start from a template' });
    expect(
      await within(section).findByRole('heading', {
        level: 4,
        name: 'Fygaro payment → e-mail receipt',
      }),
    ).toBeVisible();
    expect(within(section).getByText('From Fygaro to E-mail (SMTP)')).toBeInTheDocument();
    expect(
      within(section).getByRole('button', {
        name: 'Use this template: Fygaro payment → e-mail receipt',
      }),
    ).toBeEnabled();
  });

  it('should create the connection from the template and open it in the editor', async () => {
    const created = deferred<unknown>();
    api.on(USE, () => created.promise);
    const { user } = renderPicker();

    await user.click(
      await screen.findByRole('button', {
        name: 'Use this template: Fygaro payment → e-mail receipt',
      }),
    );

    expect(screen.getByRole('button', { name: /^Use this template/ })).toHaveTextContent(
      'Creating…',
    );
    expect(screen.getByRole('button', { name: /^Use this template/ })).toBeDisabled();
    created.resolve(connection([], { id: 'conn-new' }));
    expect(await screen.findByRole('heading', { name: 'The editor' })).toBeVisible();
    expect(api.callsTo(USE)[0].body).toEqual({ name: template.name, language: 'en' });
  });

  it('should offer nothing when no template can be used on this server', async () => {
    api.on('GET /api/connectors', [connector('email', 'E-mail (SMTP)')]);
    renderPicker();

    expect(screen.getByRole('status')).toHaveTextContent('Loading templates…');

    await waitFor(() => expect(screen.queryByRole('region')).not.toBeInTheDocument());
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(api.calls.map((c) => c.path).sort()).toEqual([
      '/api/connectors?locale=en',
      '/api/templates',
    ]);
  });
});
