import type { ConnectionDto } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { nextRunText } from './ConnectionRow';

const chained = {
  enabled: true,
  trigger: { type: 'after', connectionId: 'conn-orders' },
  nextRunAt: null,
} as unknown as ConnectionDto;

describe(nextRunText.name, () => {
  it('should name the connection a chained one runs after', () => {
    expect(nextRunText(chained, 'Orders to CRM')).toBe('After “Orders to CRM”');
  });

  it('should fall back to "another connection" when that one is not listed', () => {
    expect(nextRunText(chained)).toBe('After another connection');
  });
});
