import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from '@jest/globals';
import { VariableMenu } from './VariableMenu';

const render = () =>
  renderToStaticMarkup(
    <VariableMenu
      id="menu"
      fieldLabel="Subject"
      variables={[{ path: 'name', preview: 'Ana' }]}
      onPick={() => undefined}
      onClose={() => undefined}
    />,
  );

describe(VariableMenu.name, () => {
  it('should offer the formats under a labelled Insert as, as it is by default', () => {
    const sut = render();

    expect(sut).toMatch(/<label for="([^"]+)">Insert as<\/label><select id="\1"/);
    expect(sut).toContain('<option value="plain" selected="">as it is</option>');
    expect(sut).toContain('<option value="upcase">UPPER CASE</option>');
    expect(sut).not.toContain('Text when empty');
  });

  it('should name each variable by its path and show its plain tag and sample', () => {
    const sut = render();

    expect(sut).toContain('aria-label="name"');
    expect(sut).toContain('{{ name }}');
    expect(sut).toContain('Ana');
  });
});
