import { hostedFormDefinition } from '@fluxo/connector-forms';
import {
  HONEYPOT_FIELD,
  HOSTED_FORM_LANGUAGES,
  type HostedFormDefinition,
} from '@fluxo/connector-sdk';
import { describe, expect, it } from '@jest/globals';
import {
  escapeHtml,
  renderClosedPage,
  renderFormPage,
  renderNotFoundPage,
  renderSuccessPage,
} from './hosted-form-page';
import { HOSTED_FORM_WORDS, languageFromAcceptLanguage } from './hosted-form.i18n';

const XSS = `"><script>alert('x')</script>&`;
const ESCAPED_XSS = '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;';

const form = (overrides: Record<string, unknown> = {}): HostedFormDefinition =>
  hostedFormDefinition({
    title: 'Book a table',
    intro: 'We answer within a day.\n\nNo spam.',
    questions: [
      { label: 'Name', name: 'name', type: 'text', required: true, help: 'As on your ID' },
      { label: 'E-mail', name: 'email', type: 'email', required: true },
      { label: 'Phone', name: 'phone', type: 'phone' },
      { label: 'Guests', name: 'guests', type: 'number', required: true },
      { label: 'Deposit', name: 'deposit', type: 'amount' },
      { label: 'Area', name: 'area', type: 'choice', choices: 'Inside\nTerrace', required: true },
      { label: 'Notes', name: 'notes', type: 'textarea' },
    ],
    ...overrides,
  } as never);

/** The opening tag of the element with this id. */
const tagOf = (html: string, id: string): string => {
  const match = new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no element #${id}`);
  return match[0];
};

describe(renderFormPage.name, () => {
  it('should declare the form’s language, a phone viewport and a labelled field per question', () => {
    const sut = renderFormPage(form({ language: 'pt-BR' }));

    expect(sut).toMatch(/^<!doctype html><html lang="pt-BR">/);
    expect(sut).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(sut).toContain('<title>Book a table</title>');
    expect(sut).toContain('<h1>Book a table</h1>');
    expect(sut).toContain('<p>We answer within a day.</p><p>No spam.</p>');
    for (const id of ['q0', 'q1', 'q2', 'q3', 'q4', 'q6']) {
      expect(sut).toContain(`<label for="${id}">`);
    }
    expect(sut).toContain('<legend>Area <span aria-hidden="true">*</span></legend>');
    expect(sut).toContain('>Enviar</button>');
    expect(sut).toContain('Campos marcados com * são obrigatórios.');
  });

  it('should give each type its input, keyboard and autocomplete', () => {
    const sut = renderFormPage(form());

    expect(tagOf(sut, 'q0')).toContain('type="text"');
    expect(tagOf(sut, 'q0')).toContain(' required');
    expect(tagOf(sut, 'q0')).toContain('maxlength="500"');
    expect(tagOf(sut, 'q1')).toContain('type="email"');
    expect(tagOf(sut, 'q1')).toContain('autocomplete="email"');
    expect(tagOf(sut, 'q2')).toContain('type="tel"');
    expect(tagOf(sut, 'q2')).toContain('autocomplete="tel"');
    expect(tagOf(sut, 'q2')).not.toContain(' required');
    expect(tagOf(sut, 'q3')).toContain('inputmode="decimal"');
    expect(tagOf(sut, 'q3')).toContain('pattern="-?[0-9]+([.,][0-9]+)?"');
    expect(tagOf(sut, 'q4')).toContain('inputmode="decimal"');
    expect(tagOf(sut, 'q5-0')).toContain('type="radio"');
    expect(tagOf(sut, 'q5-0')).toContain('value="Inside"');
    expect(tagOf(sut, 'q6')).toMatch(/^<textarea /);
    expect(tagOf(sut, 'q6')).toContain('maxlength="5000"');
  });

  it('should tie the hint and the error line to the field with aria-describedby', () => {
    const sut = renderFormPage(form());

    expect(tagOf(sut, 'q0')).toContain('aria-describedby="q0-help q0-error"');
    expect(tagOf(sut, 'q1')).toContain('aria-describedby="q1-error"');
    expect(sut).toContain('<span class="hint" id="q0-help">As on your ID</span>');
    expect(sut).toContain('<p class="error" id="q0-error" aria-live="polite"></p>');
  });

  it('should carry the client-side messages in the form’s language', () => {
    const sut = renderFormPage(form({ language: 'es' }));

    expect(tagOf(sut, 'q0')).toContain('data-required="Completa este campo."');
    expect(tagOf(sut, 'q1')).toContain('data-format="Escribe un correo como nombre@ejemplo.com."');
  });

  it('should hide a honeypot from people and assistive technology', () => {
    const sut = renderFormPage(form());

    expect(sut).toContain(
      `<div class="hp" aria-hidden="true"><label for="${HONEYPOT_FIELD}">Leave this field empty</label>`,
    );
    expect(tagOf(sut, HONEYPOT_FIELD)).toContain('tabindex="-1"');
    expect(tagOf(sut, HONEYPOT_FIELD)).toContain('autocomplete="off"');
  });

  it('should use a drop-down when a choice has many options', () => {
    const sut = renderFormPage(
      form({
        questions: [{ label: 'Day', type: 'choice', choices: 'Mo\nTu\nWe\nTh\nFr\nSa\nSu' }],
      }),
    );

    expect(tagOf(sut, 'q0')).toMatch(/^<select /);
    expect(sut).toContain('<option value="">Choose…</option><option>Mo</option>');
  });

  it('should show what was typed, the errors and a summary when the post was refused', () => {
    const sut = renderFormPage(form(), {
      entered: { name: 'Ana', email: 'ana@', area: 'Terrace', notes: 'a\nb' },
      fieldErrors: { email: 'Enter an e-mail address like name@example.com.' },
    });

    expect(sut).toContain(
      '<div class="summary" role="alert">Please check the answers marked below.</div>',
    );
    expect(tagOf(sut, 'q0')).toContain('value="Ana"');
    expect(tagOf(sut, 'q0')).not.toContain('aria-invalid');
    expect(tagOf(sut, 'q1')).toContain('value="ana@"');
    expect(tagOf(sut, 'q1')).toContain('aria-invalid="true"');
    expect(sut).toContain(
      '<p class="error" id="q1-error" aria-live="polite">Enter an e-mail address like name@example.com.</p>',
    );
    expect(tagOf(sut, 'q5-1')).toContain(' checked');
    expect(tagOf(sut, 'q5-0')).not.toContain(' checked');
    expect(sut).toContain('>a\nb</textarea>');
  });

  it('should show a form-wide message when the post could not be read', () => {
    const sut = renderFormPage(form(), { formError: 'The form could not be read.' });

    expect(sut).toContain('<div class="summary" role="alert">The form could not be read.</div>');
  });

  it('should escape every text the owner or the visitor wrote', () => {
    const sut = renderFormPage(
      form({
        title: XSS,
        intro: XSS,
        submitLabel: XSS,
        questions: [
          { label: XSS, name: 'a', type: 'text', help: XSS },
          { label: 'Pick', name: 'b', type: 'choice', choices: `${XSS}\nok` },
          { label: 'Many', name: 'c', type: 'choice', choices: `${XSS}\n2\n3\n4\n5\n6\n7` },
          { label: 'Long', name: 'd', type: 'textarea' },
        ],
      }),
      {
        entered: { a: XSS, b: XSS, c: XSS, d: `</textarea>${XSS}` },
        fieldErrors: { a: XSS },
      },
    );

    expect(sut).not.toContain('<script>alert');
    expect(sut).toContain(`<title>${ESCAPED_XSS}</title>`);
    expect(sut).toContain(`<h1>${ESCAPED_XSS}</h1>`);
    expect(sut).toContain(`value="${ESCAPED_XSS}"`);
    expect(sut).toContain(`<option selected>${ESCAPED_XSS}</option>`);
    expect(sut).toContain(`&lt;/textarea&gt;${ESCAPED_XSS}</textarea>`);
    expect(sut).toContain(`>${ESCAPED_XSS}</button>`);
    // One inline script only: ours.
    expect(sut.match(/<script/g)).toHaveLength(1);
  });

  it('should stamp the inline style and script with the nonce when one is given', () => {
    const sut = renderFormPage(form(), {}, 'abc123');

    expect(sut).toContain('<style nonce="abc123">');
    expect(sut).toContain('<script nonce="abc123">');
  });
});

