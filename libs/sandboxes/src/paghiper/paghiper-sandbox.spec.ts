import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startHookReceiver } from '../__fixtures__/hook-receiver';
import { PagHiperSandbox } from './paghiper-sandbox';
import { paghiperDate } from './paghiper-resources';

// Loose on purpose: the specs read PagHiper's envelopes field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = Record<string, any>;

describe(PagHiperSandbox.name, () => {
  let sut: PagHiperSandbox;
  const call = async (path: string, fields: Record<string, unknown> = {}, auth = true) => {
    const response = await fetch(`${sut.url}${path}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(auth ? { apiKey: sut.apiKey, token: sut.token, ...fields } : fields),
    });
    return { status: response.status, body: (await response.json()) as Answer };
  };

  beforeEach(async () => {
    sut = await PagHiperSandbox.start({ retryDelaysMs: [5] });
  });

  afterEach(async () => {
    await sut.stop();
  });

  it('should create a boleto with 201 and the create_request envelope', async () => {
    const { status, body } = await call('/transaction/create/', {
      order_id: 'A-1',
      notification_url: 'https://shop.example/paghiper',
      payer_name: 'Maria',
      items: [{ item_id: '1', description: 'Livro', quantity: 2, price_cents: 1500 }],
    });

    expect(status).toBe(201);
    expect(body.create_request).toMatchObject({
      result: 'success',
      transaction_id: expect.stringMatching(/^[0-9A-F]{16}$/),
      status: 'pending',
      order_id: 'A-1',
      value_cents: 3000,
      bank_slip: { digitable_line: expect.any(String), url_slip: expect.any(String) },
    });
    expect(sut.transaction(body.create_request.transaction_id)?.payer_name).toBe('Maria');
  });

  it('should create a PIX charge with its code under /pix/invoice', async () => {
    const { body } = await call('/pix/invoice/create/', {
      order_id: 'P-1',
      notification_url: 'https://shop.example/paghiper',
    });

    expect(body.create_request.pix_code).toMatchObject({ emv: expect.stringMatching(/^000201/) });
  });

  it("should reject wrong credentials in the call's envelope", async () => {
    const { status, body } = await call('/transaction/status/', { apiKey: 'x', token: 'y' }, false);

    expect(status).toBe(401);
    expect(body).toEqual({
      status_request: {
        result: 'reject',
        response_message: 'apiKey ou token inválidos',
        http_code: '401',
      },
    });
  });

  it('should report status and cancel a pending boleto', async () => {
    const boleto = sut.createTransaction();

    const cancelled = await call('/transaction/cancel/', {
      transaction_id: boleto.transaction_id,
      status: 'canceled',
    });
    const { body } = await call('/transaction/status/', { transaction_id: boleto.transaction_id });

    expect(cancelled.body.cancellation_request.result).toBe('success');
    expect(body.status_request).toMatchObject({ result: 'success', status: 'canceled' });
  });

  it('should filter the list by status, date field and page', async () => {
    const paid = sut.createTransaction();
    sut.createTransaction();
    sut.createTransaction({ created_date: paghiperDate(new Date(Date.now() - 40 * 86_400_000)) });
    sut.setStatus(paid.transaction_id, 'paid');
    const today = paghiperDate(new Date(), false);

    const byStatus = await call('/transaction/list/', { status: 'paid' });
    const byPaidDate = await call('/transaction/list/', {
      filter_date: 'paid_date',
      initial_date: today,
      final_date: today,
    });
    const pageTwo = await call('/transaction/list/', { limit: 2, page: 2 });

    const ids = (answer: { body: Answer }) =>
      answer.body.transaction_list_request.transaction_list.map(
        (t: { transaction_id: string }) => t.transaction_id,
      );
    expect(ids(byStatus)).toEqual([paid.transaction_id]);
    expect(ids(byPaidDate)).toEqual([paid.transaction_id]);
    expect(pageTwo.body.transaction_list_request).toMatchObject({ total_pages: 2 });
    expect(ids(pageTwo)).toHaveLength(1);
    expect(byStatus.body.transaction_list_request.transaction_list[0]).toHaveProperty(
      'create_date',
    );
  });

  it('should POST the form notification and resolve it through transaction/notification', async () => {
    const receiver = await startHookReceiver({ statuses: [500, 200] });
    const { url } = receiver;
    try {
      const boleto = sut.createTransaction({ notification_url: url });

      const answer = await fetch(
        `${sut.url}/__control/transactions/${boleto.transaction_id}/status`,
        {
          method: 'POST',
          body: JSON.stringify({ status: 'paid', notify: true }),
        },
      ).then((r) => r.json() as Promise<Answer>);

      const record = answer.notification;
      expect(record.attempts.map((a: { status: number }) => a.status)).toEqual([500, 200]);
      const [first] = receiver.received;
      expect(first.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(first.body))).toEqual({
        notification_id: record.notification_id,
        transaction_id: boleto.transaction_id,
        apiKey: sut.apiKey,
        notification_date: expect.any(String),
      });
      const resolved = await call('/transaction/notification/', {
        notification_id: record.notification_id,
        transaction_id: boleto.transaction_id,
      });
      expect(resolved.body.status_request).toMatchObject({ result: 'success', status: 'paid' });
    } finally {
      await receiver.close();
    }
  });

  it('should tell how to point an account at it', () => {
    expect(sut.cliHelp()).toContain(`PIX API address:  ${sut.url}/pix`);
  });
});
