import { HOSTED_FORM_LANGUAGES, type HostedFormLanguage } from '@fluxo/connector-sdk';

/** The words of the hosted page itself; the form's own texts come from its settings. */
export interface HostedFormWords {
  send: string;
  requiredNote: string;
  optional: string;
  choose: string;
  fixErrors: string;
  unreadable: string;
  thanksTitle: string;
  thanksText: string;
  closedTitle: string;
  closedText: string;
  notFoundTitle: string;
  notFoundText: string;
  honeypot: string;
}

export const HOSTED_FORM_WORDS: Record<HostedFormLanguage, HostedFormWords> = {
  en: {
    send: 'Send',
    requiredNote: 'Fields marked * are required.',
    optional: 'optional',
    choose: 'Choose…',
    fixErrors: 'Please check the answers marked below.',
    unreadable: 'The form could not be read. Please try again.',
    thanksTitle: 'Thank you!',
    thanksText: 'Your answers were sent.',
    closedTitle: 'This form is closed',
    closedText:
      'It does not accept answers at the moment. Please contact whoever shared it with you.',
    notFoundTitle: 'Form not found',
    notFoundText: 'Check the address: it may be mistyped, or the form was removed.',
    honeypot: 'Leave this field empty',
  },
  'pt-BR': {
    send: 'Enviar',
    requiredNote: 'Campos marcados com * são obrigatórios.',
    optional: 'opcional',
    choose: 'Escolha…',
    fixErrors: 'Confira as respostas marcadas abaixo.',
    unreadable: 'Não foi possível ler o formulário. Tente de novo.',
    thanksTitle: 'Obrigado!',
    thanksText: 'Suas respostas foram enviadas.',
    closedTitle: 'Este formulário está fechado',
    closedText:
      'Ele não está aceitando respostas no momento. Fale com quem o compartilhou com você.',
    notFoundTitle: 'Formulário não encontrado',
    notFoundText: 'Confira o endereço: ele pode estar errado, ou o formulário foi removido.',
    honeypot: 'Deixe este campo vazio',
  },
  es: {
    send: 'Enviar',
    requiredNote: 'Los campos marcados con * son obligatorios.',
    optional: 'opcional',
    choose: 'Elige…',
    fixErrors: 'Revisa las respuestas marcadas abajo.',
    unreadable: 'No se pudo leer el formulario. Inténtalo de nuevo.',
    thanksTitle: '¡Gracias!',
    thanksText: 'Tus respuestas se enviaron.',
    closedTitle: 'Este formulario está cerrado',
    closedText: 'Ahora no acepta respuestas. Contacta con quien te lo compartió.',
    notFoundTitle: 'Formulario no encontrado',
    notFoundText: 'Revisa la dirección: puede estar mal escrita, o el formulario se eliminó.',
    honeypot: 'Deja este campo vacío',
  },
  uk: {
    send: 'Надіслати',
    requiredNote: 'Поля з * обовʼязкові.',
    optional: 'необовʼязково',
    choose: 'Виберіть…',
    fixErrors: 'Перевірте позначені нижче відповіді.',
    unreadable: 'Не вдалося прочитати форму. Спробуйте ще раз.',
    thanksTitle: 'Дякуємо!',
    thanksText: 'Ваші відповіді надіслано.',
    closedTitle: 'Цю форму закрито',
    closedText: 'Зараз вона не приймає відповідей. Звʼяжіться з тим, хто поділився нею з вами.',
    notFoundTitle: 'Форму не знайдено',
    notFoundText: 'Перевірте адресу: можливо, в ній помилка, або форму видалено.',
    honeypot: 'Залиште це поле порожнім',
  },
  nb: {
    send: 'Send',
    requiredNote: 'Felt merket med * må fylles ut.',
    optional: 'valgfritt',
    choose: 'Velg…',
    fixErrors: 'Sjekk svarene som er merket nedenfor.',
    unreadable: 'Skjemaet kunne ikke leses. Prøv igjen.',
    thanksTitle: 'Takk!',
    thanksText: 'Svarene dine er sendt.',
    closedTitle: 'Dette skjemaet er stengt',
    closedText: 'Det tar ikke imot svar nå. Kontakt den som delte det med deg.',
    notFoundTitle: 'Fant ikke skjemaet',
    notFoundText: 'Sjekk adressen: den kan være feilskrevet, eller skjemaet er fjernet.',
    honeypot: 'La dette feltet stå tomt',
  },
};

/**
 * The visitor's language for pages that belong to no form (unknown address): the first of
 * Accept-Language we speak, by exact tag or by its primary subtag ("pt" → pt-BR, "no" → nb).
 */
export function languageFromAcceptLanguage(header: string | undefined): HostedFormLanguage {
  const wanted = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const aliases: Record<string, HostedFormLanguage> = { pt: 'pt-BR', no: 'nb', nn: 'nb' };
  for (const { tag } of wanted) {
    const exact = HOSTED_FORM_LANGUAGES.find((language) => language.toLowerCase() === tag);
    if (exact) return exact;
    const primary = tag.split('-')[0];
    const match =
      HOSTED_FORM_LANGUAGES.find((language) => language.toLowerCase() === primary) ??
      aliases[primary];
    if (match) return match;
  }
  return 'en';
}
