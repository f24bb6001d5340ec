import type { ConnectorTranslations } from '@fluxo/connector-sdk';

/** What this connector shows, in the languages Fluxo speaks besides English (the key). */
export const smsTwilioTranslations: ConnectorTranslations = {
  'SMS (Twilio)': {
    'pt-BR': 'SMS (Twilio)',
    es: 'SMS (Twilio)',
    uk: 'SMS (Twilio)',
    nb: 'SMS (Twilio)',
  },
  'Send text messages from your Twilio number or Messaging Service and see whether they arrived.': {
    'pt-BR': 'Envie SMS do seu número Twilio ou Messaging Service e veja se chegaram.',
    es: 'Envía SMS desde tu número de Twilio o Messaging Service y comprueba si llegaron.',
    uk: 'Надсилайте SMS зі свого номера Twilio або Messaging Service і дивіться, чи вони дійшли.',
    nb: 'Send SMS fra Twilio-nummeret eller Messaging Service-en din og se om de kom fram.',
  },
  'Account SID': {
    'pt-BR': 'Account SID',
    es: 'Account SID',
    uk: 'Account SID',
    nb: 'Account SID',
  },
  'Starts with AC. It is on the front page of your Twilio Console, under Account Info.': {
    'pt-BR': 'Começa com AC. Fica na página inicial do seu Twilio Console, em Account Info.',
    es: 'Empieza por AC. Está en la página principal de tu Twilio Console, en Account Info.',
    uk: 'Починається з AC. Є на головній сторінці вашої Twilio Console, у розділі Account Info.',
    nb: 'Starter med AC. Den står på forsiden av Twilio Console, under Account Info.',
  },
  'Auth token': {
    'pt-BR': 'Auth token',
    es: 'Auth token',
    uk: 'Auth token',
    nb: 'Auth token',
  },
  'Shown next to the Account SID in the Twilio Console. Fluxo needs it to check that delivery reports really come from Twilio, also when you send with an API key.':
    {
      'pt-BR':
        'Aparece ao lado do Account SID no Twilio Console. O Fluxo precisa dele para verificar que os relatórios de entrega vêm mesmo da Twilio, também quando você envia com uma chave de API.',
      es: 'Aparece junto al Account SID en la Twilio Console. Fluxo lo necesita para comprobar que los avisos de entrega vienen de verdad de Twilio, también cuando envías con una clave de API.',
      uk: 'Показаний поруч з Account SID у Twilio Console. Fluxo потрібен він, щоб перевіряти, що звіти про доставку справді надходять від Twilio, навіть коли ви надсилаєте з API-ключем.',
      nb: 'Vises ved siden av Account SID i Twilio Console. Fluxo trenger den for å sjekke at leveringsrapporter virkelig kommer fra Twilio, også når du sender med en API-nøkkel.',
    },
  'API key SID': {
    'pt-BR': 'SID da chave de API',
    es: 'SID de la clave de API',
    uk: 'SID API-ключа',
    nb: 'SID for API-nøkkel',
  },
  'Optional. With an API key (Twilio Console › Account › API keys) Fluxo sends with the key instead of the auth token, and you can revoke it at any time.':
    {
      'pt-BR':
        'Opcional. Com uma chave de API (Twilio Console › Account › API keys), o Fluxo envia com a chave em vez do auth token, e você pode revogá-la quando quiser.',
      es: 'Opcional. Con una clave de API (Twilio Console › Account › API keys), Fluxo envía con la clave en lugar del auth token, y puedes revocarla cuando quieras.',
      uk: 'Необов’язково. З API-ключем (Twilio Console › Account › API keys) Fluxo надсилає з ключем замість auth token, і ви можете відкликати його будь-коли.',
      nb: 'Valgfritt. Med en API-nøkkel (Twilio Console › Account › API keys) sender Fluxo med nøkkelen i stedet for auth token, og du kan trekke den tilbake når som helst.',
    },
  'API key secret': {
    'pt-BR': 'Segredo da chave de API',
    es: 'Secreto de la clave de API',
    uk: 'Секрет API-ключа',
    nb: 'Hemmelighet for API-nøkkel',
  },
  'The secret Twilio showed once, when you created the API key.': {
    'pt-BR': 'O segredo que a Twilio mostrou uma vez, quando você criou a chave de API.',
    es: 'El secreto que Twilio mostró una vez, al crear la clave de API.',
    uk: 'Секрет, який Twilio показав один раз, коли ви створили API-ключ.',
    nb: 'Hemmeligheten Twilio viste én gang, da du opprettet API-nøkkelen.',
  },
  'Default country': {
    'pt-BR': 'País padrão',
    es: 'País predeterminado',
    uk: 'Країна за замовчуванням',
    nb: 'Standardland',
  },
  'Brazil (+55)': {
    'pt-BR': 'Brasil (+55)',
    es: 'Brasil (+55)',
    uk: 'Бразилія (+55)',
    nb: 'Brasil (+55)',
  },
  'Ukraine (+380)': {
    'pt-BR': 'Ucrânia (+380)',
    es: 'Ucrania (+380)',
    uk: 'Україна (+380)',
    nb: 'Ukraina (+380)',
  },
  'United States (+1)': {
    'pt-BR': 'Estados Unidos (+1)',
    es: 'Estados Unidos (+1)',
    uk: 'США (+1)',
    nb: 'USA (+1)',
  },
  'Canada (+1)': {
    'pt-BR': 'Canadá (+1)',
    es: 'Canadá (+1)',
    uk: 'Канада (+1)',
    nb: 'Canada (+1)',
  },
  'Norway (+47)': {
    'pt-BR': 'Noruega (+47)',
    es: 'Noruega (+47)',
    uk: 'Норвегія (+47)',
    nb: 'Norge (+47)',
  },
  'Spain (+34)': {
    'pt-BR': 'Espanha (+34)',
    es: 'España (+34)',
    uk: 'Іспанія (+34)',
    nb: 'Spania (+34)',
  },
  'Portugal (+351)': {
    'pt-BR': 'Portugal (+351)',
    es: 'Portugal (+351)',
    uk: 'Португалія (+351)',
    nb: 'Portugal (+351)',
  },
  'Mexico (+52)': {
    'pt-BR': 'México (+52)',
    es: 'México (+52)',
    uk: 'Мексика (+52)',
    nb: 'Mexico (+52)',
  },
  'Argentina (+54)': {
    'pt-BR': 'Argentina (+54)',
    es: 'Argentina (+54)',
    uk: 'Аргентина (+54)',
    nb: 'Argentina (+54)',
  },
  'Colombia (+57)': {
    'pt-BR': 'Colômbia (+57)',
    es: 'Colombia (+57)',
    uk: 'Колумбія (+57)',
    nb: 'Colombia (+57)',
  },
  'Chile (+56)': {
    'pt-BR': 'Chile (+56)',
    es: 'Chile (+56)',
    uk: 'Чилі (+56)',
    nb: 'Chile (+56)',
  },
  'Peru (+51)': {
    'pt-BR': 'Peru (+51)',
    es: 'Perú (+51)',
    uk: 'Перу (+51)',
    nb: 'Peru (+51)',
  },
  'Uruguay (+598)': {
    'pt-BR': 'Uruguai (+598)',
    es: 'Uruguay (+598)',
    uk: 'Уругвай (+598)',
    nb: 'Uruguay (+598)',
  },
  'Paraguay (+595)': {
    'pt-BR': 'Paraguai (+595)',
    es: 'Paraguay (+595)',
    uk: 'Парагвай (+595)',
    nb: 'Paraguay (+595)',
  },
  'United Kingdom (+44)': {
    'pt-BR': 'Reino Unido (+44)',
    es: 'Reino Unido (+44)',
    uk: 'Велика Британія (+44)',
    nb: 'Storbritannia (+44)',
  },
  'Germany (+49)': {
    'pt-BR': 'Alemanha (+49)',
    es: 'Alemania (+49)',
    uk: 'Німеччина (+49)',
    nb: 'Tyskland (+49)',
  },
  'France (+33)': {
    'pt-BR': 'França (+33)',
    es: 'Francia (+33)',
    uk: 'Франція (+33)',
    nb: 'Frankrike (+33)',
  },
  'Poland (+48)': {
    'pt-BR': 'Polônia (+48)',
    es: 'Polonia (+48)',
    uk: 'Польща (+48)',
    nb: 'Polen (+48)',
  },
  'Numbers written without a country code, like (11) 99999-8888, are sent to this country.': {
    'pt-BR':
      'Números escritos sem código do país, como (11) 99999-8888, são enviados para este país.',
    es: 'Los números escritos sin código de país, como (11) 99999-8888, se envían a este país.',
    uk: 'Номери без коду країни, як-от (11) 99999-8888, надсилаються в цю країну.',
    nb: 'Numre skrevet uten landskode, som (11) 99999-8888, sendes til dette landet.',
  },
  'Default sender number': {
    'pt-BR': 'Número remetente padrão',
    es: 'Número remitente predeterminado',
    uk: 'Номер відправника за замовчуванням',
    nb: 'Standard avsendernummer',
  },
  'Optional. Your Twilio number, in international format, used when a step or another connector (e.g. invoices sent by SMS) does not say who sends.':
    {
      'pt-BR':
        'Opcional. Seu número Twilio, em formato internacional, usado quando uma etapa ou outro conector (por ex. faturas enviadas por SMS) não diz quem envia.',
      es: 'Opcional. Tu número de Twilio, en formato internacional, que se usa cuando un paso u otro conector (p. ej. facturas enviadas por SMS) no indica quién envía.',
      uk: 'Необов’язково. Ваш номер Twilio в міжнародному форматі; використовується, коли крок або інший конектор (напр. рахунки SMS) не вказує відправника.',
      nb: 'Valgfritt. Twilio-nummeret ditt i internasjonalt format, brukt når et steg eller en annen kobling (f.eks. fakturaer sendt på SMS) ikke sier hvem som sender.',
    },
  'Default Messaging Service': {
    'pt-BR': 'Messaging Service padrão',
    es: 'Messaging Service predeterminado',
    uk: 'Messaging Service за замовчуванням',
    nb: 'Standard Messaging Service',
  },
  'Optional. Or a Messaging Service SID (MG…) used as that default sender.': {
    'pt-BR': 'Opcional. Ou um SID de Messaging Service (MG…) usado como esse remetente padrão.',
    es: 'Opcional. O un SID de Messaging Service (MG…) que se usa como ese remitente predeterminado.',
    uk: 'Необов’язково. Або SID Messaging Service (MG…), що використовується як цей відправник за замовчуванням.',
    nb: 'Valgfritt. Eller en Messaging Service-SID (MG…) brukt som denne standardavsenderen.',
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
  'Send SMS': {
    'pt-BR': 'Enviar SMS',
    es: 'Enviar SMS',
    uk: 'Надіслати SMS',
    nb: 'Send SMS',
  },
  'Texts a phone number through your Twilio account and follows whether it was delivered.': {
    'pt-BR': 'Envia um SMS a um número pela sua conta Twilio e acompanha se foi entregue.',
    es: 'Envía un SMS a un número con tu cuenta de Twilio y sigue si se entregó.',
    uk: 'Надсилає SMS на номер через ваш акаунт Twilio і стежить, чи його доставлено.',
    nb: 'Sender SMS til et telefonnummer gjennom Twilio-kontoen din og følger med på om den ble levert.',
  },
  To: {
    'pt-BR': 'Para',
    es: 'Para',
    uk: 'Кому',
    nb: 'Til',
  },
  'The mobile number to text. Numbers without a country code go to the default country of the Twilio account.':
    {
      'pt-BR':
        'O celular que recebe o SMS. Números sem código do país vão para o país padrão da conta Twilio.',
      es: 'El móvil al que enviar el SMS. Los números sin código de país van al país predeterminado de la cuenta de Twilio.',
      uk: 'Мобільний номер для SMS. Номери без коду країни надсилаються в країну за замовчуванням акаунта Twilio.',
      nb: 'Mobilnummeret som skal få SMS-en. Numre uten landskode går til standardlandet til Twilio-kontoen.',
    },
  Message: {
    'pt-BR': 'Mensagem',
    es: 'Mensaje',
    uk: 'Повідомлення',
    nb: 'Melding',
  },
  'Up to 1600 characters. Long texts, and texts with emoji or some accented letters, are sent (and billed) as several SMS.':
    {
      'pt-BR':
        'Até 1600 caracteres. Textos longos, e textos com emoji ou algumas letras acentuadas, são enviados (e cobrados) como vários SMS.',
      es: 'Hasta 1600 caracteres. Los textos largos, y los que tienen emoji o algunas letras con tilde, se envían (y cobran) como varios SMS.',
      uk: 'До 1600 символів. Довгі тексти, а також тексти з емодзі чи кирилицею, надсилаються (і тарифікуються) як кілька SMS.',
      nb: 'Opptil 1600 tegn. Lange tekster, og tekster med emoji eller enkelte aksenterte bokstaver, sendes (og faktureres) som flere SMS-er.',
    },
  'From number': {
    'pt-BR': 'Número remetente',
    es: 'Número remitente',
    uk: 'Номер відправника',
    nb: 'Avsendernummer',
  },
  'Your Twilio number, in international format': {
    'pt-BR': 'Seu número Twilio, em formato internacional',
    es: 'Tu número de Twilio, en formato internacional',
    uk: 'Ваш номер Twilio у міжнародному форматі',
    nb: 'Twilio-nummeret ditt, i internasjonalt format',
  },
  'Messaging Service': {
    'pt-BR': 'Messaging Service',
    es: 'Messaging Service',
    uk: 'Messaging Service',
    nb: 'Messaging Service',
  },
  'Or a Messaging Service SID (MG…)': {
    'pt-BR': 'Ou um SID de Messaging Service (MG…)',
    es: 'O un SID de Messaging Service (MG…)',
    uk: 'Або SID Messaging Service (MG…)',
    nb: 'Eller en Messaging Service-SID (MG…)',
  },
  'Message SID': {
    'pt-BR': 'SID da mensagem',
    es: 'SID del mensaje',
    uk: 'SID повідомлення',
    nb: 'Meldings-SID',
  },
  Status: {
    'pt-BR': 'Status',
    es: 'Estado',
    uk: 'Статус',
    nb: 'Status',
  },
  'Send WhatsApp message': {
    'pt-BR': 'Enviar mensagem de WhatsApp',
    es: 'Enviar mensaje de WhatsApp',
    uk: 'Надіслати повідомлення WhatsApp',
    nb: 'Send WhatsApp-melding',
  },
  'Sends a WhatsApp message through your Twilio account (an approved template, or free text within 24 hours of the customer’s last message) and follows whether it was delivered.':
    {
      'pt-BR':
        'Envia uma mensagem de WhatsApp pela sua conta Twilio (um template aprovado, ou texto livre até 24 horas depois da última mensagem do cliente) e acompanha se foi entregue.',
      es: 'Envía un mensaje de WhatsApp con tu cuenta de Twilio (una plantilla aprobada, o texto libre hasta 24 horas después del último mensaje del cliente) y sigue si se entregó.',
      uk: 'Надсилає повідомлення WhatsApp через ваш акаунт Twilio (затверджений шаблон або довільний текст протягом 24 годин після останнього повідомлення клієнта) і стежить, чи його доставлено.',
      nb: 'Sender en WhatsApp-melding gjennom Twilio-kontoen din (en godkjent mal, eller fritekst innen 24 timer etter kundens siste melding) og følger med på om den ble levert.',
    },
  'The WhatsApp number of the customer. Numbers without a country code go to the default country of the Twilio account.':
    {
      'pt-BR':
        'O número de WhatsApp do cliente. Números sem código do país vão para o país padrão da conta Twilio.',
      es: 'El número de WhatsApp del cliente. Los números sin código de país van al país predeterminado de la cuenta de Twilio.',
      uk: 'Номер WhatsApp клієнта. Номери без коду країни надсилаються в країну за замовчуванням акаунта Twilio.',
      nb: 'Kundens WhatsApp-nummer. Numre uten landskode går til standardlandet til Twilio-kontoen.',
    },
  'Approved template': {
    'pt-BR': 'Template aprovado',
    es: 'Plantilla aprobada',
    uk: 'Затверджений шаблон',
    nb: 'Godkjent mal',
  },
  'Free text (within 24 hours of their last message)': {
    'pt-BR': 'Texto livre (até 24 horas depois da última mensagem do cliente)',
    es: 'Texto libre (hasta 24 horas después de su último mensaje)',
    uk: 'Довільний текст (протягом 24 годин після останнього повідомлення клієнта)',
    nb: 'Fritekst (innen 24 timer etter kundens siste melding)',
  },
  'WhatsApp lets a business start a conversation only with a template Meta approved. Free text reaches only a customer who wrote to you in the last 24 hours.':
    {
      'pt-BR':
        'O WhatsApp só deixa uma empresa iniciar uma conversa com um template aprovado pela Meta. Texto livre só chega a um cliente que escreveu para você nas últimas 24 horas.',
      es: 'WhatsApp solo deja que una empresa inicie una conversación con una plantilla aprobada por Meta. El texto libre solo llega a un cliente que te escribió en las últimas 24 horas.',
      uk: 'WhatsApp дозволяє бізнесу починати розмову лише із шаблону, затвердженого Meta. Довільний текст дійде лише до клієнта, який написав вам за останні 24 години.',
      nb: 'WhatsApp lar en bedrift starte en samtale bare med en mal Meta har godkjent. Fritekst når bare en kunde som har skrevet til deg de siste 24 timene.',
    },
  'Template (Content SID)': {
    'pt-BR': 'Template (Content SID)',
    es: 'Plantilla (Content SID)',
    uk: 'Шаблон (Content SID)',
    nb: 'Mal (Content SID)',
  },
  'In the Twilio Console: Messaging › Content Template Builder, the SID of an approved template (HX…).':
    {
      'pt-BR':
        'No Twilio Console: Messaging › Content Template Builder, o SID de um template aprovado (HX…).',
      es: 'En la Twilio Console: Messaging › Content Template Builder, el SID de una plantilla aprobada (HX…).',
      uk: 'У Twilio Console: Messaging › Content Template Builder, SID затвердженого шаблону (HX…).',
      nb: 'I Twilio Console: Messaging › Content Template Builder, SID-en til en godkjent mal (HX…).',
    },
  'Template variables': {
    'pt-BR': 'Variáveis do template',
    es: 'Variables de la plantilla',
    uk: 'Змінні шаблону',
    nb: 'Malvariabler',
  },
  '1: {{ customer.first_name }}\n2: {{ product.name }}': {
    'pt-BR': '1: {{ customer.first_name }}\n2: {{ product.name }}',
    es: '1: {{ customer.first_name }}\n2: {{ product.name }}',
    uk: '1: {{ customer.first_name }}\n2: {{ product.name }}',
    nb: '1: {{ customer.first_name }}\n2: {{ product.name }}',
  },
  'One per line, as "number: value", for the {{1}}, {{2}} … of the template.': {
    'pt-BR': 'Uma por linha, como "número: valor", para os {{1}}, {{2}} … do template.',
    es: 'Una por línea, como "número: valor", para los {{1}}, {{2}} … de la plantilla.',
    uk: 'По одній у рядку, як "номер: значення", для {{1}}, {{2}} … шаблону.',
    nb: 'Én per linje, som "nummer: verdi", for {{1}}, {{2}} … i malen.',
  },
  Text: {
    'pt-BR': 'Texto',
    es: 'Texto',
    uk: 'Текст',
    nb: 'Tekst',
  },
  'Up to 1600 characters.': {
    'pt-BR': 'Até 1600 caracteres.',
    es: 'Hasta 1600 caracteres.',
    uk: 'До 1600 символів.',
    nb: 'Opptil 1600 tegn.',
  },
  'From WhatsApp number': {
    'pt-BR': 'Número de WhatsApp remetente',
    es: 'Número de WhatsApp remitente',
    uk: 'Номер WhatsApp відправника',
    nb: 'Avsenders WhatsApp-nummer',
  },
  'Your WhatsApp sender in Twilio, in international format; the account’s default sender when empty.':
    {
      'pt-BR':
        'Seu remetente de WhatsApp na Twilio, em formato internacional; o remetente padrão da conta quando vazio.',
      es: 'Tu remitente de WhatsApp en Twilio, en formato internacional; el remitente predeterminado de la cuenta si está vacío.',
      uk: 'Ваш відправник WhatsApp у Twilio в міжнародному форматі; якщо порожньо — відправник акаунта за замовчуванням.',
      nb: 'WhatsApp-avsenderen din i Twilio, i internasjonalt format; kontoens standardavsender når feltet er tomt.',
    },
  'Connected to Twilio account {name}': {
    'pt-BR': 'Conectado à conta Twilio {name}',
    es: 'Conectado a la cuenta de Twilio {name}',
    uk: 'Підключено до акаунта Twilio {name}',
    nb: 'Koblet til Twilio-kontoen {name}',
  },
  'Connected to Twilio account {name} with the API key': {
    'pt-BR': 'Conectado à conta Twilio {name} com a chave de API',
    es: 'Conectado a la cuenta de Twilio {name} con la clave de API',
    uk: 'Підключено до акаунта Twilio {name} з API-ключем',
    nb: 'Koblet til Twilio-kontoen {name} med API-nøkkelen',
  },
  'Connected to Twilio account {name}. Add the auth token too, or Fluxo cannot check delivery reports':
    {
      'pt-BR':
        'Conectado à conta Twilio {name}. Adicione também o auth token, senão o Fluxo não consegue verificar os relatórios de entrega',
      es: 'Conectado a la cuenta de Twilio {name}. Añade también el auth token, o Fluxo no podrá comprobar los avisos de entrega',
      uk: 'Підключено до акаунта Twilio {name}. Додайте також auth token, інакше Fluxo не зможе перевіряти звіти про доставку',
      nb: 'Koblet til Twilio-kontoen {name}. Legg også til auth token, ellers kan ikke Fluxo sjekke leveringsrapporter',
    },
  'Connected to Twilio account {name} with the API key. Add the auth token too, or Fluxo cannot check delivery reports':
    {
      'pt-BR':
        'Conectado à conta Twilio {name} com a chave de API. Adicione também o auth token, senão o Fluxo não consegue verificar os relatórios de entrega',
      es: 'Conectado a la cuenta de Twilio {name} con la clave de API. Añade también el auth token, o Fluxo no podrá comprobar los avisos de entrega',
      uk: 'Підключено до акаунта Twilio {name} з API-ключем. Додайте також auth token, інакше Fluxo не зможе перевіряти звіти про доставку',
      nb: 'Koblet til Twilio-kontoen {name} med API-nøkkelen. Legg også til auth token, ellers kan ikke Fluxo sjekke leveringsrapporter',
    },
  "Twilio refused the account's credentials: check the Account SID and the auth token ({code})": {
    'pt-BR':
      'A Twilio recusou as credenciais da conta: confira o Account SID e o auth token ({code})',
    es: 'Twilio rechazó las credenciales de la cuenta: revisa el Account SID y el auth token ({code})',
    uk: 'Twilio не прийняв облікові дані акаунта: перевірте Account SID і auth token ({code})',
    nb: 'Twilio avviste kontoens legitimasjon: sjekk Account SID og auth token ({code})',
  },
  "Twilio refused the account's credentials: check the Account SID and the API key and its secret ({code})":
    {
      'pt-BR':
        'A Twilio recusou as credenciais da conta: confira o Account SID e a chave de API com o segredo dela ({code})',
      es: 'Twilio rechazó las credenciales de la cuenta: revisa el Account SID y la clave de API con su secreto ({code})',
      uk: 'Twilio не прийняв облікові дані акаунта: перевірте Account SID, API-ключ і його секрет ({code})',
      nb: 'Twilio avviste kontoens legitimasjon: sjekk Account SID og API-nøkkelen med hemmeligheten ({code})',
    },
  'Twilio does not know this account: check the Account SID ({code})': {
    'pt-BR': 'A Twilio não conhece esta conta: confira o Account SID ({code})',
    es: 'Twilio no conoce esta cuenta: revisa el Account SID ({code})',
    uk: 'Twilio не знає цього акаунта: перевірте Account SID ({code})',
    nb: 'Twilio kjenner ikke denne kontoen: sjekk Account SID ({code})',
  },
  'Twilio refused the number {to}: it is not a valid phone number ({code})': {
    'pt-BR': 'A Twilio recusou o número {to}: não é um telefone válido ({code})',
    es: 'Twilio rechazó el número {to}: no es un teléfono válido ({code})',
    uk: 'Twilio відхилив номер {to}: це недійсний номер телефону ({code})',
    nb: 'Twilio avviste nummeret {to}: det er ikke et gyldig telefonnummer ({code})',
  },
  'Twilio did not send to {to}: a trial account can only send to numbers verified in the Twilio Console ({code})':
    {
      'pt-BR':
        'A Twilio não enviou para {to}: uma conta de teste só envia para números verificados no Twilio Console ({code})',
      es: 'Twilio no envió a {to}: una cuenta de prueba solo envía a números verificados en la Twilio Console ({code})',
      uk: 'Twilio не надіслав на {to}: пробний акаунт надсилає лише на номери, підтверджені в Twilio Console ({code})',
      nb: 'Twilio sendte ikke til {to}: en prøvekonto kan bare sende til numre som er bekreftet i Twilio Console ({code})',
    },
  '{to} has unsubscribed from your messages (replied STOP); Twilio will send to it again only after they reply START ({code})':
    {
      'pt-BR':
        '{to} cancelou o recebimento das suas mensagens (respondeu STOP); a Twilio só volta a enviar depois que responder START ({code})',
      es: '{to} se dio de baja de tus mensajes (respondió STOP); Twilio solo volverá a enviarle cuando responda START ({code})',
      uk: '{to} відписався від ваших повідомлень (відповів STOP); Twilio знову надсилатиме лише після відповіді START ({code})',
      nb: '{to} har meldt seg av meldingene dine (svarte STOP); Twilio sender dit igjen først når de svarer START ({code})',
    },
  'Twilio refused the sender {sender}: it is not an SMS-capable number of this Twilio account ({code})':
    {
      'pt-BR':
        'A Twilio recusou o remetente {sender}: não é um número com SMS desta conta Twilio ({code})',
      es: 'Twilio rechazó el remitente {sender}: no es un número con SMS de esta cuenta de Twilio ({code})',
      uk: 'Twilio відхилив відправника {sender}: це не номер цього акаунта Twilio, що підтримує SMS ({code})',
      nb: 'Twilio avviste avsenderen {sender}: det er ikke et SMS-nummer på denne Twilio-kontoen ({code})',
    },
  '{to} is not a mobile number and cannot receive SMS ({code})': {
    'pt-BR': '{to} não é um celular e não pode receber SMS ({code})',
    es: '{to} no es un móvil y no puede recibir SMS ({code})',
    uk: '{to} — не мобільний номер і не може отримувати SMS ({code})',
    nb: '{to} er ikke et mobilnummer og kan ikke motta SMS ({code})',
  },
  'Your Twilio account may not send SMS to the country of {to}; allow it in the Twilio Console (Messaging › Geo permissions) ({code})':
    {
      'pt-BR':
        'Sua conta Twilio não pode enviar SMS para o país de {to}; permita no Twilio Console (Messaging › Geo permissions) ({code})',
      es: 'Tu cuenta de Twilio no puede enviar SMS al país de {to}; permítelo en la Twilio Console (Messaging › Geo permissions) ({code})',
      uk: 'Ваш акаунт Twilio не може надсилати SMS у країну номера {to}; дозвольте це в Twilio Console (Messaging › Geo permissions) ({code})',
      nb: 'Twilio-kontoen din kan ikke sende SMS til landet til {to}; tillat det i Twilio Console (Messaging › Geo permissions) ({code})',
    },
  'Twilio cannot send a message from {sender} to {to} ({code})': {
    'pt-BR': 'A Twilio não consegue enviar uma mensagem de {sender} para {to} ({code})',
    es: 'Twilio no puede enviar un mensaje de {sender} a {to} ({code})',
    uk: 'Twilio не може надіслати повідомлення з {sender} на {to} ({code})',
    nb: 'Twilio kan ikke sende en melding fra {sender} til {to} ({code})',
  },
  'The message is longer than the 1600 characters Twilio accepts ({code})': {
    'pt-BR': 'A mensagem passa dos 1600 caracteres que a Twilio aceita ({code})',
    es: 'El mensaje supera los 1600 caracteres que acepta Twilio ({code})',
    uk: 'Повідомлення довше за 1600 символів, які приймає Twilio ({code})',
    nb: 'Meldingen er lengre enn de 1600 tegnene Twilio godtar ({code})',
  },
  'The message text is empty ({code})': {
    'pt-BR': 'O texto da mensagem está vazio ({code})',
    es: 'El texto del mensaje está vacío ({code})',
    uk: 'Текст повідомлення порожній ({code})',
    nb: 'Meldingsteksten er tom ({code})',
  },
  'The recipient is empty ({code})': {
    'pt-BR': 'O destinatário está vazio ({code})',
    es: 'El destinatario está vacío ({code})',
    uk: 'Одержувач не вказаний ({code})',
    nb: 'Mottakeren er tom ({code})',
  },
  'Choose a sender: your Twilio number or a Messaging Service ({code})': {
    'pt-BR': 'Escolha um remetente: seu número Twilio ou um Messaging Service ({code})',
    es: 'Elige un remitente: tu número de Twilio o un Messaging Service ({code})',
    uk: 'Виберіть відправника: ваш номер Twilio або Messaging Service ({code})',
    nb: 'Velg en avsender: Twilio-nummeret ditt eller en Messaging Service ({code})',
  },
  'Twilio does not know the Messaging Service {service} ({code})': {
    'pt-BR': 'A Twilio não conhece o Messaging Service {service} ({code})',
    es: 'Twilio no conoce el Messaging Service {service} ({code})',
    uk: 'Twilio не знає Messaging Service {service} ({code})',
    nb: 'Twilio kjenner ikke Messaging Service {service} ({code})',
  },
  'Twilio refused the message: {reason} ({code})': {
    'pt-BR': 'A Twilio recusou a mensagem: {reason} ({code})',
    es: 'Twilio rechazó el mensaje: {reason} ({code})',
    uk: 'Twilio відхилив повідомлення: {reason} ({code})',
    nb: 'Twilio avviste meldingen: {reason} ({code})',
  },
  'Twilio is receiving too many requests from this account right now ({code}); Fluxo will try again':
    {
      'pt-BR':
        'A Twilio está recebendo requisições demais desta conta agora ({code}); o Fluxo vai tentar de novo',
      es: 'Twilio está recibiendo demasiadas solicitudes de esta cuenta ahora mismo ({code}); Fluxo lo intentará de nuevo',
      uk: 'Twilio зараз отримує забагато запитів із цього акаунта ({code}); Fluxo спробує ще раз',
      nb: 'Twilio får for mange forespørsler fra denne kontoen akkurat nå ({code}); Fluxo prøver igjen',
    },
  'Twilio had a problem on its side ({code}); Fluxo will try again': {
    'pt-BR': 'A Twilio teve um problema do lado dela ({code}); o Fluxo vai tentar de novo',
    es: 'Twilio tuvo un problema por su parte ({code}); Fluxo lo intentará de nuevo',
    uk: 'У Twilio сталася проблема на їхньому боці ({code}); Fluxo спробує ще раз',
    nb: 'Twilio hadde et problem på sin side ({code}); Fluxo prøver igjen',
  },
  'Twilio answered with something Fluxo could not read': {
    'pt-BR': 'A Twilio respondeu com algo que o Fluxo não conseguiu ler',
    es: 'Twilio respondió algo que Fluxo no pudo leer',
    uk: 'Twilio відповів чимось, що Fluxo не зміг прочитати',
    nb: 'Twilio svarte med noe Fluxo ikke kunne lese',
  },
  'Twilio did not answer in time; Fluxo will try again': {
    'pt-BR': 'A Twilio não respondeu a tempo; o Fluxo vai tentar de novo',
    es: 'Twilio no respondió a tiempo; Fluxo lo intentará de nuevo',
    uk: 'Twilio не відповів вчасно; Fluxo спробує ще раз',
    nb: 'Twilio svarte ikke i tide; Fluxo prøver igjen',
  },
  'Could not reach Twilio: {reason}': {
    'pt-BR': 'Não foi possível alcançar a Twilio: {reason}',
    es: 'No se pudo llegar a Twilio: {reason}',
    uk: 'Не вдалося зв’язатися з Twilio: {reason}',
    nb: 'Nådde ikke Twilio: {reason}',
  },
  'Enter the WhatsApp number to send to': {
    'pt-BR': 'Informe o número de WhatsApp de destino',
    es: 'Escribe el número de WhatsApp de destino',
    uk: 'Вкажіть номер WhatsApp одержувача',
    nb: 'Skriv inn WhatsApp-nummeret det skal sendes til',
  },
  '"{number}" is not a phone number in international format, e.g. {example}': {
    'pt-BR': '"{number}" não é um telefone em formato internacional, por ex. {example}',
    es: '"{number}" no es un teléfono en formato internacional, p. ej. {example}',
    uk: '"{number}" — не номер телефону в міжнародному форматі, напр. {example}',
    nb: '"{number}" er ikke et telefonnummer i internasjonalt format, f.eks. {example}',
  },
  'Choose the WhatsApp number that sends: "From WhatsApp number" or the account’s default sender': {
    'pt-BR':
      'Escolha o número de WhatsApp que envia: "Número de WhatsApp remetente" ou o remetente padrão da conta',
    es: 'Elige el número de WhatsApp que envía: "Número de WhatsApp remitente" o el remitente predeterminado de la cuenta',
    uk: 'Виберіть номер WhatsApp, з якого надсилати: "Номер WhatsApp відправника" або відправника акаунта за замовчуванням',
    nb: 'Velg WhatsApp-nummeret som sender: "Avsenders WhatsApp-nummer" eller kontoens standardavsender',
  },
  'The sender "{number}" is not a phone number in international format, e.g. {example}': {
    'pt-BR': 'O remetente "{number}" não é um telefone em formato internacional, por ex. {example}',
    es: 'El remitente "{number}" no es un teléfono en formato internacional, p. ej. {example}',
    uk: 'Відправник "{number}" — не номер телефону в міжнародному форматі, напр. {example}',
    nb: 'Avsenderen "{number}" er ikke et telefonnummer i internasjonalt format, f.eks. {example}',
  },
  'Enter the Content SID of an approved template (HX…)': {
    'pt-BR': 'Informe o Content SID de um template aprovado (HX…)',
    es: 'Escribe el Content SID de una plantilla aprobada (HX…)',
    uk: 'Вкажіть Content SID затвердженого шаблону (HX…)',
    nb: 'Skriv inn Content SID-en til en godkjent mal (HX…)',
  },
  '"{sid}" is not a Content SID: it starts with HX followed by 32 letters and digits': {
    'pt-BR': '"{sid}" não é um Content SID: ele começa com HX seguido de 32 letras e dígitos',
    es: '"{sid}" no es un Content SID: empieza por HX seguido de 32 letras y dígitos',
    uk: '"{sid}" — не Content SID: він починається з HX і 32 літер та цифр',
    nb: '"{sid}" er ikke en Content SID: den starter med HX etterfulgt av 32 bokstaver og sifre',
  },
  'Template variables, line {line}: write it as "number: value", like "1: Ana"': {
    'pt-BR': 'Variáveis do template, linha {line}: escreva como "número: valor", por ex. "1: Ana"',
    es: 'Variables de la plantilla, línea {line}: escríbelo como "número: valor", p. ej. "1: Ana"',
    uk: 'Змінні шаблону, рядок {line}: запишіть як "номер: значення", напр. "1: Ana"',
    nb: 'Malvariabler, linje {line}: skriv det som "nummer: verdi", som "1: Ana"',
  },
  'Write the text of the message': {
    'pt-BR': 'Escreva o texto da mensagem',
    es: 'Escribe el texto del mensaje',
    uk: 'Напишіть текст повідомлення',
    nb: 'Skriv teksten i meldingen',
  },
};
