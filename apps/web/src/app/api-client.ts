import { CLIENT_HEADER, type ApiErrorDto, type FieldError } from '@fluxo/contracts';
import { localizeApiError } from './api-errors';
import { t } from './i18n/t';

const NETWORK_ERROR = 'network_error';
const UNEXPECTED = 'unexpected';

/**
 * An error answer of the API, or a network failure (status 0). `message` keeps the API's own
 * (English) words; `errorMessage` says it in the user's language when shown.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Marks the editor's calls as its own; state-changing calls without it or JSON are refused. */
export const CLIENT_HEADERS = { [CLIENT_HEADER]: 'web' };

function isApiErrorBody(value: unknown): value is ApiErrorDto {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorDto).message === 'string' &&
    typeof (value as ApiErrorDto).statusCode === 'number'
  );
}

export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { Accept: 'application/json', ...CLIENT_HEADERS }
          : { Accept: 'application/json', 'Content-Type': 'application/json', ...CLIENT_HEADERS },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'Fluxo could not be reached');
  }

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }

  if (!response.ok) {
    if (isApiErrorBody(parsed)) {
      throw new ApiError(response.status, parsed.code, parsed.message, parsed.details ?? []);
    }
    throw new ApiError(response.status, UNEXPECTED, `The server answered ${response.status}`);
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: (path: string) => apiRequest<void>('DELETE', path),
};

/** The message to show for any thrown value, in the current language (looked up when shown). */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.code === NETWORK_ERROR) return t('errors.network');
  if (error.code === UNEXPECTED) return t('errors.server', { status: error.status });
  return localizeApiError(error.code, error.message);
}

/** Field errors of an API answer keyed by field name. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(
    error.details.map((d) => [
      d.field,
      // A detail repeating the whole error (a loop of connections) is said like the error.
      d.message === error.message ? errorMessage(error) : d.message,
    ]),
  );
}
