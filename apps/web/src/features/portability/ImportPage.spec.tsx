import type { ImportPreviewDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { ImportPage } from './ImportPage';

const DOCUMENT = { format: 'fluxo.connections', formatVersion: 1, connections: [] };

const PREVIEW: ImportPreviewDto = {
  connections: [
    {
      ref: 'c1',
      name: 'Boletos to e-mail',
      source: 'paghiper',
      receivers: ['email'],
      chainDropped: false,
    },
    { ref: 'c2', name: 'Reminders', source: 'paghiper', receivers: ['email'], chainDropped: true },
  ],
  accounts: [
    {
      key: 'email/Shop mail',
      system: 'email',
      name: 'Shop mail',
      candidates: [
        { id: '11111111-1111-4111-8111-111111111111', name: 'Other mail' },
        { id: '22222222-2222-4222-8222-222222222222', name: 'Shop mail' },
      ],
      suggestedId: '22222222-2222-4222-8222-222222222222',
    },
  ],
};

const file = (text: string, name = 'fluxo-connections.json') =>
  new File([text], name, { type: 'application/json' });

describe(ImportPage.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
    api.on('GET /api/connectors', []);
  });

  afterEach(() => api.uninstall());

  it('should show what a file creates, suggest the account of the same name, and import with the choice', async () => {
    api.on('POST /api/portability/import/preview', PREVIEW).on('POST /api/portability/import', {
      status: 201,
      body: {
        created: [
          { ref: 'c1', id: 'new-1', name: 'Boletos to e-mail' },
          { ref: 'c2', id: 'new-2', name: 'Reminders' },
        ],
      },
    });
    const { user } = renderInApp(<ImportPage />);

    await user.upload(screen.getByLabelText('Exported file'), file(JSON.stringify(DOCUMENT)));
    expect(
      await screen.findByRole('heading', { name: 'This creates 2 connections' }),
    ).toBeVisible();
    expect(screen.getByText(/It ran after a connection that is not in the file/)).toBeVisible();
    const account = screen.getByLabelText('email account “Shop mail”');
    expect(account).toHaveValue('22222222-2222-4222-8222-222222222222');
    await user.selectOptions(account, 'Choose later in the editor');
    await user.click(screen.getByRole('button', { name: 'Import 2 connections' }));

    expect(await screen.findByText('2 connections imported, switched off:')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Reminders' })).toHaveAttribute(
      'href',
      '/connections/new-2',
    );
    expect(api.callsTo('POST /api/portability/import')[0].body).toEqual({
      document: DOCUMENT,
      accounts: { 'email/Shop mail': null },
    });
  });

  it('should say when a file is not JSON, or is an export of a newer Fluxo, without importing', async () => {
    api.on('POST /api/portability/import/preview', {
      status: 400,
      body: {
        statusCode: 400,
        code: 'IMPORT_FORMAT_NEWER',
        message:
          'This export was made by a newer Fluxo (format 3; this one reads up to 1): update Fluxo first',
      },
    });
    const { user } = renderInApp(<ImportPage />);

    await user.upload(screen.getByLabelText('Exported file'), file('not json', 'notes.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'notes.txt is not a JSON file: choose the file that “Export” made.',
    );
    await user.upload(screen.getByLabelText('Exported file'), file(JSON.stringify(DOCUMENT)));

    expect(
      await screen.findByText(
        'This file was made by a newer Fluxo (format 3): update this Fluxo first.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Import/ })).toBeNull();
    expect(api.callsTo('POST /api/portability/import')).toHaveLength(0);
  });
});
