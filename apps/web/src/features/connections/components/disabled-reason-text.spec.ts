import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { initLocale, preloadLocale, setLocale } from '@/app/i18n/t';
import { disabledReasonText } from './disabled-reason-text';

describe(disabledReasonText.name, () => {
  beforeAll(async () => {
    await preloadLocale('pt-BR');
  });

  afterEach(() => {
    initLocale({ languages: [], storage: null });
  });

  it("should word the failure streak in the user's language and keep any other reason", async () => {
    expect(disabledReasonText('10 failed runs in a row')).toBe('10 failed runs in a row');
    await setLocale('pt-BR');

    expect(disabledReasonText('10 failed runs in a row')).not.toContain('failed');
    expect(disabledReasonText('The account was deleted')).toBe('The account was deleted');
  });
});
