import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { fieldErrorText, outcomeErrorText } from './outcome-errors';
import { initLocale, preloadLocale, setLocale } from './i18n/t';

describe('outcome errors in the user’s language', () => {
  beforeAll(async () => {
    await Promise.all([preloadLocale('uk'), preloadLocale('pt-BR')]);
  });

  afterEach(() => {
    initLocale({ languages: [], storage: null });
  });

  it('should word a template over its bounds by its code, with the place it stopped', async () => {
    await setLocale('uk');

    const text = fieldErrorText({
      field: 'text',
      message: 'The template produces too much text (line 2, column 7)',
      code: 'template.tooMuchText',
      params: { line: 2, column: 7 },
    });

    expect(text).toBe('Шаблон створює забагато тексту (рядок 2, стовпець 7)');
  });

  it('should keep the API’s words for a field error without a code', async () => {
    await setLocale('uk');

    expect(fieldErrorText({ field: 'to', message: 'Unknown filter "upcas"' })).toBe(
      'Unknown filter "upcas"',
    );
  });

  it('should word each known sentence of a stored delivery error and keep the others', async () => {
    await setLocale('pt-BR');

    expect(
      outcomeErrorText(
        'The template takes too long to fill in; To must be an e-mail address; The template produces too much text (line 1, column 3)',
      ),
    ).toBe(
      'O modelo demora demais para ser preenchido; To must be an e-mail address; O modelo gera texto demais (linha 1, coluna 3)',
    );
  });

  it('should word an attempt that never finished, whole', async () => {
    await setLocale('uk');

    expect(outcomeErrorText('Stopped: the attempt never finished')).toBe(
      'Зупинено: спроба так і не завершилася',
    );
    expect(outcomeErrorText('The attempt never finished; trying again')).toBe(
      'Спроба не завершилася; пробуємо ще раз',
    );
  });
});
