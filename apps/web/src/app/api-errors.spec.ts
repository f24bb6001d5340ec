import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiError, errorMessage, fieldErrorsOf } from './api-client';
import { localizeApiError } from './api-errors';
import { initLocale, preloadLocale, setLocale } from './i18n/t';

describe(localizeApiError.name, () => {
  beforeAll(async () => {
    await Promise.all([preloadLocale('pt-BR'), preloadLocale('uk')]);
  });

  afterEach(() => {
    initLocale({ languages: [], storage: null });
  });

  it('should say a fixed message in the current language', async () => {
    await setLocale('pt-BR');
    expect(localizeApiError('CONNECTION_OFF', 'This connection is switched off; …')).toBe(
      'Esta conexão está desligada. Ligue-a para aceitar dados.',
    );
  });

  it('should keep the connections an account is used by, quoted the way the language quotes', async () => {
    await setLocale('uk');
    const message = localizeApiError(
      'ACCOUNT_IN_USE',
      'This account is used by "Orders", "Sheets → SMS"; change those connections first',
    );
    expect(message).toContain('«Orders»');
    expect(message).toContain('«Sheets → SMS»');
    expect(message).toMatch(/^Цей акаунт використовують/);
  });

  it('should say why a new password is refused in the current language', async () => {
    await setLocale('uk');
    expect(
      localizeApiError(
        'VALIDATION_FAILED',
        'This password is one of the most common ones; choose one that is harder to guess',
      ),
    ).toBe('Це один із найпоширеніших паролів. Виберіть такий, який важче вгадати.');
  });

  it('should name what was not found, and say it plainly for anything else', () => {
    expect(localizeApiError('NOT_FOUND', 'The connection was not found')).toBe(
      'This connection was not found. It may have been deleted.',
    );
    expect(localizeApiError('NOT_FOUND', 'Cannot GET /api/nowhere')).toBe(
      'This was not found. It may have been deleted.',
    );
  });

  it('should keep the system named in a step that is not ready', async () => {
    await setLocale('pt-BR');
    expect(
      localizeApiError('STEP_NOT_READY', 'Choose a SMS (Twilio) account for this step first'),
    ).toBe('Escolha primeiro uma conta de SMS (Twilio) para esta etapa.');
    expect(localizeApiError('STEP_NOT_READY', 'Could not read the source: 403 Forbidden')).toBe(
      'Não foi possível ler a origem: 403 Forbidden',
    );
  });

  it('should keep the chain of a loop', () => {
    expect(localizeApiError('CHAIN_LOOP', 'Connection "A" → "B" → "A" would run in a loop')).toBe(
      'The connections “A” → “B” → “A” would run in a loop. Choose another connection.',
    );
  });

  it("should keep the API's words for a message it does not recognise", async () => {
    await setLocale('pt-BR');
    expect(localizeApiError('STEP_NOT_READY', 'Something new the API says')).toBe(
      'Something new the API says',
    );
    expect(localizeApiError('VALIDATION_FAILED', 'name: Give the connection a name')).toBe(
      'name: Give the connection a name',
    );
    expect(localizeApiError('SOME_NEW_CODE', 'Brand new')).toBe('Brand new');
  });
});

describe(errorMessage.name, () => {
  afterEach(() => {
    initLocale({ languages: [], storage: null });
  });

  it('should say the error in the language of the moment, not of when it happened', async () => {
    const error = new ApiError(401, 'INVALID_CREDENTIALS', 'The e-mail or password is not right');
    expect(errorMessage(error)).toBe('The e-mail or password is not right.');

    await setLocale('uk');

    expect(errorMessage(error)).toBe('Неправильний e-mail або пароль.');
    expect(errorMessage(new ApiError(0, 'network_error', 'offline'))).toMatch(/Fluxo/);
    expect(errorMessage(new ApiError(0, 'network_error', 'offline'))).not.toContain('offline');
  });

  it('should say a field error that repeats the whole error like the error', () => {
    const loop = 'Connection "A" → "A" would run in a loop';
    const error = new ApiError(409, 'CHAIN_LOOP', loop, [
      { field: 'trigger.connectionId', message: loop },
      { field: 'trigger.times', message: 'Use HH:MM' },
    ]);

    expect(fieldErrorsOf(error)).toEqual({
      'trigger.connectionId':
        'The connections “A” → “A” would run in a loop. Choose another connection.',
      'trigger.times': 'Use HH:MM',
    });
  });
});
