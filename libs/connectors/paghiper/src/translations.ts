import { sameInEveryLanguage, type ConnectorTranslations } from '@fluxo/connector-sdk';

/** What this connector shows, in the languages Fluxo speaks besides English (the key). */
export const paghiperTranslations: ConnectorTranslations = {
  PagHiper: sameInEveryLanguage('PagHiper'),
  'Start a connection when a PagHiper boleto or PIX charge changes status (paid, cancelled, refunded, …), with the payer, amounts and boleto or PIX data.':
    {
      'pt-BR':
        'Inicie uma conexão quando um boleto ou cobrança PIX da PagHiper mudar de status (pago, cancelado, reembolsado, …), com o pagador, os valores e os dados do boleto ou PIX.',
      es: 'Inicia una conexión cuando un boleto o cobro PIX de PagHiper cambie de estado (pagado, cancelado, reembolsado, …), con el pagador, los importes y los datos del boleto o PIX.',
      uk: 'Запускайте з’єднання, коли boleto або PIX-платіж PagHiper змінює статус (оплачено, скасовано, повернено, …), з платником, сумами та даними boleto чи PIX.',
      nb: 'Start en kobling når en PagHiper-boleto eller PIX-betaling endrer status (betalt, kansellert, refundert, …), med betaler, beløp og boleto- eller PIX-data.',
    },
  'API key': {
    'pt-BR': 'Chave de API (ApiKey)',
    es: 'Clave de API (ApiKey)',
    uk: 'API-ключ (ApiKey)',
    nb: 'API-nøkkel (ApiKey)',
  },
  'In PagHiper: Minha Conta → Credenciais → ApiKey.': {
    'pt-BR': 'Na PagHiper: Minha Conta → Credenciais → ApiKey.',
    es: 'En PagHiper: Minha Conta → Credenciais → ApiKey.',
    uk: 'У PagHiper: Minha Conta → Credenciais → ApiKey.',
    nb: 'I PagHiper: Minha Conta → Credenciais → ApiKey.',
  },
  Token: {
    'pt-BR': 'Token',
    es: 'Token',
    uk: 'Токен',
    nb: 'Token',
  },
  'In PagHiper: Minha Conta → Credenciais → Token.': {
    'pt-BR': 'Na PagHiper: Minha Conta → Credenciais → Token.',
    es: 'En PagHiper: Minha Conta → Credenciais → Token.',
    uk: 'У PagHiper: Minha Conta → Credenciais → Token.',
    nb: 'I PagHiper: Minha Conta → Credenciais → Token.',
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
  'PIX API address': {
    'pt-BR': 'Endereço da API PIX',
    es: 'Dirección de la API PIX',
    uk: 'Адреса PIX API',
    nb: 'PIX API-adresse',
  },
  'Payment status changed': {
    'pt-BR': 'Status do pagamento mudou',
    es: 'Cambió el estado del pago',
    uk: 'Змінився статус платежу',
    nb: 'Betalingsstatus endret',
  },
  'Checks PagHiper for boletos and PIX charges whose status changed (pending, reserved, paid, completed, cancelled, processing, refunded), with the payer, amounts and boleto or PIX data.':
    {
      'pt-BR':
        'Consulta a PagHiper em busca de boletos e cobranças PIX cujo status mudou (pendente, reservado, pago, completo, cancelado, processando, reembolsado), com o pagador, os valores e os dados do boleto ou PIX.',
      es: 'Consulta en PagHiper los boletos y cobros PIX cuyo estado cambió (pendiente, reservado, pagado, completado, cancelado, en proceso, reembolsado), con el pagador, los importes y los datos del boleto o PIX.',
      uk: 'Перевіряє в PagHiper boleto та PIX-платежі, статус яких змінився (очікує, зарезервовано, оплачено, завершено, скасовано, обробляється, повернено), з платником, сумами та даними boleto чи PIX.',
      nb: 'Sjekker PagHiper for boletos og PIX-betalinger som har endret status (venter, reservert, betalt, fullført, kansellert, behandles, refundert), med betaler, beløp og boleto- eller PIX-data.',
    },
  'Payment kinds': {
    'pt-BR': 'Tipos de pagamento',
    es: 'Tipos de pago',
    uk: 'Види платежів',
    nb: 'Betalingstyper',
  },
  Boleto: sameInEveryLanguage('Boleto'),
  'Which PagHiper charges to follow: boletos, PIX, or both.': {
    'pt-BR': 'Quais cobranças da PagHiper acompanhar: boletos, PIX ou ambos.',
    es: 'Qué cobros de PagHiper seguir: boletos, PIX o ambos.',
    uk: 'Які платежі PagHiper відстежувати: boleto, PIX або обидва.',
    nb: 'Hvilke PagHiper-betalinger som skal følges: boletos, PIX eller begge.',
  },
  'Only these statuses': {
    'pt-BR': 'Só estes status',
    es: 'Solo estos estados',
    uk: 'Лише ці статуси',
    nb: 'Bare disse statusene',
  },
  'Pending (waiting for payment)': {
    'pt-BR': 'Pendente (aguardando pagamento)',
    es: 'Pendiente (esperando el pago)',
    uk: 'Очікує (чекає на оплату)',
    nb: 'Venter (venter på betaling)',
  },
  'Reserved (paid, waiting for clearing)': {
    'pt-BR': 'Reservado (pago, aguardando compensação)',
    es: 'Reservado (pagado, esperando la compensación)',
    uk: 'Зарезервовано (оплачено, чекає на клірінг)',
    nb: 'Reservert (betalt, venter på oppgjør)',
  },
  Paid: {
    'pt-BR': 'Pago',
    es: 'Pagado',
    uk: 'Оплачено',
    nb: 'Betalt',
  },
  'Completed (money released)': {
    'pt-BR': 'Completo (dinheiro liberado)',
    es: 'Completado (dinero liberado)',
    uk: 'Завершено (кошти зараховано)',
    nb: 'Fullført (pengene er frigitt)',
  },
  Cancelled: {
    'pt-BR': 'Cancelado',
    es: 'Cancelado',
    uk: 'Скасовано',
    nb: 'Kansellert',
  },
  'Processing (under dispute or review)': {
    'pt-BR': 'Processando (em disputa ou análise)',
    es: 'En proceso (en disputa o revisión)',
    uk: 'Обробляється (спір або перевірка)',
    nb: 'Behandles (under tvist eller vurdering)',
  },
  Refunded: {
    'pt-BR': 'Reembolsado',
    es: 'Reembolsado',
    uk: 'Повернено',
    nb: 'Refundert',
  },
  'Leave empty to start on every status. PagHiper treats "paid" and "completed" as paid.': {
    'pt-BR':
      'Deixe em branco para iniciar em qualquer status. A PagHiper trata "pago" e "completo" como pagos.',
    es: 'Déjalo vacío para iniciar con cualquier estado. PagHiper trata "pagado" y "completado" como pagados.',
    uk: 'Залиште порожнім, щоб запускати на будь-якому статусі. PagHiper вважає "оплачено" й "завершено" оплаченими.',
    nb: 'La stå tomt for å starte på alle statuser. PagHiper regner "betalt" og "fullført" som betalt.',
  },
  'Look back (days)': {
    'pt-BR': 'Olhar para trás (dias)',
    es: 'Mirar hacia atrás (días)',
    uk: 'Переглядати назад (днів)',
    nb: 'Se tilbake (dager)',
  },
  'How old a charge may be for its status changes to be found (paid ones are found whatever their age). Raise it for boletos due later than a month; at most 366.':
    {
      'pt-BR':
        'Quão antiga uma cobrança pode ser para que as mudanças de status dela sejam encontradas (as pagas são encontradas seja qual for a idade). Aumente para boletos que vencem depois de um mês; no máximo 366.',
      es: 'Qué antigüedad puede tener un cobro para encontrar sus cambios de estado (los pagados se encuentran tengan la edad que tengan). Súbelo para boletos que vencen en más de un mes; como mucho 366.',
      uk: 'Наскільки давнім може бути платіж, щоб знаходити зміни його статусу (оплачені знаходяться незалежно від давності). Збільште для boleto зі строком понад місяць; не більше 366.',
      nb: 'Hvor gammel en betaling kan være for at statusendringene skal bli funnet (betalte blir funnet uansett alder). Øk den for boletos som forfaller senere enn om en måned; høyst 366.',
    },
  'Also start on': {
    'pt-BR': 'Também iniciar em',
    es: 'Iniciar también con',
    uk: 'Також запускати',
    nb: 'Start også ved',
  },
  'Boleto due in a few days': {
    'pt-BR': 'Boleto vencendo em poucos dias',
    es: 'Boleto que vence en pocos días',
    uk: 'Строк boleto спливає за кілька днів',
    nb: 'Boleto forfaller om noen dager',
  },
  'Boleto overdue': {
    'pt-BR': 'Boleto vencido',
    es: 'Boleto vencido',
    uk: 'Строк boleto минув',
    nb: 'Boleto forfalt',
  },
  'Once per boleto still pending: when its due date is near (see below), and when it has passed. The item says which in the variable "event".':
    {
      'pt-BR':
        'Uma vez por boleto ainda pendente: quando o vencimento estiver perto (veja abaixo) e quando tiver passado. O item diz qual na variável "event".',
      es: 'Una vez por boleto aún pendiente: cuando se acerca su vencimiento (ver abajo) y cuando ha pasado. El elemento dice cuál en la variable "event".',
      uk: 'Один раз для кожного ще не оплаченого boleto: коли строк наближається (див. нижче) і коли він минув. Елемент вказує, що саме, у змінній "event".',
      nb: 'Én gang per boleto som fortsatt venter: når forfallsdatoen nærmer seg (se under), og når den har passert. Elementet sier hvilken i variabelen "event".',
    },
  'Days before the due date': {
    'pt-BR': 'Dias antes do vencimento',
    es: 'Días antes del vencimiento',
    uk: 'Днів до кінця строку',
    nb: 'Dager før forfallsdatoen',
  },
  'For "Boleto due in a few days": how many days before its due date, 0 to 30.': {
    'pt-BR': 'Para "Boleto vencendo em poucos dias": quantos dias antes do vencimento, de 0 a 30.',
    es: 'Para "Boleto que vence en pocos días": cuántos días antes del vencimiento, de 0 a 30.',
    uk: 'Для "Строк boleto спливає за кілька днів": за скільки днів до кінця строку, від 0 до 30.',
    nb: 'For "Boleto forfaller om noen dager": hvor mange dager før forfallsdatoen, 0 til 30.',
  },
  "Each change of a payment's status is one new item; PagHiper sends no tracking (UTM) variables.":
    {
      'pt-BR':
        'Cada mudança de status de um pagamento é um item novo; a PagHiper não envia variáveis de rastreamento (UTM).',
      es: 'Cada cambio de estado de un pago es un elemento nuevo; PagHiper no envía variables de seguimiento (UTM).',
      uk: 'Кожна зміна статусу платежу — новий елемент; PagHiper не надсилає змінних відстеження (UTM).',
      nb: 'Hver endring av en betalings status er ett nytt element; PagHiper sender ingen sporingsvariabler (UTM).',
    },
  'Payment notification': {
    'pt-BR': 'Notificação de pagamento',
    es: 'Notificación de pago',
    uk: 'Сповіщення про платіж',
    nb: 'Betalingsvarsel',
  },
  "Starts at once when PagHiper notifies a boleto's or PIX charge's new status on this connection's URL (set it as the notification URL of your charges). PagHiper sends no tracking (UTM) variables.":
    {
      'pt-BR':
        'Começa na hora quando a PagHiper notifica o novo status de um boleto ou cobrança PIX na URL desta conexão (defina-a como URL de notificação das suas cobranças). A PagHiper não envia variáveis de rastreamento (UTM).',
      es: 'Empieza al momento cuando PagHiper notifica el nuevo estado de un boleto o cobro PIX en la URL de esta conexión (ponla como URL de notificación de tus cobros). PagHiper no envía variables de seguimiento (UTM).',
      uk: 'Запускається одразу, коли PagHiper повідомляє новий статус boleto чи PIX-платежу на URL цього з’єднання (вкажіть її як URL сповіщень своїх платежів). PagHiper не надсилає змінних відстеження (UTM).',
      nb: 'Starter med en gang når PagHiper varsler en boletos eller PIX-betalings nye status på denne koblingens URL (sett den som varslings-URL for betalingene dine). PagHiper sender ingen sporingsvariabler (UTM).',
    },
  'PagHiper accepted the API key and token.': {
    'pt-BR': 'A PagHiper aceitou a chave de API e o token.',
    es: 'PagHiper aceptó la clave de API y el token.',
    uk: 'PagHiper прийняв API-ключ і токен.',
    nb: 'PagHiper godtok API-nøkkelen og tokenet.',
  },
  'The check failed.': {
    'pt-BR': 'A verificação falhou.',
    es: 'La comprobación falló.',
    uk: 'Перевірка не вдалася.',
    nb: 'Sjekken mislyktes.',
  },
  "PagHiper's {kind} list could not be read, so its changes wait for the next check: {reason}": {
    'pt-BR':
      'Não foi possível ler a lista de {kind} da PagHiper, então as mudanças dela esperam a próxima verificação: {reason}',
    es: 'No se pudo leer la lista de {kind} de PagHiper, así que sus cambios esperan a la próxima comprobación: {reason}',
    uk: 'Не вдалося прочитати список {kind} у PagHiper, тож його зміни чекають наступної перевірки: {reason}',
    nb: 'PagHipers {kind}-liste kunne ikke leses, så endringene i den venter til neste sjekk: {reason}',
  },
};
