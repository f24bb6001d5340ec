import type { SendQueueDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { SendQueuePage } from './SendQueuePage';

const QUEUE = 'GET /api/send-queue';

const queue = (overrides: Partial<SendQueueDto> = {}): SendQueueDto => ({
  waiting: 2,
  counts: { later: 1, due: 0, paused: 1, cancelledToday: 3 },
  sends: [
    {
      deliveryId: 'd-1',
      runId: 'run-1',
      connectionId: 'conn-1',
      connectionName: 'Reminders',
      stepId: 'st-1',
      connectorKey: 'email',
      sendAt: '2026-12-08T09:00:00.000Z',
      to: 'ana@example.com',
      item: 'email: ana@example.com',
      paused: false,
    },
    {
      deliveryId: 'd-2',
      runId: 'run-2',
      connectionId: 'conn-2',
      connectionName: 'Boleto reminders',
      stepId: 'st-2',
      connectorKey: 'email',
      sendAt: '2026-12-09T09:00:00.000Z',
      to: 'bia@example.com',
      item: 'email: bia@example.com',
      paused: true,
    },
  ],
  ...overrides,
});

describe(SendQueuePage.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install().on('GET /api/connectors', []).on(QUEUE, queue());
  });

  afterEach(() => api.uninstall());

  it('should count the sends in each state and say which ones wait for their connection', async () => {
    renderInApp(<SendQueuePage />);

    const counts = await screen.findByRole('list', { name: 'Sends by state' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '1 Waiting',
      '0 Going out now',
      '1 Paused, connection off',
      '3 Cancelled in the last 24 hours',
    ]);
    const [, first, second] = screen.getAllByRole('row');
    expect(within(first).queryByText(/Paused: its connection is off/)).toBeNull();
    expect(within(second).getByText(/Paused: its connection is off/)).toBeInTheDocument();
  });

  it('should offer to undo a cancel, and put the send back when asked', async () => {
    api.on('POST /api/send-queue/d-1/cancel', { status: 204 });
    api.on('POST /api/send-queue/d-1/restore', { status: 204 });
    const { user } = renderInApp(<SendQueuePage />);

    await user.click(
      await screen.findByRole('button', { name: 'Cancel the send: email: ana@example.com' }),
    );
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect(await screen.findByText(/Send cancelled: email: ana@example.com/)).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Undo cancelling: email: ana@example.com' }),
    );

    expect(
      await screen.findByText('Send back in the queue: email: ana@example.com'),
    ).toBeInTheDocument();
    expect(api.callsTo('POST /api/send-queue/d-1/restore')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
  });
});
