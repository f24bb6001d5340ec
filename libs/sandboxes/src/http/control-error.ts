import type { ServerResponse } from 'node:http';
import { sendJson } from './json-response';

/** A refusal a control API (or a sandbox helper behind it) answers with its own status. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Anything else is the sandbox's own bug: a 500 with `internalBody`, in the vendor's words. */
export function answerControlFailure(
  response: ServerResponse,
  error: unknown,
  internalBody: unknown = { error: 'The sandbox failed' },
): void {
  if (error instanceof ControlError) sendJson(response, error.status, { error: error.message });
  else sendJson(response, 500, internalBody);
}