describe(renderSuccessPage.name, () => {
  it('should show the owner’s message when there is one', () => {
    const sut = renderSuccessPage(form({ successMessage: `See you soon!\n${XSS}` }));

    expect(sut).toContain('<div role="status">');
    expect(sut).toContain(`<p>See you soon!<br>${ESCAPED_XSS}</p>`);
    expect(sut).not.toContain('<script');
  });

  it('should say thank you in the form’s language when there is no message', () => {
    const sut = renderSuccessPage(form({ language: 'uk' }));

    expect(sut).toContain('<html lang="uk">');
    expect(sut).toContain('Ваші відповіді надіслано.');
  });
});

describe(renderClosedPage.name, () => {
  it.each(HOSTED_FORM_LANGUAGES)('should say the form is closed in %s', (language) => {
    const sut = renderClosedPage(language);

    expect(sut).toContain(`<html lang="${language}">`);
    expect(sut).toContain(`<h1>${HOSTED_FORM_WORDS[language].closedTitle}</h1>`);
    expect(sut).not.toContain('<form');
  });
});

describe(renderNotFoundPage.name, () => {
  it('should say the form was not found', () => {
    expect(renderNotFoundPage('nb')).toContain('<h1>Fant ikke skjemaet</h1>');
  });
});

describe(escapeHtml.name, () => {
  it('should escape the five characters that change HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('HOSTED_FORM_WORDS', () => {
  it.each(HOSTED_FORM_LANGUAGES)('should have every word in %s', (language) => {
    const words = HOSTED_FORM_WORDS[language];

    expect(Object.keys(words).sort()).toEqual(Object.keys(HOSTED_FORM_WORDS.en).sort());
    for (const word of Object.values(words)) expect(word.trim()).not.toBe('');
  });
});

describe(languageFromAcceptLanguage.name, () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['pt-BR,pt;q=0.9,en;q=0.8', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['es-MX,es;q=0.9', 'es'],
    ['uk-UA', 'uk'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['fr;q=0.9,uk;q=1', 'uk'],
    ['es;q=0,en', 'en'],
  ])('should read %j as %s', (header, language) => {
    expect(languageFromAcceptLanguage(header)).toBe(language);
  });
});
