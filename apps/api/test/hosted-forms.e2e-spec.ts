import type { ConnectionDto, RunDetailDto, RunDto } from '@fluxo/contracts';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { SmtpSandbox } from '@fluxo/sandboxes';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

const SETTINGS = {
  title: 'Book a table',
  intro: 'We confirm by e-mail.',
  language: 'pt-BR',
  submitLabel: 'Reservar',
  successMessage: 'Reserva recebida, <b>obrigado</b>!',
  questions: [
    { label: 'Seu nome', type: 'text', required: true },
    { label: 'E-mail', name: 'email', type: 'email', required: true },
    { label: 'Pessoas', name: 'people', type: 'number', required: true },
    { label: 'Sinal', name: 'deposit', type: 'amount', required: false },
    { label: 'Área', name: 'area', type: 'choice', required: true, choices: 'Salão\nVaranda' },
  ],
};

const VALID = {
  seu_nome: ' Ana Lima ',
  email: 'ana@example.com',
  people: '4',
  deposit: '97,50',
  area: 'Varanda',
  _website: '',
};

describe('Hosted form (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let user: Agent;
  let connection: ConnectionDto;
  let formPath: string;
  let smtp: SmtpSandbox;

  beforeAll(async () => {
    sut = await startTestApp();
    smtp = await SmtpSandbox.start({ port: 0 });
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.stop();
  });

  beforeEach(async () => {
    user = await sut.signUp();
    connection = (await user.post('/api/connections').send({ name: 'Reservations' }).expect(201))
      .body;
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'hosted-form', settings: SETTINGS })
      .expect(200);
    // The form is open once the connection is set up and switched on.
    const account = await user
      .post('/api/accounts')
      .send({
        connectorKey: 'email',
        name: 'Sandbox SMTP',
        credentials: {
          host: '127.0.0.1',
          port: smtp.port,
          security: 'none',
          fromAddress: 'a@b.co',
        },
      })
      .expect(201);
    await user
      .post(`/api/connections/${connection.id}/receivers`)
      .send({
        connectorKey: 'email',
        actionKey: 'send-email',
        accountId: account.body.id,
        mapping: { to: '{{ email }}', subject: 'Reserva', text: 'Obrigado' },
      })
      .expect(201);
    await switchOn(user, connection.id);
    connection = (await user.get(`/api/connections/${connection.id}`).expect(200)).body;
    formPath = (connection.hookPath as string).replace(/^\/hooks\//, '/f/');
  });

  const events = (): Promise<{ status: string; error: string | null; content_type: string }[]> =>
    sut.app
      .get(DataSource)
      .query(
        `SELECT status, error, content_type FROM inbound_event WHERE connection_id = $1 ORDER BY received_at`,
        [connection.id],
      );

  async function runs(): Promise<RunDto[]> {
    await sut.settle();
    return (await user.get(`/api/connections/${connection.id}/runs`).expect(200)).body;
  }

  async function run(id: string): Promise<RunDetailDto> {
    return (await user.get(`/api/runs/${id}`).expect(200)).body;
  }

  it('should serve the form page in its language with no session', async () => {
    const page = await sut.http.get(formPath).expect(200);

    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('<html lang="pt-BR">');
    expect(page.text).toContain('<h1>Book a table</h1>');
    expect(page.text).toContain('<label for="q1">E-mail <span aria-hidden="true">*</span></label>');
    expect(page.text).toContain('name="seu_nome"');
    expect(page.text).toContain('>Reservar</button>');
  });

  it('should answer an unknown address with a 404 page in the visitor’s language', async () => {
    const page = await sut.http
      .get('/f/not-a-real-token')
      .set('accept-language', 'es-ES,es;q=0.9')
      .expect(404);

    expect(page.text).toContain('<html lang="es">');
    expect(page.text).toContain('<h1>Formulario no encontrado</h1>');
  });

  it('should store a valid post, show the thank-you message and run with typed answers', async () => {
    const answer = await sut.http.post(formPath).type('form').send(VALID).expect(200);

    expect(answer.text).toContain('Reserva recebida, &lt;b&gt;obrigado&lt;/b&gt;!');
    expect(await events()).toEqual([
      { status: 'accepted', error: null, content_type: 'application/x-www-form-urlencoded' },
    ]);
    const [only] = await runs();
    const detail = await run(only.id);
    expect(detail).toMatchObject({ cause: 'instant', itemsCount: 1 });
    expect(detail.items[0].payload).toEqual({
      seu_nome: 'Ana Lima',
      email: 'ana@example.com',
      people: 4,
      deposit: 97.5,
      area: 'Varanda',
      _submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('should accept a multipart post like the urlencoded one', async () => {
    let post = sut.http.post(formPath);
    for (const [name, value] of Object.entries(VALID)) post = post.field(name, value);

    await post.expect(200);

    const [only] = await runs();
    expect((await run(only.id)).items[0].payload).toMatchObject({ people: 4, area: 'Varanda' });
  });

  it('should give the form back with the answers and errors, store the refusal and run nothing', async () => {
    const answer = await sut.http
      .post(formPath)
      .type('form')
      .send({ ...VALID, email: 'ana@', people: '', area: 'Cozinha' })
      .expect(422);

    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.text).toContain('Confira as respostas marcadas abaixo.');
    expect(answer.text).toMatch(/id="q0"[^>]*value="Ana Lima"/);
    expect(answer.text).toMatch(/id="q1"[^>]*aria-invalid="true"[^>]*value="ana@"/);
    expect(answer.text).toContain(
      '<p class="error" id="q1-error" aria-live="polite">Informe um e-mail como nome@exemplo.com.</p>',
    );
    expect(answer.text).toContain(
      '<p class="error" id="q2-error" aria-live="polite">Preencha este campo.</p>',
    );
    expect(answer.text).toContain(
      '<p class="error" id="q4-error" aria-live="polite">Escolha uma das opções.</p>',
    );
    const stored = await events();
    expect(stored).toHaveLength(1);
    expect(stored[0].status).toBe('rejected');
    expect(stored[0].error).toContain('E-mail: Informe um e-mail');
    expect(await runs()).toEqual([]);
  });

  it('should thank a bot that filled the honeypot but keep nothing from it', async () => {
    const answer = await sut.http
      .post(formPath)
      .type('form')
      .send({ ...VALID, _website: 'http://cheap-pills.example' })
      .expect(200);

    expect(answer.text).toContain('Reserva recebida');
    expect((await events()).map((e) => e.status)).toEqual(['accepted']);
    expect(await runs()).toEqual([]);
  });

  it('should send the visitor to the owner’s page with a 303 when a redirect is set', async () => {
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({
        connectorKey: 'forms',
        actionKey: 'hosted-form',
        settings: { ...SETTINGS, redirectUrl: 'https://shop.example/thanks' },
      })
      .expect(200);

    const answer = await sut.http.post(formPath).type('form').send(VALID).expect(303);

    expect(answer.headers.location).toBe('https://shop.example/thanks');
    expect(await runs()).toHaveLength(1);
  });

  it('should show a closed page and take nothing when the connection is off', async () => {
    await user.patch(`/api/connections/${connection.id}`).send({ enabled: false }).expect(200);

    const page = await sut.http.get(formPath).expect(200);
    const post = await sut.http.post(formPath).type('form').send(VALID).expect(409);

    expect(page.text).toContain('<h1>Este formulário está fechado</h1>');
    expect(page.text).not.toContain('<form');
    expect(post.text).toContain('<h1>Este formulário está fechado</h1>');
    expect(await runs()).toEqual([]);
  });

  it('should show a closed page when the connection’s source is not a hosted form', async () => {
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);

    const page = await sut.http.get(formPath).expect(200);
    await sut.http.post(formPath).type('form').send(VALID).expect(409);

    expect(page.text).toContain('<h1>This form is closed</h1>');
    expect(await events()).toEqual([]);
  });

  it('should answer JSON posts to the hook URL with the field errors as details', async () => {
    const answer = await sut.http
      .post(connection.hookPath as string)
      .send({ ...VALID, email: 'nope' })
      .expect(422);

    expect(answer.body).toMatchObject({
      code: 'INVALID_SUBMISSION',
      details: [{ field: 'email', message: 'Informe um e-mail como nome@exemplo.com.' }],
    });
  });
});
