import {
  buildInboundRequest,
  inboundHeaders,
  InboundRejectedError,
  type InboundRequest,
} from '@fluxo/connector-sdk';
import type { FieldError } from '@fluxo/contracts';
import { DomainError } from '../../common/domain-error';
import { HookBodyError } from './hooks.errors';
import { storableJson } from './storable-json';

export interface RawHookCall {
  method: string;
  /** The full URL the caller used (signatures such as Twilio's cover it). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, string>;
  body: Buffer;
}

/** The request a source's verify and parse see, built as the SDK builds it for every caller. */
export async function inboundRequestOrThrow(call: RawHookCall): Promise<InboundRequest> {
  try {
    return await buildInboundRequest({ ...call, rawBody: call.body });
  } catch (error) {
    throw asHookError(error);
  }
}

/** The headers as the inbound log keeps them: Fluxo's own credentials left out, jsonb-safe. */
export function storedHeaders(call: RawHookCall): Record<string, string> {
  return storableJson(inboundHeaders(call.headers));
}

/** A source's refusal as the HTTP answer the caller gets (and the log keeps). */
export function asHookError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if (error instanceof InboundRejectedError) {
    return new HookBodyError(error.statusCode, error.code, error.message, fieldErrorsOf(error));
  }
  return error;
}

/** Sources may attach per-field errors (a hosted form's validation) to a rejection. */
function fieldErrorsOf(error: InboundRejectedError): FieldError[] | undefined {
  const fieldErrors = (error as { fieldErrors?: unknown }).fieldErrors;
  return Array.isArray(fieldErrors) ? (fieldErrors as FieldError[]) : undefined;
}
