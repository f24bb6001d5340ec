import {
  HONEYPOT_FIELD,
  MAX_ANSWER_LENGTH,
  HOSTED_FORM_MESSAGES,
  type HostedFormDefinition,
  type HostedFormLanguage,
  type HostedFormQuestion,
} from '@fluxo/connector-sdk';
import { HOSTED_FORM_WORDS } from './hosted-form.i18n';

/** What the visitor typed and what to fix, when the form comes back after a refused post. */
export interface FormPageState {
  entered?: Record<string, string>;
  /** Question name → message. */
  fieldErrors?: Record<string, string>;
  /** A problem with the whole post rather than one answer. */
  formError?: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every text a user or visitor wrote goes through here, in content and attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

const paragraphs = (text: string): string =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => `<p>${escapeHtml(block.trim()).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');

// Mobile first: one column, 16px inputs (no zoom on iOS), big touch targets.
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#f5f3ff}
main{max-width:36rem;margin:0 auto;padding:1.25rem 1rem 3rem;background:#fff;min-height:100vh}
@media(min-width:40rem){main{margin:2rem auto;min-height:0;border-radius:12px;padding:2rem;box-shadow:0 1px 3px #0002}}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}
.intro p{margin:0 0 .75rem}
.note{color:#4b5563;font-size:.875rem}
.field{margin:1.25rem 0;border:0;padding:0}
label,legend{display:block;font-weight:600;margin-bottom:.25rem;padding:0}
.hint{display:block;color:#4b5563;font-size:.875rem;margin:0 0 .375rem}
input[type=text],input[type=email],input[type=tel],textarea,select{display:block;width:100%;font:inherit;padding:.625rem .75rem;border:1px solid #9ca3af;border-radius:8px;background:#fff;color:inherit}
textarea{min-height:7rem;resize:vertical}
input:focus,textarea:focus,select:focus,button:focus{outline:3px solid #a78bfa;outline-offset:1px}
[aria-invalid=true]{border-color:#b91c1c}
.option{display:flex;align-items:center;gap:.625rem;font-weight:400;min-height:2.75rem}
.option input{width:1.25rem;height:1.25rem;margin:0}
.error{color:#b91c1c;font-size:.875rem;margin:.25rem 0 0}
.error:empty{display:none}
.summary{border:1px solid #b91c1c;background:#fef2f2;color:#7f1d1d;border-radius:8px;padding:.75rem 1rem}
button{display:block;width:100%;font:inherit;font-weight:600;padding:.75rem 1rem;border:0;border-radius:8px;background:#6d28d9;color:#fff;min-height:3rem;cursor:pointer}
@media(min-width:40rem){button{width:auto;min-width:10rem}}
.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
`;

/** Client checks in the form's language instead of the browser's bubbles. */
const SCRIPT = `
(function(){var f=document.querySelector('form');if(!f)return;var first=null;
f.addEventListener('invalid',function(e){var el=e.target;e.preventDefault();
var out=document.getElementById(el.getAttribute('data-error-id'));
if(out)out.textContent=el.validity.valueMissing?el.getAttribute('data-required'):el.getAttribute('data-format');
var group=el.closest('[data-group]')||el;group.setAttribute('aria-invalid','true');
if(!first){first=el;el.focus();setTimeout(function(){first=null},0);}},true);
f.addEventListener('input',function(e){var el=e.target;var out=document.getElementById(el.getAttribute('data-error-id'));
if(out&&el.checkValidity()){out.textContent='';(el.closest('[data-group]')||el).removeAttribute('aria-invalid');}});
})();`;

function layout(
  language: HostedFormLanguage,
  title: string,
  body: string,
  nonce?: string,
  script = false,
): string {
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="robots" content="noindex">' +
    `<title>${escapeHtml(title)}</title><style${nonce ? ` nonce="${nonce}"` : ''}>${STYLE}</style></head>` +
    `<body><main>${body}</main>` +
    (script ? `<script${nonce ? ` nonce="${nonce}"` : ''}>${SCRIPT}</script>` : '') +
    '</body></html>'
  );
}

interface InputTraits {
  type: 'text' | 'email' | 'tel';
  extra: string;
}

// Numbers and amounts stay text inputs: type=number refuses "97,50" in many browsers.
const INPUT_TRAITS: Record<
  Exclude<HostedFormQuestion['type'], 'choice' | 'textarea'>,
  InputTraits
> = {
  text: { type: 'text', extra: '' },
  email: { type: 'email', extra: ' autocomplete="email" inputmode="email" spellcheck="false"' },
  phone: { type: 'tel', extra: ' autocomplete="tel" inputmode="tel"' },
  number: { type: 'text', extra: ' inputmode="decimal" pattern="-?[0-9]+([.,][0-9]+)?"' },
  amount: { type: 'text', extra: ' inputmode="decimal" pattern="[0-9][0-9., ]*"' },
};

/** Radios are quicker on a phone for a few options; a long list becomes a drop-down. */
const MAX_RADIOS = 6;

