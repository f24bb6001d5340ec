import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { initLocale, preloadLocale, setLocale } from '@/app/i18n/t';
import { setupProblemKey, setupProblemText } from './setup-problem-text';

describe(setupProblemText.name, () => {
  beforeAll(async () => {
    await preloadLocale('uk');
  });

  afterEach(() => {
    initLocale({ languages: [], storage: null });
  });

  it('should word each problem the API reports, with its system and field', () => {
    expect(setupProblemText({ code: 'source.missing' })).toBe('Choose where the data comes from');
    expect(
      setupProblemText({
        code: 'field.missing',
        stepId: 's',
        system: 'SMTP',
        field: 'to',
        label: 'To',
      }),
    ).toBe('Fill in “To” for SMTP');
    expect(
      setupProblemText({
        code: 'fields.oneOf',
        stepId: 's',
        system: 'SMTP',
        labels: ['Text body', 'HTML body'],
      }),
    ).toBe('Fill in “Text body” or “HTML body” for SMTP');
  });

  it('should say them in the user’s language', async () => {
    await setLocale('uk');

    expect(setupProblemText({ code: 'receiver.missing' })).toBe('Додайте отримувача');
    expect(setupProblemText({ code: 'account.missing', stepId: 's', system: 'Twilio' })).toBe(
      'Підключіть акаунт Twilio',
    );
    expect(
      setupProblemText({ code: 'fields.oneOf', stepId: 's', system: 'SMTP', labels: ['A', 'B'] }),
    ).toBe('Заповніть «A» або «B» для SMTP');
  });

  it('should key two missing fields of one step apart', () => {
    const field = (key: string) =>
      ({ code: 'field.missing', stepId: 's', system: 'X', field: key, label: key }) as const;

    expect(setupProblemKey(field('a'))).not.toBe(setupProblemKey(field('b')));
  });
});
