import type { ConnectorContext, InboundRequest } from '@fluxo/connector-sdk';
import { describe, expect, it } from '@jest/globals';
import contactFormRecord from './__fixtures__/contact-form-urlencoded.request.json';
import jobApplicationRecord from './__fixtures__/job-application-multipart.request.json';
import leadsBatchRecord from './__fixtures__/leads-batch-json.request.json';
import orderJsonRecord from './__fixtures__/order-json.request.json';
import plainStringRecord from './__fixtures__/plain-string-json.request.json';
import {
  InvalidSubmissionError,
  MAX_ITEMS_PER_SUBMISSION,
  newSubmissionSource,
} from './new-submission.source';

/** A recorded call as the host hands it over: raw bytes as a Buffer, the URL it came to. */
function recorded<T extends { body: unknown; rawBody?: string }>(record: T) {
  return {
    ...record,
    rawBody: Buffer.from(record.rawBody ?? JSON.stringify(record.body) ?? ''),
    url: 'https://fluxo.example/hooks/abc',
  };
}

const contactForm = recorded(contactFormRecord);
const jobApplication = recorded(jobApplicationRecord);
const leadsBatch = recorded(leadsBatchRecord);
const orderJson = recorded(orderJsonRecord);
const plainString = recorded(plainStringRecord);

const ctx: ConnectorContext = {
  credentials: {},
  settings: {},
  logger: { debug: () => undefined, warn: () => undefined },
};

const replay = (request: InboundRequest, eventId = 'evt_1') =>
  newSubmissionSource.parse(request, eventId, ctx);

const jsonRequest = (body: unknown): InboundRequest => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  query: {},
  contentType: 'application/json',
  body,
  files: [],
  rawBody: Buffer.from(JSON.stringify(body) ?? ''),
  url: 'https://fluxo.example/hooks/abc',
});

const parseError = (request: InboundRequest): InvalidSubmissionError => {
  try {
    replay(request);
  } catch (error) {
    return error as InvalidSubmissionError;
  }
  throw new Error('parse did not throw');
};

describe(newSubmissionSource.parse.name, () => {
  it('should keep form fields as they are when an urlencoded form is replayed', () => {
    const items = replay(contactForm);

    expect(items).toEqual([
      {
        key: 'evt_1',
        payload: {
          name: 'Ana Lima',
          email: 'ana@example.com',
          phone: '+351 912 345 678',
          interests: ['shoes', 'bags'],
          message: 'Olá, tudo bem?',
        },
      },
    ]);
  });

  it('should list uploaded files under _files when a multipart form is replayed', () => {
    const [item] = replay(jobApplication, 'evt_9');

    expect(item).toEqual({
      key: 'evt_9',
      payload: {
        'First name': 'Bo',
        email: 'bo@example.com',
        position: 'Backend engineer',
        _files: [
          { field: 'cv', filename: 'bo-cv.pdf', mimeType: 'application/pdf', size: 48213 },
          { field: 'photo', filename: 'me.jpg', mimeType: 'image/jpeg', size: 102400 },
        ],
      },
    });
  });

  it('should copy only file metadata when the host adds more to a file', () => {
    const request = {
      ...jobApplication,
      files: [{ ...jobApplication.files[0], path: '/tmp/upload-1', buffer: 'secret' }],
    };

    const [item] = replay(request);

    expect(item.payload._files).toEqual([jobApplication.files[0]]);
  });

  it('should not add _files when the form has no uploads', () => {
    expect(replay(contactForm)[0].payload).not.toHaveProperty('_files');
  });

  it('should emit the JSON object as one item when a JSON object is posted', () => {
    const items = replay(orderJson, 'evt_2');

    expect(items).toEqual([{ key: 'evt_2', payload: orderJson.body }]);
  });

  it('should emit one item per entry with indexed keys when a JSON list is posted', () => {
    const items = replay(leadsBatch, 'evt_3');

    expect(items).toEqual([
      { key: 'evt_3:0', payload: { name: 'Dee', email: 'dee@example.com' } },
      { key: 'evt_3:1', payload: { name: 'Eve', email: 'eve@example.com', source: 'landing-b' } },
    ]);
  });

  it('should emit nothing when an empty JSON list is posted', () => {
    expect(replay(jsonRequest([]))).toEqual([]);
  });

  it('should return the same keys when the same stored call is parsed twice', () => {
    expect(replay(leadsBatch, 'evt_4')).toEqual(replay(leadsBatch, 'evt_4'));
  });

  it('should throw a clear error with a code when a JSON string is posted', () => {
    const error = parseError(plainString);

    expect(error).toBeInstanceOf(InvalidSubmissionError);
    expect(error.code).toBe('INVALID_SUBMISSION');
    expect(error.statusCode).toBe(422);
    expect(error.message).toBe('Send form fields or a JSON object; this request carried a string');
  });

  it.each([
    [42, 'a number'],
    [true, 'a boolean'],
  ])('should throw when the body is %s', (body, described) => {
    expect(parseError(jsonRequest(body)).message).toBe(
      `Send form fields or a JSON object; this request carried ${described}`,
    );
  });

  it.each([null, undefined, ''])(
    'should throw an empty-submission error when the body is %j',
    (body) => {
      expect(parseError(jsonRequest(body)).message).toBe(
        'The submission is empty: send form fields or a JSON object',
      );
    },
  );

  it('should accept a files-only submission when the form has only uploads', () => {
    const request = { ...jobApplication, body: undefined };

    const [item] = replay(request);

    expect(item.payload).toEqual({ _files: jobApplication.files });
  });

  it('should name the bad entry when a JSON list holds a non-object', () => {
    const error = parseError(jsonRequest([{ a: 1 }, ['nested'], 'x']));

    expect(error).toBeInstanceOf(InvalidSubmissionError);
    expect(error.message).toBe(
      'Every entry of the list must be an object with fields; entry 1 is a list',
    );
  });

  it('should refuse a batch when it has too many entries', () => {
    const body = Array.from({ length: MAX_ITEMS_PER_SUBMISSION + 1 }, (_, i) => ({ i }));

    expect(parseError(jsonRequest(body)).message).toBe(
      `Send at most ${MAX_ITEMS_PER_SUBMISSION} submissions in one request; this one has ${MAX_ITEMS_PER_SUBMISSION + 1}`,
    );
  });

  it('should accept a batch when it has exactly the maximum of entries', () => {
    const body = Array.from({ length: MAX_ITEMS_PER_SUBMISSION }, (_, i) => ({ i }));

    expect(replay(jsonRequest(body))).toHaveLength(MAX_ITEMS_PER_SUBMISSION);
  });
});
