import type { ConnectorManifest, Trigger, TriggerPreviewDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { formatPlannedTime } from '@/app/ui/format';
import { FakeApi, type ApiCall } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { connection } from '../canvas/__fixtures__/connection.fixture';
import { AutoUpdatePanel } from './AutoUpdatePanel';

const sheets: ConnectorManifest = {
  key: 'google-sheets',
  name: 'Google Sheets',
  description: '',
  group: 'spreadsheets',
  logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  auth: null,
  sources: [{ key: 'new-rows', name: 'New rows', description: '', kind: 'polling', fields: [] }],
  receivers: [],
};

const polledConnection = (trigger: Trigger) =>
  connection(
    [
      {
        id: 'st-source',
        role: 'source',
        connectorKey: 'google-sheets',
        actionKey: 'new-rows',
        accountId: 'acc-1',
        settings: {},
        mapping: {},
        position: { x: 0, y: 0 },
      },
    ],
    {
      trigger,
      hookPath: null,
      polling: {
        startFrom: { mode: 'new' },
        cursor: null,
        baselineTaken: true,
        emptyPolls: 0,
        lastPolledAt: null,
      },
    },
  );

const PREVIEW = 'POST /api/connections/conn-1/trigger-preview';
const NOW = Date.parse('2026-12-04T10:00:00.000Z');

/** What Fluxo's scheduler would answer: an interval's next run counts from NOW. */
function schedulerPreview({ body }: ApiCall): TriggerPreviewDto {
  const { trigger } = body as { trigger: Trigger };
  if (trigger.type === 'interval')
    return { nextRunAt: new Date(NOW + trigger.minutes * 60_000).toISOString(), errors: [] };
  if (trigger.type === 'schedule' && trigger.times.includes('02:30'))
    return {
      nextRunAt: null,
      errors: [{ field: 'trigger.times.0', message: '02:30 does not happen that night' }],
    };
  return { nextRunAt: null, errors: [] };
}

describe(AutoUpdatePanel.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().on('GET /api/connections', []).on(PREVIEW, schedulerPreview).install();
  });

  afterEach(() => api.uninstall());

  it('should show the next run of the saved schedule', async () => {
    renderInApp(
      <AutoUpdatePanel
        connection={polledConnection({ type: 'interval', minutes: 15 })}
        connectors={[sheets]}
      />,
    );

    const next = formatPlannedTime('2026-12-04T10:15:00.000Z');
    expect(await screen.findByText(`Next run: ${next}`)).toBeInTheDocument();
    expect(screen.queryByText('If you save now.')).not.toBeInTheDocument();
  });

  it('should show the run the scheduler holds, as the header does, while the saved trigger is unchanged', async () => {
    renderInApp(
      <AutoUpdatePanel
        connection={{
          ...polledConnection({ type: 'interval', minutes: 15 }),
          enabled: true,
          nextRunAt: '2026-12-04T09:58:00.000Z',
        }}
        connectors={[sheets]}
      />,
    );

    const held = formatPlannedTime('2026-12-04T09:58:00.000Z');
    expect(await screen.findByText(`Next run: ${held}`)).toBeInTheDocument();
  });

  it('should work out the next run again when the user picks another interval', async () => {
    const { user } = renderInApp(
      <AutoUpdatePanel
        connection={polledConnection({ type: 'interval', minutes: 15 })}
        connectors={[sheets]}
      />,
    );
    await screen.findByText(/^Next run: /);

    await user.selectOptions(screen.getByLabelText('How often'), 'Every hour');

    const next = formatPlannedTime('2026-12-04T11:00:00.000Z');
    expect(await screen.findByText(`Next run: ${next}`)).toBeInTheDocument();
    expect(screen.getByText('If you save now.')).toBeInTheDocument();
    expect(api.callsTo(PREVIEW).at(-1)?.body).toEqual({
      trigger: { type: 'interval', minutes: 60 },
    });
  });

  it('should say a chained connection runs when the chosen one finishes', async () => {
    api.on('GET /api/connections', [
      { ...polledConnection({ type: 'manual' }), id: 'conn-orders', name: 'Orders' },
    ]);
    const { user } = renderInApp(
      <AutoUpdatePanel
        connection={polledConnection({ type: 'interval', minutes: 15 })}
        connectors={[sheets]}
      />,
    );
    await screen.findByText(/^Next run: /);

    await user.click(screen.getByRole('radio', { name: 'Only after another connection' }));
    await user.selectOptions(await screen.findByLabelText('Run after'), 'Orders');

    expect(
      await screen.findByText('Next run: when the other connection finishes'),
    ).toBeInTheDocument();
    expect(api.callsTo(PREVIEW).at(-1)?.body).toMatchObject({
      trigger: { type: 'after', connectionId: 'conn-orders' },
    });
  });

  it("should show the scheduler's objection to a time instead of a next run", async () => {
    renderInApp(
      <AutoUpdatePanel
        connection={polledConnection({
          type: 'schedule',
          times: ['02:30'],
          timezone: 'Europe/Kyiv',
        })}
        connectors={[sheets]}
      />,
    );

    expect(await screen.findByText('02:30 does not happen that night')).toBeInTheDocument();
    expect(screen.queryByText(/^Next run: /)).not.toBeInTheDocument();
  });
});
