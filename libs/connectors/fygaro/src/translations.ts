import { sameInEveryLanguage, type ConnectorTranslations } from '@fluxo/connector-sdk';

/** What this connector shows, in the languages Fluxo speaks besides English (the key). */
export const fygaroTranslations: ConnectorTranslations = {
  Fygaro: sameInEveryLanguage('Fygaro'),
  'Payment buttons and links for Central America and the Caribbean: start a connection when a button is paid.':
    {
      'pt-BR':
        'Botões e links de pagamento para a América Central e o Caribe: inicie uma conexão quando um botão for pago.',
      es: 'Botones y enlaces de pago para Centroamérica y el Caribe: inicia una conexión cuando se paga un botón.',
      uk: 'Кнопки й посилання на оплату для Центральної Америки та Карибів: запускайте з’єднання, коли кнопку оплачено.',
      nb: 'Betalingsknapper og -lenker for Mellom-Amerika og Karibia: start en kobling når en knapp er betalt.',
    },
  'Public key': {
    'pt-BR': 'Chave pública',
    es: 'Clave pública',
    uk: 'Публічний ключ',
    nb: 'Offentlig nøkkel',
  },
  'In Fygaro, open Settings → API Credentials and copy the public key (key ID) of the credential chosen as the default for hooks.':
    {
      'pt-BR':
        'No Fygaro, abra Settings → API Credentials e copie a chave pública (key ID) da credencial escolhida como padrão para hooks.',
      es: 'En Fygaro, abre Settings → API Credentials y copia la clave pública (key ID) de la credencial elegida como predeterminada para los hooks.',
      uk: 'У Fygaro відкрийте Settings → API Credentials і скопіюйте публічний ключ (key ID) облікових даних, вибраних за замовчуванням для хуків.',
      nb: 'I Fygaro åpner du Settings → API Credentials og kopierer den offentlige nøkkelen (key ID) til legitimasjonen som er valgt som standard for hooks.',
    },
  'Secret key': {
    'pt-BR': 'Chave secreta',
    es: 'Clave secreta',
    uk: 'Секретний ключ',
    nb: 'Hemmelig nøkkel',
  },
  'The secret key of the same credential (or the hook secret Fygaro shows for signed hooks). While you change keys, enter the old and the new one, one per line: a hook signed with either is accepted.':
    {
      'pt-BR':
        'A chave secreta da mesma credencial (ou o segredo de hook que o Fygaro mostra para hooks assinados). Enquanto troca as chaves, informe a antiga e a nova, uma por linha: um hook assinado com qualquer uma é aceito.',
      es: 'La clave secreta de la misma credencial (o el secreto de hook que Fygaro muestra para hooks firmados). Mientras cambias de clave, escribe la antigua y la nueva, una por línea: se acepta un hook firmado con cualquiera.',
      uk: 'Секретний ключ тих самих облікових даних (або секрет хука, який Fygaro показує для підписаних хуків). Поки змінюєте ключі, введіть старий і новий, по одному в рядку: хук, підписаний будь-яким із них, приймається.',
      nb: 'Den hemmelige nøkkelen til den samme legitimasjonen (eller hook-hemmeligheten Fygaro viser for signerte hooks). Mens du bytter nøkler, skriver du inn den gamle og den nye, én per linje: en hook signert med en av dem godtas.',
    },
  'Payment received': {
    'pt-BR': 'Pagamento recebido',
    es: 'Pago recibido',
    uk: 'Отримано оплату',
    nb: 'Betaling mottatt',
  },
  'Starts when a Fygaro payment button is paid: Fygaro calls this connection’s address (the button’s Hook URL).':
    {
      'pt-BR':
        'Começa quando um botão de pagamento do Fygaro é pago: o Fygaro chama o endereço desta conexão (a Hook URL do botão).',
      es: 'Empieza cuando se paga un botón de pago de Fygaro: Fygaro llama a la dirección de esta conexión (la Hook URL del botón).',
      uk: 'Запускається, коли кнопку оплати Fygaro оплачено: Fygaro викликає адресу цього з’єднання (Hook URL кнопки).',
      nb: 'Starter når en Fygaro-betalingsknapp er betalt: Fygaro kaller denne koblingens adresse (knappens Hook URL).',
    },
  'Enter the public key of your Fygaro API credential.': {
    'pt-BR': 'Informe a chave pública da sua credencial de API do Fygaro.',
    es: 'Escribe la clave pública de tu credencial de API de Fygaro.',
    uk: 'Вкажіть публічний ключ облікових даних API Fygaro.',
    nb: 'Skriv inn den offentlige nøkkelen til Fygaro-API-legitimasjonen din.',
  },
  'Enter the secret key of your Fygaro API credential.': {
    'pt-BR': 'Informe a chave secreta da sua credencial de API do Fygaro.',
    es: 'Escribe la clave secreta de tu credencial de API de Fygaro.',
    uk: 'Вкажіть секретний ключ облікових даних API Fygaro.',
    nb: 'Skriv inn den hemmelige nøkkelen til Fygaro-API-legitimasjonen din.',
  },
  'The keys are saved. Fygaro offers no way to check them from here: the first payment hook shows whether its signature matches.':
    {
      'pt-BR':
        'As chaves foram salvas. O Fygaro não oferece como verificá-las daqui: o primeiro hook de pagamento mostra se a assinatura confere.',
      es: 'Las claves se guardaron. Fygaro no ofrece forma de comprobarlas desde aquí: el primer hook de pago mostrará si su firma coincide.',
      uk: 'Ключі збережено. Fygaro не дає змоги перевірити їх звідси: перший хук оплати покаже, чи збігається підпис.',
      nb: 'Nøklene er lagret. Fygaro gir ingen mulighet til å sjekke dem herfra: den første betalings-hooken viser om signaturen stemmer.',
    },
};
