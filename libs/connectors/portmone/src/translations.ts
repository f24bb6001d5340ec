import { sameInEveryLanguage, type ConnectorTranslations } from '@fluxo/connector-sdk';

/** What this connector shows, in the languages Fluxo speaks besides English (the key). */
export const portmoneTranslations: ConnectorTranslations = {
  Portmone: sameInEveryLanguage('Portmone'),
  'Bill your customers through Portmone: send payment links by e-mail or SMS and react when they pay.':
    {
      'pt-BR':
        'Cobre seus clientes pelo Portmone: envie links de pagamento por e-mail ou SMS e reaja quando pagarem.',
      es: 'Cobra a tus clientes con Portmone: envía enlaces de pago por correo o SMS y reacciona cuando paguen.',
      uk: 'Виставляйте рахунки клієнтам через Portmone: надсилайте посилання на оплату e-mail або SMS і реагуйте, коли вони платять.',
      nb: 'Fakturer kundene dine gjennom Portmone: send betalingslenker på e-post eller SMS og reager når de betaler.',
    },
  'Payee (merchant) ID': {
    'pt-BR': 'ID do recebedor (lojista)',
    es: 'ID del beneficiario (comercio)',
    uk: 'ID одержувача (мерчанта)',
    nb: 'Betalingsmottaker-ID (brukersted)',
  },
  'Your shop ID at Portmone. Portmone support gives it to you.': {
    'pt-BR': 'O ID da sua loja no Portmone. O suporte do Portmone informa esse número.',
    es: 'El ID de tu tienda en Portmone. Te lo da el soporte de Portmone.',
    uk: 'ID вашого магазину в Portmone. Його надає підтримка Portmone.',
    nb: 'Butikk-ID-en din hos Portmone. Du får den fra Portmone-kundestøtten.',
  },
  Login: {
    'pt-BR': 'Login',
    es: 'Usuario',
    uk: 'Логін',
    nb: 'Brukernavn',
  },
  'The login of your Portmone business cabinet.': {
    'pt-BR': 'O login do seu painel empresarial do Portmone.',
    es: 'El usuario de tu panel de empresa de Portmone.',
    uk: 'Логін вашого бізнес-кабінету Portmone.',
    nb: 'Brukernavnet til bedriftskontoen din hos Portmone.',
  },
  Password: {
    'pt-BR': 'Senha',
    es: 'Contraseña',
    uk: 'Пароль',
    nb: 'Passord',
  },
  'The password of your Portmone business cabinet.': {
    'pt-BR': 'A senha do seu painel empresarial do Portmone.',
    es: 'La contraseña de tu panel de empresa de Portmone.',
    uk: 'Пароль вашого бізнес-кабінету Portmone.',
    nb: 'Passordet til bedriftskontoen din hos Portmone.',
  },
  'Signature key': {
    'pt-BR': 'Chave de assinatura',
    es: 'Clave de firma',
    uk: 'Ключ підпису',
    nb: 'Signaturnøkkel',
  },
  'Only if Portmone gave you a key for signing requests; leave empty otherwise.': {
    'pt-BR':
      'Só se o Portmone deu a você uma chave para assinar as requisições; caso contrário, deixe em branco.',
    es: 'Solo si Portmone te dio una clave para firmar las solicitudes; si no, déjalo vacío.',
    uk: 'Лише якщо Portmone видав вам ключ для підпису запитів; інакше залиште порожнім.',
    nb: 'Bare hvis Portmone har gitt deg en nøkkel for å signere forespørsler; ellers lar du feltet stå tomt.',
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
  'Invoice status changed': {
    'pt-BR': 'Status da fatura mudou',
    es: 'Cambió el estado de la factura',
    uk: 'Змінився статус рахунку',
    nb: 'Fakturastatus endret',
  },
  'Checks Portmone for invoices that were paid, rejected or refunded.': {
    'pt-BR': 'Consulta o Portmone em busca de faturas pagas, recusadas ou reembolsadas.',
    es: 'Consulta en Portmone las facturas pagadas, rechazadas o reembolsadas.',
    uk: 'Перевіряє в Portmone рахунки, які оплачено, відхилено або повернено.',
    nb: 'Sjekker Portmone for fakturaer som er betalt, avvist eller refundert.',
  },
  'Each time an invoice becomes paid, rejected or refunded.': {
    'pt-BR': 'Cada vez que uma fatura é paga, recusada ou reembolsada.',
    es: 'Cada vez que una factura se paga, se rechaza o se reembolsa.',
    uk: 'Щоразу, коли рахунок оплачено, відхилено або повернено.',
    nb: 'Hver gang en faktura blir betalt, avvist eller refundert.',
  },
  'Create and send invoice by e-mail': {
    'pt-BR': 'Criar e enviar fatura por e-mail',
    es: 'Crear y enviar factura por correo',
    uk: 'Створити й надіслати рахунок e-mail',
    nb: 'Opprett og send faktura på e-post',
  },
  'Creates a Portmone payment link for the payer and e-mails it from one of your e-mail accounts.':
    {
      'pt-BR':
        'Cria um link de pagamento Portmone para o pagador e o envia por e-mail de uma das suas contas de e-mail.',
      es: 'Crea un enlace de pago de Portmone para el pagador y se lo envía desde una de tus cuentas de correo.',
      uk: 'Створює посилання на оплату Portmone для платника й надсилає його з одного з ваших поштових акаунтів.',
      nb: 'Oppretter en Portmone-betalingslenke for betaleren og sender den fra en av e-postkontoene dine.',
    },
  'Payer name': {
    'pt-BR': 'Nome do pagador',
    es: 'Nombre del pagador',
    uk: 'Ім’я платника',
    nb: 'Betalerens navn',
  },
  'Olena Kovalenko': {
    'pt-BR': 'Olena Kovalenko',
    es: 'Olena Kovalenko',
    uk: 'Олена Коваленко',
    nb: 'Olena Kovalenko',
  },
  'Who the invoice is for; used to greet them in the message.': {
    'pt-BR': 'Para quem é a fatura; usado para cumprimentar a pessoa na mensagem.',
    es: 'Para quién es la factura; se usa para saludarle en el mensaje.',
    uk: 'Кому виставлено рахунок; використовується для звертання в повідомленні.',
    nb: 'Hvem fakturaen er til; brukes til å hilse i meldingen.',
  },
  'Payer e-mail': {
    'pt-BR': 'E-mail do pagador',
    es: 'Correo del pagador',
    uk: 'E-mail платника',
    nb: 'Betalerens e-post',
  },
  'The invoice link is sent to this address.': {
    'pt-BR': 'O link da fatura é enviado para este endereço.',
    es: 'El enlace de la factura se envía a esta dirección.',
    uk: 'Посилання на рахунок надсилається на цю адресу.',
    nb: 'Fakturalenken sendes til denne adressen.',
  },
  Amount: {
    'pt-BR': 'Valor',
    es: 'Importe',
    uk: 'Сума',
    nb: 'Beløp',
  },
  'How much to pay, e.g. 97.50 or 1 234,50. Must be more than zero.': {
    'pt-BR': 'Quanto pagar, por ex. 97.50 ou 1 234,50. Deve ser maior que zero.',
    es: 'Cuánto pagar, p. ej. 97.50 o 1 234,50. Debe ser mayor que cero.',
    uk: 'Скільки сплатити, напр. 97.50 або 1 234,50. Має бути більше нуля.',
    nb: 'Hvor mye som skal betales, f.eks. 97.50 eller 1 234,50. Må være mer enn null.',
  },
  Currency: {
    'pt-BR': 'Moeda',
    es: 'Moneda',
    uk: 'Валюта',
    nb: 'Valuta',
  },
  'Leave UAH unless Portmone enabled another currency for your shop.': {
    'pt-BR': 'Deixe UAH, a menos que o Portmone tenha habilitado outra moeda para a sua loja.',
    es: 'Deja UAH salvo que Portmone haya habilitado otra moneda para tu tienda.',
    uk: 'Залиште UAH, якщо Portmone не ввімкнув для вашого магазину іншу валюту.',
    nb: 'La UAH stå, med mindre Portmone har slått på en annen valuta for butikken din.',
  },
  Description: {
    'pt-BR': 'Descrição',
    es: 'Descripción',
    uk: 'Опис',
    nb: 'Beskrivelse',
  },
  'Order #1024: 2 × green tea': {
    'pt-BR': 'Pedido nº 1024: 2 × chá verde',
    es: 'Pedido n.º 1024: 2 × té verde',
    uk: 'Замовлення №1024: 2 × зелений чай',
    nb: 'Ordre nr. 1024: 2 × grønn te',
  },
  'What the payment is for; the payer sees it in the message and on the payment page.': {
    'pt-BR': 'Pelo que é o pagamento; o pagador vê isso na mensagem e na página de pagamento.',
    es: 'Por qué es el pago; el pagador lo ve en el mensaje y en la página de pago.',
    uk: 'За що платіж; платник бачить це в повідомленні й на сторінці оплати.',
    nb: 'Hva betalingen gjelder; betaleren ser det i meldingen og på betalingssiden.',
  },
  'Order number': {
    'pt-BR': 'Número do pedido',
    es: 'Número de pedido',
    uk: 'Номер замовлення',
    nb: 'Ordrenummer',
  },
  'Your own number for this invoice; Portmone accepts each number once. Leave empty and Fluxo makes a unique one (the same one if it has to try again, so the payer is never billed twice).':
    {
      'pt-BR':
        'Seu próprio número para esta fatura; o Portmone aceita cada número uma vez. Deixe em branco e o Fluxo cria um único (o mesmo se precisar tentar de novo, para o pagador nunca ser cobrado duas vezes).',
      es: 'Tu propio número para esta factura; Portmone acepta cada número una vez. Déjalo vacío y Fluxo crea uno único (el mismo si tiene que reintentar, para que nunca se cobre dos veces).',
      uk: 'Ваш власний номер цього рахунку; Portmone приймає кожен номер лише раз. Залиште порожнім, і Fluxo створить унікальний (той самий у разі повторної спроби, тож платнику ніколи не виставлять рахунок двічі).',
      nb: 'Ditt eget nummer for denne fakturaen; Portmone godtar hvert nummer én gang. La stå tomt, så lager Fluxo et unikt (det samme om det må prøve igjen, så betaleren aldri faktureres to ganger).',
    },
  'Pay by': {
    'pt-BR': 'Pagar até',
    es: 'Pagar antes de',
    uk: 'Сплатити до',
    nb: 'Betal innen',
  },
  '2026-12-31 or 31.12.2026 18:00': {
    'pt-BR': '2026-12-31 ou 31.12.2026 18:00',
    es: '2026-12-31 o 31.12.2026 18:00',
    uk: '2026-12-31 або 31.12.2026 18:00',
    nb: '2026-12-31 eller 31.12.2026 18:00',
  },
  'Optional last moment to pay, Kyiv time. A date alone means the end of that day.': {
    'pt-BR':
      'Prazo final opcional para pagar, no horário de Kyiv. Só uma data significa o fim desse dia.',
    es: 'Último momento opcional para pagar, hora de Kyiv. Solo una fecha significa el final de ese día.',
    uk: 'Необов’язковий крайній термін оплати за київським часом. Сама дата означає кінець цього дня.',
    nb: 'Valgfritt siste tidspunkt for betaling, Kyiv-tid. Bare en dato betyr slutten av den dagen.',
  },
  Language: {
    'pt-BR': 'Idioma',
    es: 'Idioma',
    uk: 'Мова',
    nb: 'Språk',
  },
  Ukrainian: {
    'pt-BR': 'Ucraniano',
    es: 'Ucraniano',
    uk: 'Українська',
    nb: 'Ukrainsk',
  },
  English: {
    'pt-BR': 'Inglês',
    es: 'Inglés',
    uk: 'Англійська',
    nb: 'Engelsk',
  },
  Russian: {
    'pt-BR': 'Russo',
    es: 'Ruso',
    uk: 'Російська',
    nb: 'Russisk',
  },
  'The language of the message and of the Portmone payment page.': {
    'pt-BR': 'O idioma da mensagem e da página de pagamento do Portmone.',
    es: 'El idioma del mensaje y de la página de pago de Portmone.',
    uk: 'Мова повідомлення та сторінки оплати Portmone.',
    nb: 'Språket i meldingen og på Portmones betalingsside.',
  },
  'Page after payment': {
    'pt-BR': 'Página após o pagamento',
    es: 'Página tras el pago',
    uk: 'Сторінка після оплати',
    nb: 'Side etter betaling',
  },
  'Optional. Where the payer lands after paying.': {
    'pt-BR': 'Opcional. Para onde o pagador vai depois de pagar.',
    es: 'Opcional. Adónde llega el pagador después de pagar.',
    uk: 'Необов’язково. Куди потрапляє платник після оплати.',
    nb: 'Valgfritt. Hvor betaleren havner etter å ha betalt.',
  },
  'Page after a failed payment': {
    'pt-BR': 'Página após um pagamento sem sucesso',
    es: 'Página tras un pago fallido',
    uk: 'Сторінка після невдалої оплати',
    nb: 'Side etter en mislykket betaling',
  },
  'Optional. Where the payer lands when the payment does not go through.': {
    'pt-BR': 'Opcional. Para onde o pagador vai quando o pagamento não é concluído.',
    es: 'Opcional. Adónde llega el pagador cuando el pago no se completa.',
    uk: 'Необов’язково. Куди потрапляє платник, якщо оплата не пройшла.',
    nb: 'Valgfritt. Hvor betaleren havner når betalingen ikke går gjennom.',
  },
  'Your subject': {
    'pt-BR': 'Seu assunto',
    es: 'Tu asunto',
    uk: 'Ваша тема',
    nb: 'Ditt emne',
  },
  'Optional. Leave empty for the standard subject in the invoice language.': {
    'pt-BR': 'Opcional. Deixe em branco para o assunto padrão no idioma da fatura.',
    es: 'Opcional. Déjalo vacío para el asunto estándar en el idioma de la factura.',
    uk: 'Необов’язково. Залиште порожнім для стандартної теми мовою рахунку.',
    nb: 'Valgfritt. La stå tomt for standardemnet på fakturaens språk.',
  },
  'Your message': {
    'pt-BR': 'Sua mensagem',
    es: 'Tu mensaje',
    uk: 'Ваше повідомлення',
    nb: 'Din melding',
  },
  'Hello {{ Name }}, here is the invoice for your order.': {
    'pt-BR': 'Olá, {{ Name }}, aqui está a fatura do seu pedido.',
    es: 'Hola, {{ Name }}, aquí tienes la factura de tu pedido.',
    uk: 'Вітаємо, {{ Name }}, ось рахунок за ваше замовлення.',
    nb: 'Hei {{ Name }}, her er fakturaen for bestillingen din.',
  },
  'Optional, in your own words (variables allowed). The payment link is always added below it; leave empty for the standard message in the invoice language.':
    {
      'pt-BR':
        'Opcional, com suas palavras (variáveis permitidas). O link de pagamento sempre é adicionado abaixo; deixe em branco para a mensagem padrão no idioma da fatura.',
      es: 'Opcional, con tus palabras (se permiten variables). El enlace de pago siempre se añade debajo; déjalo vacío para el mensaje estándar en el idioma de la factura.',
      uk: 'Необов’язково, вашими словами (можна зі змінними). Посилання на оплату завжди додається нижче; залиште порожнім для стандартного повідомлення мовою рахунку.',
      nb: 'Valgfritt, med dine egne ord (variabler er lov). Betalingslenken legges alltid til under; la stå tomt for standardmeldingen på fakturaens språk.',
    },
  'Send from e-mail account': {
    'pt-BR': 'Enviar da conta de e-mail',
    es: 'Enviar desde la cuenta de correo',
    uk: 'Надіслати з поштового акаунта',
    nb: 'Send fra e-postkonto',
  },
  'The e-mail account the invoice link is sent from.': {
    'pt-BR': 'A conta de e-mail da qual o link da fatura é enviado.',
    es: 'La cuenta de correo desde la que se envía el enlace de la factura.',
    uk: 'Поштовий акаунт, з якого надсилається посилання на рахунок.',
    nb: 'E-postkontoen fakturalenken sendes fra.',
  },
  'Payment link': {
    'pt-BR': 'Link de pagamento',
    es: 'Enlace de pago',
    uk: 'Посилання на оплату',
    nb: 'Betalingslenke',
  },
  'Invoice number': {
    'pt-BR': 'Número da fatura',
    es: 'Número de factura',
    uk: 'Номер рахунку',
    nb: 'Fakturanummer',
  },
  'Portmone bill id': {
    'pt-BR': 'ID da cobrança no Portmone',
    es: 'ID del cobro en Portmone',
    uk: 'ID рахунку в Portmone',
    nb: 'Portmone-faktura-ID',
  },
  'Create and send invoice by SMS': {
    'pt-BR': 'Criar e enviar fatura por SMS',
    es: 'Crear y enviar factura por SMS',
    uk: 'Створити й надіслати рахунок SMS',
    nb: 'Opprett og send faktura på SMS',
  },
  'Creates a Portmone payment link for the payer and texts it from one of your SMS accounts.': {
    'pt-BR':
      'Cria um link de pagamento Portmone para o pagador e o envia por SMS de uma das suas contas de SMS.',
    es: 'Crea un enlace de pago de Portmone para el pagador y se lo envía por SMS desde una de tus cuentas de SMS.',
    uk: 'Створює посилання на оплату Portmone для платника й надсилає його SMS з одного з ваших SMS-акаунтів.',
    nb: 'Oppretter en Portmone-betalingslenke for betaleren og sender den på SMS fra en av SMS-kontoene dine.',
  },
  'Payer phone': {
    'pt-BR': 'Telefone do pagador',
    es: 'Teléfono del pagador',
    uk: 'Телефон платника',
    nb: 'Betalerens telefon',
  },
  'The invoice link is sent to this number by SMS, in international format.': {
    'pt-BR': 'O link da fatura é enviado por SMS para este número, em formato internacional.',
    es: 'El enlace de la factura se envía por SMS a este número, en formato internacional.',
    uk: 'Посилання на рахунок надсилається SMS на цей номер у міжнародному форматі.',
    nb: 'Fakturalenken sendes på SMS til dette nummeret, i internasjonalt format.',
  },
  'Send from SMS account': {
    'pt-BR': 'Enviar da conta de SMS',
    es: 'Enviar desde la cuenta de SMS',
    uk: 'Надіслати з SMS-акаунта',
    nb: 'Send fra SMS-konto',
  },
  'The SMS account the invoice link is sent from.': {
    'pt-BR': 'A conta de SMS da qual o link da fatura é enviado.',
    es: 'La cuenta de SMS desde la que se envía el enlace de la factura.',
    uk: 'SMS-акаунт, з якого надсилається посилання на рахунок.',
    nb: 'SMS-kontoen fakturalenken sendes fra.',
  },
  'Enter the payee ID, login and password': {
    'pt-BR': 'Informe o ID do recebedor, o login e a senha',
    es: 'Escribe el ID del beneficiario, el usuario y la contraseña',
    uk: 'Вкажіть ID одержувача, логін і пароль',
    nb: 'Skriv inn betalingsmottaker-ID, brukernavn og passord',
  },
  'Connected to Portmone as payee {payee}': {
    'pt-BR': 'Conectado ao Portmone como recebedor {payee}',
    es: 'Conectado a Portmone como beneficiario {payee}',
    uk: 'Підключено до Portmone як одержувача {payee}',
    nb: 'Koblet til Portmone som betalingsmottaker {payee}',
  },
  'Portmone did not recognise the request. Check the API address of the Portmone account. (Portmone error {code}{quoted})':
    {
      'pt-BR':
        'O Portmone não reconheceu a requisição. Confira o endereço da API da conta Portmone. (erro do Portmone {code}{quoted})',
      es: 'Portmone no reconoció la solicitud. Revisa la dirección de la API de la cuenta de Portmone. (error de Portmone {code}{quoted})',
      uk: 'Portmone не розпізнав запит. Перевірте адресу API в акаунті Portmone. (помилка Portmone {code}{quoted})',
      nb: 'Portmone kjente ikke igjen forespørselen. Sjekk API-adressen til Portmone-kontoen. (Portmone-feil {code}{quoted})',
    },
  'Portmone does not know this payee (merchant) ID. Check the payee ID in the Portmone account; Portmone support gives it to you. (Portmone error {code}{quoted})':
    {
      'pt-BR':
        'O Portmone não conhece este ID de recebedor (lojista). Confira o ID na conta Portmone; o suporte do Portmone informa esse número. (erro do Portmone {code}{quoted})',
      es: 'Portmone no conoce este ID de beneficiario (comercio). Revisa el ID en la cuenta de Portmone; te lo da el soporte de Portmone. (error de Portmone {code}{quoted})',
      uk: 'Portmone не знає цього ID одержувача (мерчанта). Перевірте ID в акаунті Portmone; його надає підтримка Portmone. (помилка Portmone {code}{quoted})',
      nb: 'Portmone kjenner ikke denne betalingsmottaker-ID-en. Sjekk ID-en i Portmone-kontoen; Portmone-kundestøtten gir deg den. (Portmone-feil {code}{quoted})',
    },
  'Portmone did not accept the login or password. Check them in the Portmone account. (Portmone error {code}{quoted})':
    {
      'pt-BR':
        'O Portmone não aceitou o login ou a senha. Confira-os na conta Portmone. (erro do Portmone {code}{quoted})',
      es: 'Portmone no aceptó el usuario o la contraseña. Revísalos en la cuenta de Portmone. (error de Portmone {code}{quoted})',
      uk: 'Portmone не прийняв логін або пароль. Перевірте їх в акаунті Portmone. (помилка Portmone {code}{quoted})',
      nb: 'Portmone godtok ikke brukernavnet eller passordet. Sjekk dem i Portmone-kontoen. (Portmone-feil {code}{quoted})',
    },
  'Portmone refused the signature. Check the signature key in the Portmone account, or leave it empty if Portmone did not give you one. (Portmone error {code}{quoted})':
    {
      'pt-BR':
        'O Portmone recusou a assinatura. Confira a chave de assinatura na conta Portmone, ou deixe em branco se o Portmone não deu uma a você. (erro do Portmone {code}{quoted})',
      es: 'Portmone rechazó la firma. Revisa la clave de firma en la cuenta de Portmone, o déjala vacía si Portmone no te dio una. (error de Portmone {code}{quoted})',
      uk: 'Portmone відхилив підпис. Перевірте ключ підпису в акаунті Portmone або залиште його порожнім, якщо Portmone вам його не видавав. (помилка Portmone {code}{quoted})',
      nb: 'Portmone avviste signaturen. Sjekk signaturnøkkelen i Portmone-kontoen, eller la den stå tom hvis Portmone ikke ga deg en. (Portmone-feil {code}{quoted})',
    },
  'Portmone refused the amount. It must be a number above zero with at most two decimals. (Portmone error {code}{quoted})':
    {
      'pt-BR':
        'O Portmone recusou o valor. Ele deve ser um número maior que zero com no máximo duas casas decimais. (erro do Portmone {code}{quoted})',
      es: 'Portmone rechazó el importe. Debe ser un número mayor que cero con dos decimales como mucho. (error de Portmone {code}{quoted})',
      uk: 'Portmone відхилив суму. Вона має бути числом, більшим за нуль, щонайбільше з двома знаками після коми. (помилка Portmone {code}{quoted})',
      nb: 'Portmone avviste beløpet. Det må være et tall over null med høyst to desimaler. (Portmone-feil {code}{quoted})',
    },
  'Portmone already has an invoice with this order number. Use a new order number, or leave it empty so Fluxo makes one. (Portmone error {code}{quoted})':
    {
      'pt-BR':
        'O Portmone já tem uma fatura com este número de pedido. Use um número novo, ou deixe em branco para o Fluxo criar um. (erro do Portmone {code}{quoted})',
      es: 'Portmone ya tiene una factura con este número de pedido. Usa un número nuevo, o déjalo vacío para que Fluxo cree uno. (error de Portmone {code}{quoted})',
      uk: 'Portmone вже має рахунок із цим номером замовлення. Використайте новий номер або залиште порожнім, щоб Fluxo створив його. (помилка Portmone {code}{quoted})',
      nb: 'Portmone har allerede en faktura med dette ordrenummeret. Bruk et nytt ordrenummer, eller la det stå tomt så lager Fluxo ett. (Portmone-feil {code}{quoted})',
    },
  'Portmone does not accept this currency for your shop. Choose UAH, or ask Portmone to enable the currency. (Portmone error {code}{quoted})':
    {
      'pt-BR':
        'O Portmone não aceita esta moeda para a sua loja. Escolha UAH, ou peça ao Portmone para habilitar a moeda. (erro do Portmone {code}{quoted})',
      es: 'Portmone no acepta esta moneda para tu tienda. Elige UAH, o pide a Portmone que habilite la moneda. (error de Portmone {code}{quoted})',
      uk: 'Portmone не приймає цю валюту для вашого магазину. Виберіть UAH або попросіть Portmone увімкнути валюту. (помилка Portmone {code}{quoted})',
      nb: 'Portmone godtar ikke denne valutaen for butikken din. Velg UAH, eller be Portmone slå på valutaen. (Portmone-feil {code}{quoted})',
    },
  'Portmone says a required value is missing from the invoice. (Portmone error {code}{quoted})': {
    'pt-BR':
      'O Portmone diz que falta um valor obrigatório na fatura. (erro do Portmone {code}{quoted})',
    es: 'Portmone dice que falta un valor obligatorio en la factura. (error de Portmone {code}{quoted})',
    uk: 'Portmone повідомляє, що в рахунку бракує обов’язкового значення. (помилка Portmone {code}{quoted})',
    nb: 'Portmone sier at en påkrevd verdi mangler i fakturaen. (Portmone-feil {code}{quoted})',
  },
  'Portmone refused to {action}. (Portmone error {code}{quoted})': {
    'pt-BR': 'O Portmone recusou ({action}). (erro do Portmone {code}{quoted})',
    es: 'Portmone se negó ({action}). (error de Portmone {code}{quoted})',
    uk: 'Portmone відмовив ({action}). (помилка Portmone {code}{quoted})',
    nb: 'Portmone avviste ({action}). (Portmone-feil {code}{quoted})',
  },
};
