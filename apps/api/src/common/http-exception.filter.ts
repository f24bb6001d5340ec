import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { ApiErrorDto } from '@fluxo/contracts';
import type { FastifyReply } from 'fastify';
import { DomainError } from './domain-error';

/** Fastify's own errors (body limit, bad content type…) in words a user understands. */
const fastifyMessages: Record<string, (error: { message: string }) => string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => 'The request body is larger than this server accepts',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => 'This content type is not supported here',
  FST_ERR_CTP_EMPTY_JSON_BODY: () => 'The body is empty but the content type says JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: (error) => `The body is not valid JSON: ${error.message}`,
};

/** The one place that turns any thrown error into `{ statusCode, code, message, details? }`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (exception instanceof DomainError) void reply.headers(exception.headers);
    void reply.status(body.statusCode).header('content-type', 'application/json').send(body);
  }
}

/** Any thrown value as the API's error body; also used for errors raised before routing. */
export function toErrorBody(exception: unknown): ApiErrorDto {
  if (exception instanceof DomainError) {
    return {
      statusCode: exception.statusCode,
      code: exception.code,
      message: exception.message,
      ...(exception.details?.length ? { details: exception.details } : {}),
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : String((response as { message?: unknown }).message ?? exception.message);
    return { statusCode: status, code: httpCode(status), message: plainMessage(status, message) };
  }
  const fastifyError = exception as { code?: string; statusCode?: number; message: string };
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode < 500) {
    const describe = fastifyError.code ? fastifyMessages[fastifyError.code] : undefined;
    return {
      statusCode: fastifyError.statusCode,
      code: httpCode(fastifyError.statusCode),
      message: describe ? describe(fastifyError) : fastifyError.message,
    };
  }
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong on our side' };
}

/** Errors raised by Fastify or Nest themselves come in terse words; say them for a user. */
function plainMessage(status: number, message: string): string {
  return status === 413 ? 'The request body is larger than this server accepts' : message;
}

function httpCode(status: number): string {
  const codes: Record<number, string> = {
    400: 'BAD_REQUEST',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    405: 'METHOD_NOT_ALLOWED',
    409: 'CONFLICT',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    422: 'UNPROCESSABLE',
    429: 'TOO_MANY_REQUESTS',
  };
  return codes[status] ?? `HTTP_${status}`;
}
