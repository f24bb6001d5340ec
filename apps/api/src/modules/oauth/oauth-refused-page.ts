import { escapeHtml } from '../hosted-forms/hosted-form-page';
import type { HostedFormLanguage } from '@fluxo/connector-sdk';

interface RefusalWords {
  title: string;
  text: string;
  next: string;
}

/** Said to whoever opened a consent callback in a browser that did not start it. */
const WORDS: Record<HostedFormLanguage, RefusalWords> = {
  en: {
    title: 'Nothing was connected',
    text: 'This sign-in was started in another browser, or its link was already used, so Fluxo saved nothing.',
    next: 'If you were connecting an account, open Accounts in the browser where you use Fluxo and start again. If someone sent you this link, do not continue.',
  },
  'pt-BR': {
    title: 'Nada foi conectado',
    text: 'Este login foi iniciado em outro navegador, ou o link já foi usado, por isso o Fluxo não salvou nada.',
    next: 'Se você estava conectando uma conta, abra Contas no navegador em que usa o Fluxo e comece de novo. Se alguém lhe enviou este link, não continue.',
  },
  es: {
    title: 'No se conectó nada',
    text: 'Este inicio de sesión se empezó en otro navegador, o el enlace ya se usó, así que Fluxo no guardó nada.',
    next: 'Si estabas conectando una cuenta, abre Cuentas en el navegador donde usas Fluxo y empieza de nuevo. Si alguien te envió este enlace, no continúes.',
  },
  uk: {
    title: 'Нічого не підключено',
    text: 'Цей вхід почали в іншому браузері або посилання вже використали, тому Fluxo нічого не зберіг.',
    next: 'Якщо ви підключали акаунт, відкрийте «Акаунти» в браузері, де користуєтеся Fluxo, і почніть знову. Якщо це посилання вам хтось надіслав, не продовжуйте.',
  },
  nb: {
    title: 'Ingenting ble koblet til',
    text: 'Denne innloggingen ble startet i en annen nettleser, eller lenken er allerede brukt, så Fluxo lagret ingenting.',
    next: 'Hvis du koblet til en konto, åpne Kontoer i nettleseren der du bruker Fluxo, og start på nytt. Hvis noen sendte deg denne lenken, ikke fortsett.',
  },
};

export function renderOAuthRefusedPage(language: HostedFormLanguage): string {
  const words = WORDS[language];
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(words.title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem">
<h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.text)}</p><p>${escapeHtml(words.next)}</p></body></html>`;
}
