import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { ReportsPage } from './ReportsPage';

const counts = (sent: number, failed = 0) => ({
  sent,
  failed,
  skipped: 0,
  cancelled: 0,
  waiting: 0,
});

describe(ReportsPage.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
    api.on('GET /api/connections', [{ id: 'c1', name: 'Sales', enabled: true, steps: [] }]);
  });

  afterEach(() => api.uninstall());

  it('should show the totals, the sends by event and a CSV of the same range', async () => {
    api.on('GET /api/reports/deliveries', {
      from: '2026-11-05',
      to: '2026-12-04',
      days: [{ day: '2026-12-04', ...counts(3, 1) }],
      events: [
        { event: 'approved', ...counts(2, 1) },
        { event: '', ...counts(1) },
      ],
      totals: counts(3, 1),
    });

    renderInApp(<ReportsPage />);

    const sent = await screen.findByText('Sent', { selector: 'dt' });
    expect(sent.nextElementSibling).toHaveTextContent('3');
    const byEvent = screen.getByRole('table', { name: 'By event' });
    expect(within(byEvent).getByRole('rowheader', { name: 'approved' })).toBeInTheDocument();
    expect(within(byEvent).getByRole('rowheader', { name: '(no event)' })).toBeInTheDocument();
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    // Days are counted on the reader's clock, in the CSV as on the page.
    const zone = encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(csv.getAttribute('href')).toMatch(
      new RegExp(
        `^/api/reports/deliveries\\.csv\\?from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}&timezone=${zone}$`,
      ),
    );
  });

  it('should ask again for one connection, and say when nothing happened', async () => {
    api.on('GET /api/reports/deliveries', {
      from: '2026-11-05',
      to: '2026-12-04',
      days: [],
      events: [],
      totals: counts(0),
    });
    const { user } = renderInApp(<ReportsPage />);

    await screen.findByText('Nothing was sent, skipped or planned in these days.');
    await screen.findByRole('option', { name: 'Sales' });
    await user.selectOptions(screen.getByLabelText('Connection'), 'c1');

    expect(api.calls.at(-1)?.path).toMatch(/connectionId=c1$/);
  });

  it('should list each connection of the store with its checklist, saying what to do when red', async () => {
    api.on('GET /api/connections', [
      {
        id: 'c1',
        name: 'Sales',
        enabled: false,
        steps: [],
        setupProblems: [],
        lastRun: null,
        lastInbound: null,
        polling: null,
      },
    ]);
    api.on('GET /api/reports/deliveries', {
      from: '2026-11-05',
      to: '2026-12-04',
      days: [],
      events: [],
      totals: counts(0),
    });

    renderInApp(<ReportsPage />);

    const store = await screen.findByRole('region', { name: 'Store checklist' });
    expect(within(store).getByText('Needs attention')).toBeInTheDocument();
    expect(within(store).getByText(/Switched off: switch it on in the editor/)).toBeInTheDocument();
    expect(within(store).getByRole('link', { name: 'Sales' })).toHaveAttribute(
      'href',
      '/connections/c1',
    );
  });
});
