import { describe, expect, it } from '@jest/globals';
import {
  connection,
  connectors,
  receiverStep,
  sourceStep,
} from '../editor/canvas/__fixtures__/connection.fixture';
import { storeChecklist } from './store-checklist';

describe(storeChecklist.name, () => {
  it('should be all green for a connection that is on, set up, heard from and delivering', () => {
    const working = connection([sourceStep, receiverStep('r1')], {
      setupProblems: [],
      lastInbound: {
        at: '2026-12-04T10:00:00Z',
        status: 'accepted',
        error: null,
        total: 3,
        held: 0,
      },
      lastRun: { id: 'run-1', status: 'succeeded', startedAt: '2026-12-04T10:00:01Z' },
    });

    expect(storeChecklist(working, connectors).every((line) => line.ok)).toBe(true);
  });

  it('should say what to do for each red line', () => {
    const broken = connection([sourceStep, receiverStep('r1')], {
      enabled: false,
      setupProblems: [{ code: 'receiver.missing' }],
      lastInbound: {
        at: '2026-12-04T10:00:00Z',
        status: 'rejected',
        error: 'Bad signature',
        total: 1,
        held: 0,
      },
      lastRun: { id: 'run-1', status: 'partial', startedAt: '2026-12-04T10:00:01Z' },
    });

    expect(storeChecklist(broken, connectors)).toEqual([
      { check: 'on', ok: false, todo: 'switchOn' },
      { check: 'setUp', ok: false },
      { check: 'event', ok: false, todo: 'refused', reason: 'Bad signature' },
      { check: 'delivery', ok: false, todo: 'deliveryFailed' },
    ]);
  });

  it('should wait for the first event, and count held calls as not heard yet', () => {
    const waiting = connection([sourceStep], { lastInbound: null, setupProblems: [] });
    const holding = connection([sourceStep], {
      setupProblems: [],
      lastInbound: { at: '2026-12-04T10:00:00Z', status: 'held', error: null, total: 2, held: 2 },
    });

    expect(storeChecklist(waiting, connectors)).toContainEqual({
      check: 'event',
      ok: false,
      todo: 'waitingFirst',
    });
    expect(storeChecklist(holding, connectors)).toContainEqual({
      check: 'event',
      ok: false,
      todo: 'held',
    });
  });

  it('should check the last poll of a polled source instead of calls', () => {
    const sheets = {
      ...connectors[0],
      key: 'sheets',
      sources: [
        { key: 'rows', name: 'Rows', description: '', kind: 'polling' as const, fields: [] },
      ],
    };
    const polled = (lastPolledAt: string | null, status: 'succeeded' | 'failed') =>
      connection(
        [{ ...sourceStep, connectorKey: 'sheets', actionKey: 'rows' }, receiverStep('r1')],
        {
          setupProblems: [],
          polling: {
            startFrom: { mode: 'new' },
            cursor: null,
            baselineTaken: true,
            emptyPolls: 0,
            lastPolledAt,
          },
          lastRun: { id: 'run-1', status, startedAt: '2026-12-04T10:00:01Z' },
        },
      );

    expect(storeChecklist(polled(null, 'succeeded'), [sheets])).toContainEqual({
      check: 'poll',
      ok: false,
      todo: 'neverPolled',
    });
    expect(storeChecklist(polled('2026-12-04T10:00:00Z', 'failed'), [sheets])).toContainEqual({
      check: 'poll',
      ok: false,
      todo: 'pollFailed',
    });
    expect(storeChecklist(polled('2026-12-04T10:00:00Z', 'succeeded'), [sheets])).toContainEqual({
      check: 'poll',
      ok: true,
    });
  });
});
