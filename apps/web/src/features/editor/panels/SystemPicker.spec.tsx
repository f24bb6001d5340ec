import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from '@jest/globals';
import { connectors } from '../canvas/__fixtures__/connection.fixture';
import { SystemPicker } from './SystemPicker';

const render = (value: string | null) =>
  renderToStaticMarkup(
    <SystemPicker connectors={connectors} value={value} onChange={() => undefined} />,
  );

describe(SystemPicker.name, () => {
  it('should list every system, grouped, while none is chosen', () => {
    const html = render(null);

    expect(html).not.toContain('Change system');
    expect(html).toMatch(/<fieldset class="choices">/);
    expect(html).toContain('Web form');
    expect(html).toContain('E-mail (SMTP)');
  });

  it('should fold to the chosen system with "Change", keeping the list hidden in the page', () => {
    const html = render('forms');

    expect(html).toContain('<span class="chosen__name">Web form</span>');
    expect(html).toContain('aria-label="Change system"');
    // Hidden, not removed: the radio just chosen stays checked in the page.
    expect(html).toMatch(/<fieldset class="choices" hidden="">/);
    expect(html).toMatch(/<input type="radio"[^>]*checked="" value="forms"/);
  });
});
