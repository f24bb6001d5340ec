import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { connection, sourceStep } from '../canvas/__fixtures__/connection.fixture';
import { HeldCalls } from './HeldCalls';

const lastInbound = {
  at: '2026-12-01T10:00:00.000Z',
  status: 'held' as const,
  error: 'Held: the connection is switched off',
  total: 3,
  held: 3,
};

describe(HeldCalls.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => api.uninstall());

  it('should say how many calls wait, switch on and process them when asked', async () => {
    const off = connection([sourceStep], { enabled: false, lastInbound });
    api.on('PATCH /api/connections/conn-1', { ...off, enabled: true });
    api.on('POST /api/connections/conn-1/held-calls/process', { accepted: 2, rejected: 1 });
    api.on('GET /api/connections/conn-1', off);
    const onSettled = jest.fn();
    const { user } = renderInApp(
      <HeldCalls connection={off} switchingOn={false} onSettled={onSettled} />,
    );

    expect(screen.getByText('3 calls waiting.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Switch on and process them' }));

    expect(
      await screen.findByText('Waiting calls processed: 2 accepted, 1 refused.'),
    ).toBeInTheDocument();
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual(
      expect.arrayContaining([
        'PATCH /api/connections/conn-1',
        'POST /api/connections/conn-1/held-calls/process',
      ]),
    );
    expect(api.callsTo('PATCH /api/connections/conn-1')[0].body).toEqual({ enabled: true });
    expect(onSettled).toHaveBeenCalled();
  });

  it('should discard them without switching on a connection that is on already', async () => {
    const on = connection([sourceStep], { enabled: true, lastInbound });
    api.on('POST /api/connections/conn-1/held-calls/discard', { discarded: 3 });
    api.on('GET /api/connections/conn-1', on);
    const { user } = renderInApp(
      <HeldCalls connection={on} switchingOn={false} onSettled={jest.fn()} />,
    );

    await user.click(screen.getByRole('button', { name: 'Start from new ones' }));

    expect(await screen.findByRole('button', { name: 'Start from new ones' })).toBeEnabled();
    expect(api.callsTo('POST /api/connections/conn-1/held-calls/discard')).toHaveLength(1);
    expect(api.callsTo('PATCH /api/connections/conn-1')).toEqual([]);
  });

  it('should offer the key a held PayT call brings, masked, and save it when trusted', async () => {
    const off = connection([{ ...sourceStep, connectorKey: 'payt' }], {
      enabled: false,
      lastInbound,
    });
    api.on('GET /api/connections/conn-1/held-calls/key', {
      key: { eventId: 'evt-1', maskedKey: 'a3…18' },
    });
    api.on('POST /api/connections/conn-1/held-calls/trust-key', { accountId: 'acc-1' });
    api.on('GET /api/connections/conn-1', off);
    const { user } = renderInApp(
      <HeldCalls connection={off} switchingOn={false} onSettled={jest.fn()} />,
    );

    await user.click(await screen.findByRole('button', { name: /^Trust key a3…18 from this/ }));

    expect(api.callsTo('POST /api/connections/conn-1/held-calls/trust-key')[0].body).toEqual({
      eventId: 'evt-1',
    });
    expect(screen.queryByRole('button', { name: /^Trust key/ })).not.toBeInTheDocument();
  });

  it('should show nothing when no call waits', () => {
    const none = connection([sourceStep], { lastInbound: { ...lastInbound, held: 0 } });
    const { container } = renderInApp(
      <HeldCalls connection={none} switchingOn={false} onSettled={jest.fn()} />,
    );

    expect(container).toBeEmptyDOMElement();
  });
});
