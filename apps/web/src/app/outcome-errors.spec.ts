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

  it('should word a value the receiver would refuse with the field as the editor names it', async () => {
    await setLocale('uk');
    const labelOf = (key: string) =>
      ({ to: 'Кому', text: 'Текст листа', html: 'HTML-текст листа' })[key] ?? key;

    const email = fieldErrorText(
      {
        field: 'to',
        message: 'To must be an e-mail address: "Ana" is not one',
        code: 'field.email',
        params: { label: 'To', value: 'Ana' },
      },
      labelOf,
    );
    const oneOf = fieldErrorText(
      {
        field: 'text',
        message: 'Fill in Text body or HTML body',
        code: 'fields.oneOf',
        params: { label: 'Text body', labels: 'Text body or HTML body', fields: 'text,html' },
      },
      labelOf,
    );

    expect(email).toBe('Поле «Кому» має містити адресу e-mail: «Ana» — не адреса');
    expect(oneOf).toBe('Заповніть Текст листа або HTML-текст листа');
  });

  it('should word a stored value error, reading its parts back', async () => {
    await setLocale('pt-BR');

    expect(
      outcomeErrorText('To must be an e-mail address: "Ana" is not one; Subject is required'),
    ).toBe('To precisa ser um endereço de e-mail: "Ana" não é; Subject é obrigatório');
  });

  it('should word why a call was held', async () => {
    await setLocale('uk');

    expect(outcomeErrorText('Held: the connection is switched off')).toBe('з’єднання вимкнено');
    expect(outcomeErrorText('Held: choose the PayT account so Fluxo can check this call')).toBe(
      'виберіть акаунт PayT, щоб Fluxo міг перевірити цей виклик',
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
