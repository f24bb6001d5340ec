import type { SampleDto, StepDto, TestSendResultDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { deferred, FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import {
  connection,
  emailConnector,
  receiverStep,
  sourceStep,
} from '../canvas/__fixtures__/connection.fixture';
import { ReceiverMapping } from './ReceiverMapping';

const CONNECTION = '/api/connections/conn-1';
const STEP = `${CONNECTION}/steps/st-email`;
const receiver = emailConnector.receivers[0];

const sample: SampleDto = {
  data: { name: 'Ana', email: 'ana@example.com' },
  variables: [
    { path: 'name', preview: 'Ana' },
    { path: 'email', preview: 'ana@example.com' },
  ],
  receivedAt: '2026-01-01T10:00:00.000Z',
  origin: 'item',
};

function renderMapping(step: StepDto = receiverStep('st-email')) {
  return renderInApp(
    <ReceiverMapping
      connection={connection([sourceStep, step])}
      step={step}
      connector={emailConnector}
      receiver={receiver}
      firstStep={3}
    />,
  );
}

describe(ReceiverMapping.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi()
      .on(`GET ${CONNECTION}/sample`, sample)
      .on(`PATCH ${STEP}`, ({ body }) => ({ ...receiverStep('st-email'), ...(body as object) }))
      .install();
  });

  afterEach(() => api.uninstall());

  describe('variable picker', () => {
    it('should insert the picked variable at the cursor, not at the end', async () => {
      const { user } = renderMapping(receiverStep('st-email', { mapping: {} }));
      const subject = screen.getByRole('textbox', { name: /Subject/ });
      await user.type(subject, 'Order  paid');
      // The cursor goes back between the two spaces.
      await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');

      await user.click(screen.getByRole('button', { name: 'Insert variable into Subject' }));
      const menu = await screen.findByRole('group', { name: /Subject/ });
      await user.click(within(menu).getByRole('button', { name: 'name' }));

      expect(subject).toHaveValue('Order {{ name }} paid');
      expect(screen.queryByRole('group', { name: /Subject/ })).not.toBeInTheDocument();
    });

    it('should insert the variable formatted as chosen under Insert as', async () => {
      const { user } = renderMapping(receiverStep('st-email', { mapping: { subject: 'Hi ' } }));
      const subject = screen.getByRole('textbox', { name: /Subject/ });
      await user.click(subject);
      await user.keyboard('{End}');

      await user.click(screen.getByRole('button', { name: 'Insert variable into Subject' }));
      const menu = await screen.findByRole('group', { name: /Subject/ });
      await user.selectOptions(within(menu).getByLabelText('Insert as'), 'UPPER CASE');
      await user.click(within(menu).getByRole('button', { name: 'name' }));

      expect(subject).toHaveValue('Hi {{ name | upcase }}');
    });
  });

  describe('send test data', () => {
    it('should save the mapping, send it, and show what the receiver accepted', async () => {
      const answer = deferred<TestSendResultDto>();
      api.on(`POST ${STEP}/test`, () => answer.promise);
      const { user } = renderMapping();
      const subject = screen.getByRole('textbox', { name: /Subject/ });
      await user.clear(subject);
      await user.type(subject, 'Your order');

      await user.click(screen.getByRole('button', { name: 'Send test data to E-mail (SMTP)' }));

      const sending = await screen.findByRole('button', { name: 'Sending…' });
      expect(sending).toBeDisabled();
      answer.resolve({
        ok: true,
        payload: { to: 'ana@example.com', subject: 'Your order' },
        response: { messageId: '<1@smtp.test>' },
        error: null,
      });
      const result = await screen.findByRole('region', { name: 'Test result' });
      expect(within(result).getByRole('status')).toHaveTextContent(
        'Sent! E-mail (SMTP) accepted the test data.',
      );
      expect(within(result).getByText('What E-mail (SMTP) answered')).toBeInTheDocument();
      expect(within(result).getByText('<1@smtp.test>')).toBeInTheDocument();
      await user.click(within(result).getByText('Show what was sent'));
      expect(within(result).getByText('Your order')).toBeVisible();
      // The change was saved before it was sent, and the test used the mapping as saved.
      const [save] = api.callsTo(`PATCH ${STEP}`);
      expect(save.body).toEqual({ mapping: { to: '{{ email }}', subject: 'Your order' } });
      expect(api.calls.findIndex((c) => c === save)).toBeLessThan(
        api.calls.findIndex((c) => c.path === `${STEP}/test`),
      );
    });

    it("should show the receiver's refusal as an alert", async () => {
      api.on(`POST ${STEP}/test`, {
        ok: false,
        payload: { to: 'ana@example.com' },
        response: null,
        error: 'Mailbox unavailable',
      });
      const { user } = renderMapping();

      await user.click(screen.getByRole('button', { name: 'Send test data to E-mail (SMTP)' }));

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Sending failed: Mailbox unavailable',
      );
      expect(screen.queryByText(/accepted the test data/)).not.toBeInTheDocument();
    });

    it('should name the field and word its error by its code when the mapping could not be filled in', async () => {
      api.on(`POST ${STEP}/test`, {
        ok: false,
        payload: { to: 'ana@example.com', subject: '' },
        response: null,
        error: 'English text the API sent',
        errors: [
          {
            field: 'subject',
            message: 'English text the API sent',
            code: 'template.tooMuchText',
            params: { line: 1, column: 4 },
          },
        ],
      } satisfies TestSendResultDto);
      const { user } = renderMapping();

      await user.click(screen.getByRole('button', { name: 'Send test data to E-mail (SMTP)' }));

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Sending failed: Subject: The template produces too much text (line 1, column 4)',
      );
    });
  });
});
