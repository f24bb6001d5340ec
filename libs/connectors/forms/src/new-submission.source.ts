import {
  defineSource,
  type InboundRequest,
  isRecord,
  type SourceItem,
  type UploadedFileInfo,
} from '@fluxo/connector-sdk';

/** A submission the form source cannot turn into items; the host answers 422 with the message. */
export class InvalidSubmissionError extends Error {
  readonly code = 'INVALID_SUBMISSION';
  readonly statusCode = 422;

  constructor(message: string) {
    super(message);
    this.name = 'InvalidSubmissionError';
  }
}

/** One call may carry a batch, but not an unbounded one: each item becomes rows and sends. */
export const MAX_ITEMS_PER_SUBMISSION = 1000;

const describeType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;

function filesOf(files: UploadedFileInfo[] | undefined): UploadedFileInfo[] {
  // Only the metadata is copied: the host keeps no file contents, and neither do we.
  return (files ?? []).map(({ field, filename, mimeType, size }) => ({
    field,
    filename,
    mimeType,
    size,
  }));
}

function parseSubmission(request: InboundRequest, eventId: string): SourceItem[] {
  const { body } = request;
  const files = filesOf(request.files);
  const withFiles = (payload: Record<string, unknown>) =>
    files.length > 0 ? { ...payload, _files: files } : payload;

  if (Array.isArray(body)) {
    if (body.length > MAX_ITEMS_PER_SUBMISSION) {
      throw new InvalidSubmissionError(
        `Send at most ${MAX_ITEMS_PER_SUBMISSION} submissions in one request; this one has ${body.length}`,
      );
    }
    const bad = body.findIndex((entry) => !isRecord(entry));
    if (bad !== -1) {
      throw new InvalidSubmissionError(
        `Every entry of the list must be an object with fields; entry ${bad} is ${describeType(body[bad])}`,
      );
    }
    return (body as Record<string, unknown>[]).map((payload, index) => ({
      key: `${eventId}:${index}`,
      payload,
    }));
  }

  if (isRecord(body)) return [{ key: eventId, payload: withFiles(body) }];

  const empty = body === undefined || body === null || body === '';
  if (empty && files.length > 0) return [{ key: eventId, payload: withFiles({}) }];
  if (empty) {
    throw new InvalidSubmissionError('The submission is empty: send form fields or a JSON object');
  }
  throw new InvalidSubmissionError(
    `Send form fields or a JSON object; this request carried ${describeType(body)}`,
  );
}

export const newSubmissionSource = defineSource({
  key: 'new-submission',
  name: 'New form submission',
  description:
    'Starts when any HTML form or app posts to this connection’s address: form fields or JSON.',
  kind: 'instant',
  fields: [],
  parse: (request, eventId) => parseSubmission(request, eventId),
});
