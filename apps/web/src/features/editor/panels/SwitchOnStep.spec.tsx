import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { connection, receiverStep, sourceStep } from '../canvas/__fixtures__/connection.fixture';
import { SwitchOnStep } from './SwitchOnStep';

describe(SwitchOnStep.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => api.uninstall());

  it('should list what is missing and offer no switch while set-up is unfinished', () => {
    const unfinished = connection([sourceStep], {
      enabled: false,
      setupProblems: [{ code: 'receiver.missing' }],
    });

    renderInApp(<SwitchOnStep connection={unfinished} />);

    expect(screen.getByText('Finish these first, then switch it on here:')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Add a receiver');
    expect(screen.queryByRole('button', { name: 'Switch on' })).not.toBeInTheDocument();
  });

  it('should switch a set-up connection on', async () => {
    const ready = connection([sourceStep, receiverStep('r1')], {
      enabled: false,
      setupProblems: [],
    });
    api.on('PATCH /api/connections/conn-1', { ...ready, enabled: true });
    api.on('GET /api/connections/conn-1', { ...ready, enabled: true });
    const { user } = renderInApp(<SwitchOnStep connection={ready} />);

    await user.click(screen.getByRole('button', { name: 'Switch on' }));

    expect(api.callsTo('PATCH /api/connections/conn-1')[0].body).toEqual({ enabled: true });
  });

  it('should ask about waiting calls first instead of switching on', async () => {
    const ready = connection([sourceStep, receiverStep('r1')], {
      enabled: false,
      setupProblems: [],
      lastInbound: {
        at: '2026-12-01T10:00:00.000Z',
        status: 'held',
        error: 'Held: the connection is switched off',
        total: 2,
        held: 2,
      },
    });
    const { user } = renderInApp(<SwitchOnStep connection={ready} />);

    await user.click(screen.getByRole('button', { name: 'Switch on' }));

    expect(api.callsTo('PATCH /api/connections/conn-1')).toEqual([]);
  });

  it('should say so when the connection is on', () => {
    renderInApp(<SwitchOnStep connection={connection([sourceStep, receiverStep('r1')])} />);

    expect(screen.getByRole('status')).toHaveTextContent('The connection is on');
  });
});