function renderQuestion(
  question: HostedFormQuestion,
  index: number,
  language: HostedFormLanguage,
  state: FormPageState,
): string {
  const words = HOSTED_FORM_WORDS[language];
  const messages = HOSTED_FORM_MESSAGES[language];
  const id = `q${index}`;
  const max = MAX_ANSWER_LENGTH[question.type];
  const value = state.entered?.[question.name] ?? '';
  const error = state.fieldErrors?.[question.name] ?? '';
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = `${question.help ? `${helpId} ` : ''}${errorId}`;
  const formatMessage =
    question.type === 'choice'
      ? messages.choice(max)
      : question.type === 'email' || question.type === 'phone' || question.type === 'number'
        ? messages[question.type](max)
        : question.type === 'amount'
          ? messages.amount(max)
          : messages.tooLong(max);
  const checks =
    `${question.required ? ' required' : ''} data-error-id="${errorId}"` +
    ` data-required="${escapeHtml(messages.required(max))}" data-format="${escapeHtml(formatMessage)}"`;
  const invalid = error ? ' aria-invalid="true"' : '';
  const name = escapeHtml(question.name);
  const label =
    `${escapeHtml(question.label)}` +
    (question.required
      ? ' <span aria-hidden="true">*</span>'
      : ` <span class="note">(${words.optional})</span>`);
  const help = question.help
    ? `<span class="hint" id="${helpId}">${escapeHtml(question.help)}</span>`
    : '';
  const errorLine = `<p class="error" id="${errorId}" aria-live="polite">${escapeHtml(error)}</p>`;

  if (question.type === 'choice' && question.choices.length <= MAX_RADIOS) {
    const options = question.choices
      .map((choice, n) => {
        const checked = choice === value ? ' checked' : '';
        return (
          `<label class="option" for="${id}-${n}"><input type="radio" id="${id}-${n}" name="${name}"` +
          ` value="${escapeHtml(choice)}"${checked}${checks}>${escapeHtml(choice)}</label>`
        );
      })
      .join('');
    return (
      `<fieldset class="field" role="radiogroup" data-group aria-describedby="${describedBy}"${invalid}>` +
      `<legend>${label}</legend>${help}${options}${errorLine}</fieldset>`
    );
  }

  let control: string;
  const common = `id="${id}" name="${name}" aria-describedby="${describedBy}"${invalid}${checks}`;
  if (question.type === 'choice') {
    const options = question.choices
      .map(
        (choice) => `<option${choice === value ? ' selected' : ''}>${escapeHtml(choice)}</option>`,
      )
      .join('');
    control = `<select ${common}><option value="">${words.choose}</option>${options}</select>`;
  } else if (question.type === 'textarea') {
    control = `<textarea ${common} rows="5" maxlength="${max}">${escapeHtml(value)}</textarea>`;
  } else {
    const traits = INPUT_TRAITS[question.type];
    control =
      `<input type="${traits.type}" ${common} maxlength="${max}" value="${escapeHtml(value)}"` +
      `${traits.extra}>`;
  }
  return `<div class="field"><label for="${id}">${label}</label>${help}${control}${errorLine}</div>`;
}

/** The form itself; after a refused post it comes back with what was typed and what to fix. */
export function renderFormPage(
  form: HostedFormDefinition,
  state: FormPageState = {},
  nonce?: string,
): string {
  const words = HOSTED_FORM_WORDS[form.language];
  const hasErrors = !!state.formError || Object.keys(state.fieldErrors ?? {}).length > 0;
  const summary = hasErrors
    ? `<div class="summary" role="alert">${escapeHtml(state.formError ?? words.fixErrors)}</div>`
    : '';
  const note = form.questions.some((q) => q.required)
    ? `<p class="note">${words.requiredNote}</p>`
    : '';
  const questions = form.questions
    .map((question, index) => renderQuestion(question, index, form.language, state))
    .join('');
  const honeypot =
    `<div class="hp" aria-hidden="true"><label for="${HONEYPOT_FIELD}">${words.honeypot}</label>` +
    `<input type="text" id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" value="" tabindex="-1" autocomplete="off"></div>`;
  const body =
    `<h1>${escapeHtml(form.title)}</h1>` +
    (form.intro ? `<div class="intro">${paragraphs(form.intro)}</div>` : '') +
    note +
    summary +
    `<form method="post" accept-charset="utf-8">${questions}${honeypot}` +
    `<button type="submit">${escapeHtml(form.submitLabel || words.send)}</button></form>`;
  return layout(form.language, form.title, body, nonce, true);
}

/** Shown after a post was stored (and to bots, who must not learn they were spotted). */
export function renderSuccessPage(form: HostedFormDefinition, nonce?: string): string {
  const words = HOSTED_FORM_WORDS[form.language];
  // The owner's own words replace the default thank-you, not add to it.
  const message = form.successMessage
    ? paragraphs(form.successMessage)
    : `<p><strong>${words.thanksTitle}</strong></p><p>${words.thanksText}</p>`;
  const body =
    `<h1>${escapeHtml(form.title || words.thanksTitle)}</h1>` +
    `<div role="status">${message}</div>`;
  return layout(form.language, form.title || words.thanksTitle, body, nonce);
}

export function renderClosedPage(language: HostedFormLanguage, nonce?: string): string {
  const words = HOSTED_FORM_WORDS[language];
  return layout(
    language,
    words.closedTitle,
    `<h1>${words.closedTitle}</h1><p>${words.closedText}</p>`,
    nonce,
  );
}

export function renderNotFoundPage(language: HostedFormLanguage, nonce?: string): string {
  const words = HOSTED_FORM_WORDS[language];
  return layout(
    language,
    words.notFoundTitle,
    `<h1>${words.notFoundTitle}</h1><p>${words.notFoundText}</p>`,
    nonce,
  );
}
