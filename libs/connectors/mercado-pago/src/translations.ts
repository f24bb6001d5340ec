import { sameInEveryLanguage, type ConnectorTranslations } from '@fluxo/connector-sdk';

/** What this connector shows, in the languages Fluxo speaks besides English (the key). */
export const mercadoPagoTranslations: ConnectorTranslations = {
  'Mercado Pago': sameInEveryLanguage('Mercado Pago'),
  "Start a connection when Mercado Pago notifies a payment or a subscription event, with the payment's amount, payer and items.":
    {
      'pt-BR':
        'Inicie uma conexão quando o Mercado Pago notificar um pagamento ou um evento de assinatura, com o valor, o pagador e os itens do pagamento.',
      es: 'Inicia una conexión cuando Mercado Pago notifique un pago o un evento de suscripción, con el importe, el pagador y los artículos del pago.',
      uk: 'Запускайте з’єднання, коли Mercado Pago повідомляє про платіж або подію підписки, із сумою, платником і товарами платежу.',
      nb: 'Start en kobling når Mercado Pago varsler om en betaling eller en abonnementshendelse, med betalingens beløp, betaler og varer.',
    },
  'Access token': {
    'pt-BR': 'Access token',
    es: 'Access token',
    uk: 'Токен доступу (Access token)',
    nb: 'Tilgangstoken (Access token)',
  },
  'In Mercado Pago: Your integrations → your application → Production credentials → Access token. Fluxo uses it only to read the payments Mercado Pago tells it about.':
    {
      'pt-BR':
        'No Mercado Pago: Suas integrações → sua aplicação → Credenciais de produção → Access token. O Fluxo o usa só para ler os pagamentos que o Mercado Pago informa.',
      es: 'En Mercado Pago: Tus integraciones → tu aplicación → Credenciales de producción → Access token. Fluxo lo usa solo para leer los pagos que Mercado Pago le notifica.',
      uk: 'У Mercado Pago: Your integrations → ваш застосунок → Production credentials → Access token. Fluxo використовує його лише для читання платежів, про які повідомляє Mercado Pago.',
      nb: 'I Mercado Pago: Your integrations → applikasjonen din → Production credentials → Access token. Fluxo bruker det bare til å lese betalingene Mercado Pago varsler om.',
    },
  'Webhook secret': {
    'pt-BR': 'Assinatura secreta do webhook',
    es: 'Clave secreta del webhook',
    uk: 'Секрет вебхука',
    nb: 'Webhook-hemmelighet',
  },
  'The secret signature from Your integrations → Webhooks (shown after you save the webhook URL). Fluxo refuses notifications until it is set; "Payments (polled)" works without it.':
    {
      'pt-BR':
        'A assinatura secreta de Suas integrações → Webhooks (mostrada depois que você salva a URL do webhook). O Fluxo recusa notificações até ela ser informada; "Pagamentos (consultados)" funciona sem ela.',
      es: 'La clave secreta de Tus integraciones → Webhooks (aparece tras guardar la URL del webhook). Fluxo rechaza las notificaciones hasta que la indiques; "Pagos (consultados)" funciona sin ella.',
      uk: 'Секретний підпис із Your integrations → Webhooks (показується після збереження URL вебхука). Поки його не задано, Fluxo відхиляє сповіщення; "Платежі (опитування)" працюють і без нього.',
      nb: 'Den hemmelige signaturen fra Your integrations → Webhooks (vises etter at du har lagret webhook-URL-en). Fluxo avviser varsler til den er satt; "Betalinger (hentet)" virker uten den.',
    },
  'Public key': {
    'pt-BR': 'Chave pública',
    es: 'Clave pública',
    uk: 'Публічний ключ',
    nb: 'Offentlig nøkkel',
  },
  'Optional, beside the access token in Production credentials. Mercado Pago uses it in checkout pages; Fluxo only keeps it so the account is complete as the article asks.':
    {
      'pt-BR':
        'Opcional, ao lado do access token em Credenciais de produção. O Mercado Pago a usa em páginas de checkout; o Fluxo só a guarda para a conta ficar completa, como o artigo pede.',
      es: 'Opcional, junto al access token en Credenciales de producción. Mercado Pago la usa en páginas de pago; Fluxo solo la guarda para que la cuenta esté completa, como pide el artículo.',
      uk: 'Необов’язково, поруч із токеном доступу в Production credentials. Mercado Pago використовує його на сторінках оплати; Fluxo лише зберігає його, щоб акаунт був повним, як просить стаття.',
      nb: 'Valgfritt, ved siden av tilgangstokenet under Production credentials. Mercado Pago bruker den på betalingssider; Fluxo tar bare vare på den så kontoen er komplett slik artikkelen ber om.',
    },
  Country: {
    'pt-BR': 'País',
    es: 'País',
    uk: 'Країна',
    nb: 'Land',
  },
  Argentina: {
    'pt-BR': 'Argentina',
    es: 'Argentina',
    uk: 'Аргентина',
    nb: 'Argentina',
  },
  Brazil: {
    'pt-BR': 'Brasil',
    es: 'Brasil',
    uk: 'Бразилія',
    nb: 'Brasil',
  },
  Chile: {
    'pt-BR': 'Chile',
    es: 'Chile',
    uk: 'Чилі',
    nb: 'Chile',
  },
  Colombia: {
    'pt-BR': 'Colômbia',
    es: 'Colombia',
    uk: 'Колумбія',
    nb: 'Colombia',
  },
  Mexico: {
    'pt-BR': 'México',
    es: 'México',
    uk: 'Мексика',
    nb: 'Mexico',
  },
  Peru: {
    'pt-BR': 'Peru',
    es: 'Perú',
    uk: 'Перу',
    nb: 'Peru',
  },
  Uruguay: {
    'pt-BR': 'Uruguai',
    es: 'Uruguay',
    uk: 'Уругвай',
    nb: 'Uruguay',
  },
  'Optional: the country of your Mercado Pago account. Payment methods and currencies differ by country; Fluxo reads the payments as Mercado Pago reports them either way.':
    {
      'pt-BR':
        'Opcional: o país da sua conta Mercado Pago. Formas de pagamento e moedas mudam de país para país; o Fluxo lê os pagamentos como o Mercado Pago os informa de qualquer jeito.',
      es: 'Opcional: el país de tu cuenta de Mercado Pago. Los medios de pago y las monedas cambian según el país; Fluxo lee los pagos tal como los informa Mercado Pago en cualquier caso.',
      uk: 'Необов’язково: країна вашого акаунта Mercado Pago. Способи оплати й валюти залежать від країни; Fluxo читає платежі так, як їх повідомляє Mercado Pago, у будь-якому разі.',
      nb: 'Valgfritt: landet til Mercado Pago-kontoen din. Betalingsmåter og valutaer varierer fra land til land; Fluxo leser betalingene slik Mercado Pago rapporterer dem uansett.',
    },
  'API address': {
    'pt-BR': 'Endereço da API',
    es: 'Dirección de la API',
    uk: 'Адреса API',
    nb: 'API-adresse',
  },
  'Leave empty. Only for testing against a local sandbox.': {
    'pt-BR': 'Deixe em branco. Só para testes com um sandbox local.',
    es: 'Déjalo vacío. Solo para pruebas con un sandbox local.',
    uk: 'Залиште порожнім. Лише для тестів із локальною пісочницею.',
    nb: 'La stå tomt. Bare for testing mot en lokal sandkasse.',
  },
  'Payment or subscription notification': {
    'pt-BR': 'Notificação de pagamento ou assinatura',
    es: 'Notificación de pago o suscripción',
    uk: 'Сповіщення про платіж або підписку',
    nb: 'Varsel om betaling eller abonnement',
  },
  'Starts when Mercado Pago notifies a payment (approved, pending, rejected, refunded, charged back, cancelled) or a subscription event. Fluxo checks the signature, answers Mercado Pago at once, then reads the full payment with your access token.':
    {
      'pt-BR':
        'Começa quando o Mercado Pago notifica um pagamento (aprovado, pendente, recusado, reembolsado, estornado, cancelado) ou um evento de assinatura. O Fluxo verifica a assinatura, responde ao Mercado Pago na hora e depois lê o pagamento completo com o seu access token.',
      es: 'Empieza cuando Mercado Pago notifica un pago (aprobado, pendiente, rechazado, reembolsado, con contracargo, cancelado) o un evento de suscripción. Fluxo comprueba la firma, responde a Mercado Pago al momento y luego lee el pago completo con tu access token.',
      uk: 'Запускається, коли Mercado Pago повідомляє про платіж (схвалений, очікує, відхилений, повернений, оскаржений, скасований) або подію підписки. Fluxo перевіряє підпис, одразу відповідає Mercado Pago, а потім читає повний платіж за вашим токеном доступу.',
      nb: 'Starter når Mercado Pago varsler om en betaling (godkjent, venter, avvist, refundert, tilbakeført, kansellert) eller en abonnementshendelse. Fluxo sjekker signaturen, svarer Mercado Pago med en gang og leser så hele betalingen med tilgangstokenet ditt.',
    },
  Events: {
    'pt-BR': 'Eventos',
    es: 'Eventos',
    uk: 'Події',
    nb: 'Hendelser',
  },
  'Payment approved': {
    'pt-BR': 'Pagamento aprovado',
    es: 'Pago aprobado',
    uk: 'Платіж схвалено',
    nb: 'Betaling godkjent',
  },
  'Payment pending or in review': {
    'pt-BR': 'Pagamento pendente ou em análise',
    es: 'Pago pendiente o en revisión',
    uk: 'Платіж очікує або на перевірці',
    nb: 'Betaling venter eller er til vurdering',
  },
  'Payment rejected': {
    'pt-BR': 'Pagamento recusado',
    es: 'Pago rechazado',
    uk: 'Платіж відхилено',
    nb: 'Betaling avvist',
  },
  'Payment refunded': {
    'pt-BR': 'Pagamento reembolsado',
    es: 'Pago reembolsado',
    uk: 'Платіж повернено',
    nb: 'Betaling refundert',
  },
  'Payment charged back': {
    'pt-BR': 'Pagamento estornado (chargeback)',
    es: 'Pago con contracargo',
    uk: 'Платіж оскаржено (чарджбек)',
    nb: 'Betaling tilbakeført',
  },
  'Payment cancelled': {
    'pt-BR': 'Pagamento cancelado',
    es: 'Pago cancelado',
    uk: 'Платіж скасовано',
    nb: 'Betaling kansellert',
  },
  'Subscription created or changed': {
    'pt-BR': 'Assinatura criada ou alterada',
    es: 'Suscripción creada o modificada',
    uk: 'Підписку створено або змінено',
    nb: 'Abonnement opprettet eller endret',
  },
  'Subscription charge made': {
    'pt-BR': 'Cobrança de assinatura feita',
    es: 'Cobro de suscripción realizado',
    uk: 'Здійснено списання за підпискою',
    nb: 'Abonnementstrekk gjennomført',
  },
  'Tick what should start this connection. In Mercado Pago, under Your integrations → Webhooks, choose "Payments" (and "Plans and subscriptions" for subscription events).':
    {
      'pt-BR':
        'Marque o que deve iniciar esta conexão. No Mercado Pago, em Suas integrações → Webhooks, escolha "Pagamentos" (e "Planos e assinaturas" para eventos de assinatura).',
      es: 'Marca lo que debe iniciar esta conexión. En Mercado Pago, en Tus integraciones → Webhooks, elige "Pagos" (y "Planes y suscripciones" para eventos de suscripción).',
      uk: 'Позначте, що має запускати це з’єднання. У Mercado Pago в Your integrations → Webhooks виберіть "Payments" (і "Plans and subscriptions" для подій підписки).',
      nb: 'Kryss av det som skal starte denne koblingen. I Mercado Pago, under Your integrations → Webhooks, velger du "Payments" (og "Plans and subscriptions" for abonnementshendelser).',
    },
  'Payments (polled)': {
    'pt-BR': 'Pagamentos (consultados)',
    es: 'Pagos (consultados)',
    uk: 'Платежі (опитування)',
    nb: 'Betalinger (hentet)',
  },
  'Reads your Mercado Pago payments every few minutes with the access token: for a shop whose one webhook URL another service (such as systeme.io) already uses.':
    {
      'pt-BR':
        'Lê os seus pagamentos do Mercado Pago a cada poucos minutos com o access token: para a loja cuja única URL de webhook já é usada por outro serviço (como o systeme.io).',
      es: 'Lee tus pagos de Mercado Pago cada pocos minutos con el access token: para una tienda cuya única URL de webhook ya usa otro servicio (como systeme.io).',
      uk: 'Читає ваші платежі Mercado Pago кожні кілька хвилин за токеном доступу: для магазину, чию єдину URL вебхука вже використовує інший сервіс (наприклад, systeme.io).',
      nb: 'Leser Mercado Pago-betalingene dine med noen minutters mellomrom med tilgangstokenet: for en butikk der en annen tjeneste (som systeme.io) allerede bruker den ene webhook-URL-en.',
    },
  'Tick the payment changes that should start this connection.': {
    'pt-BR': 'Marque as mudanças de pagamento que devem iniciar esta conexão.',
    es: 'Marca los cambios de pago que deben iniciar esta conexión.',
    uk: 'Позначте зміни платежів, які мають запускати це з’єднання.',
    nb: 'Kryss av betalingsendringene som skal starte denne koblingen.',
  },
  "Each change of a payment's status is one new item, once: a change that also came by notification is not sent again.":
    {
      'pt-BR':
        'Cada mudança de status de um pagamento é um item novo, uma vez só: uma mudança que também chegou por notificação não é enviada de novo.',
      es: 'Cada cambio de estado de un pago es un elemento nuevo, una sola vez: un cambio que también llegó por notificación no se vuelve a enviar.',
      uk: 'Кожна зміна статусу платежу — один новий елемент, лише раз: зміна, що прийшла й сповіщенням, не надсилається повторно.',
      nb: 'Hver endring av en betalings status er ett nytt element, én gang: en endring som også kom som varsel, sendes ikke på nytt.',
    },
  'The answer names no Mercado Pago account, so this is not Mercado Pago. Leave the API address empty unless you test against a sandbox.':
    {
      'pt-BR':
        'A resposta não cita nenhuma conta do Mercado Pago, então não é o Mercado Pago. Deixe o endereço da API em branco, a menos que teste com um sandbox.',
      es: 'La respuesta no nombra ninguna cuenta de Mercado Pago, así que no es Mercado Pago. Deja vacía la dirección de la API salvo que pruebes con un sandbox.',
      uk: 'Відповідь не називає жодного акаунта Mercado Pago, тож це не Mercado Pago. Залиште адресу API порожньою, якщо не тестуєте з пісочницею.',
      nb: 'Svaret nevner ingen Mercado Pago-konto, så dette er ikke Mercado Pago. La API-adressen stå tom med mindre du tester mot en sandkasse.',
    },
  'Connected to Mercado Pago as {name}.': {
    'pt-BR': 'Conectado ao Mercado Pago como {name}.',
    es: 'Conectado a Mercado Pago como {name}.',
    uk: 'Підключено до Mercado Pago як {name}.',
    nb: 'Koblet til Mercado Pago som {name}.',
  },
  'Connected to Mercado Pago as {name}. Without the webhook secret notifications are refused; "Payments (polled)" works.':
    {
      'pt-BR':
        'Conectado ao Mercado Pago como {name}. Sem a assinatura secreta do webhook as notificações são recusadas; "Pagamentos (consultados)" funciona.',
      es: 'Conectado a Mercado Pago como {name}. Sin la clave secreta del webhook se rechazan las notificaciones; "Pagos (consultados)" funciona.',
      uk: 'Підключено до Mercado Pago як {name}. Без секрету вебхука сповіщення відхиляються; "Платежі (опитування)" працюють.',
      nb: 'Koblet til Mercado Pago som {name}. Uten webhook-hemmeligheten avvises varsler; "Betalinger (hentet)" virker.',
    },
  'The check failed.': {
    'pt-BR': 'A verificação falhou.',
    es: 'La comprobación falló.',
    uk: 'Перевірка не вдалася.',
    nb: 'Sjekken mislyktes.',
  },
};
