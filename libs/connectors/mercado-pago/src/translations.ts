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
  'The secret signature from Your integrations → Webhooks (shown after you save the webhook URL). Fluxo refuses notifications until it is set.':
    {
      'pt-BR':
        'A assinatura secreta de Suas integrações → Webhooks (mostrada depois que você salva a URL do webhook). O Fluxo recusa notificações até ela ser informada.',
      es: 'La clave secreta de Tus integraciones → Webhooks (aparece tras guardar la URL del webhook). Fluxo rechaza las notificaciones hasta que la indiques.',
      uk: 'Секретний підпис із Your integrations → Webhooks (показується після збереження URL вебхука). Поки його не задано, Fluxo відхиляє сповіщення.',
      nb: 'Den hemmelige signaturen fra Your integrations → Webhooks (vises etter at du har lagret webhook-URL-en). Fluxo avviser varsler til den er satt.',
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
  'Enter the webhook secret from Your integrations → Webhooks.': {
    'pt-BR': 'Informe a assinatura secreta de Suas integrações → Webhooks.',
    es: 'Escribe la clave secreta de Tus integraciones → Webhooks.',
    uk: 'Вкажіть секрет вебхука з Your integrations → Webhooks.',
    nb: 'Skriv inn webhook-hemmeligheten fra Your integrations → Webhooks.',
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
  'The check failed.': {
    'pt-BR': 'A verificação falhou.',
    es: 'La comprobación falló.',
    uk: 'Перевірка не вдалася.',
    nb: 'Sjekken mislyktes.',
  },
};
