import type { ConnectorManifest, RunDetailDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { connection, sourceStep } from '@/features/editor/canvas/__fixtures__/connection.fixture';
import { RunDetailPage } from './RunDetailPage';

const LIST_FAILED =
  "PagHiper's {kind} list could not be read, so its changes wait for the next check: {reason}";

/** A polled source whose phrases are worded (as the API serves them in the user's language). */
const paghiper: ConnectorManifest = {
  key: 'paghiper',
  name: 'PagHiper',
  description: '',
  group: 'payment-gateways',
  logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  auth: null,
  sources: [
    {
      key: 'payment-status-changed',
      name: 'Payment status changed',
      description: '',
      kind: 'polling',
      fields: [],
    },
  ],
  receivers: [],
  phrases: { [LIST_FAILED]: 'The {kind} list of PagHiper was not read ({reason}).' },
};

const run: RunDetailDto = {
  id: 'run-1',
  connectionId: 'conn-1',
  cause: 'schedule',
  status: 'succeeded',
  itemsCount: 0,
  deliveriesOk: 0,
  deliveriesFailed: 0,
  deliveriesSkipped: 0,
  error: null,
  warnings: [
    "PagHiper's PIX list could not be read, so its changes wait for the next check: HTTP 503",
  ],
  causedByRunId: null,
  startedAt: '2026-12-07T10:00:00.000Z',
  finishedAt: '2026-12-07T10:00:01.000Z',
  items: [],
};

describe(RunDetailPage.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi()
      .on('GET /api/runs/run-1', run)
      .on(
        'GET /api/connections/conn-1',
        connection([
          { ...sourceStep, connectorKey: 'paghiper', actionKey: 'payment-status-changed' },
        ]),
      )
      .on('GET /api/connectors', [paghiper])
      .install();
  });

  afterEach(() => api.uninstall());

  it("should show what the read could not read, worded by the source's connector", async () => {
    renderInApp(<RunDetailPage />, {
      route: { path: '/connections/conn-1/runs/run-1', pattern: '/connections/:id/runs/:runId' },
    });

    expect(
      await screen.findByText('Part of the read failed; the rest was read and sent:'),
    ).toBeVisible();
    expect(
      await screen.findByText('The PIX list of PagHiper was not read (HTTP 503).'),
    ).toBeVisible();
  });
});
