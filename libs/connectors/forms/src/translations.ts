import { sameInEveryLanguage, type ConnectorTranslations } from '@fluxo/connector-sdk';

/** What this connector shows, in the languages Fluxo speaks besides English (the key). */
export const formsTranslations: ConnectorTranslations = {
  'Web form': {
    'pt-BR': 'Formulário web',
    es: 'Formulario web',
    uk: 'Вебформа',
    nb: 'Nettskjema',
  },
  'Receive submissions from any HTML form, Fluxo hosted form or app that posts JSON.': {
    'pt-BR':
      'Receba envios de qualquer formulário HTML, formulário hospedado pelo Fluxo ou app que envie JSON.',
    es: 'Recibe envíos de cualquier formulario HTML, formulario alojado en Fluxo o app que envíe JSON.',
    uk: 'Отримуйте заповнення з будь-якої HTML-форми, форми на Fluxo або застосунку, що надсилає JSON.',
    nb: 'Motta innsendinger fra et hvilket som helst HTML-skjema, Fluxo-skjema eller en app som sender JSON.',
  },
  'New form submission': {
    'pt-BR': 'Novo envio de formulário',
    es: 'Nuevo envío de formulario',
    uk: 'Нове заповнення форми',
    nb: 'Ny skjemainnsending',
  },
  'Starts when any HTML form or app posts to this connection’s address: form fields or JSON.': {
    'pt-BR':
      'Começa quando qualquer formulário HTML ou app envia para o endereço desta conexão: campos de formulário ou JSON.',
    es: 'Empieza cuando cualquier formulario HTML o app envía a la dirección de esta conexión: campos de formulario o JSON.',
    uk: 'Запускається, коли будь-яка HTML-форма чи застосунок надсилає дані на адресу цього з’єднання: поля форми або JSON.',
    nb: 'Starter når et HTML-skjema eller en app sender til denne koblingens adresse: skjemafelt eller JSON.',
  },
  'Hosted form': {
    'pt-BR': 'Formulário hospedado',
    es: 'Formulario alojado',
    uk: 'Форма на Fluxo',
    nb: 'Fluxo-skjema',
  },
  'Fluxo publishes a form page for you (phone-friendly, in your language). Each answer sent starts this connection.':
    {
      'pt-BR':
        'O Fluxo publica uma página de formulário para você (boa no celular, no seu idioma). Cada resposta enviada inicia esta conexão.',
      es: 'Fluxo publica una página de formulario por ti (cómoda en el móvil, en tu idioma). Cada respuesta enviada inicia esta conexión.',
      uk: 'Fluxo публікує для вас сторінку форми (зручну на телефоні, вашою мовою). Кожна надіслана відповідь запускає це з’єднання.',
      nb: 'Fluxo publiserer en skjemaside for deg (mobilvennlig, på ditt språk). Hvert svar som sendes, starter denne koblingen.',
    },
  'Form title': {
    'pt-BR': 'Título do formulário',
    es: 'Título del formulario',
    uk: 'Назва форми',
    nb: 'Skjematittel',
  },
  'The heading people see at the top of the form, e.g. "Book a table".': {
    'pt-BR': 'O título que as pessoas veem no topo do formulário, por ex. "Reserve uma mesa".',
    es: 'El título que la gente ve arriba del formulario, p. ej. "Reserva una mesa".',
    uk: 'Заголовок угорі форми, напр. "Забронюйте столик".',
    nb: 'Overskriften folk ser øverst i skjemaet, f.eks. "Bestill bord".',
  },
  Introduction: {
    'pt-BR': 'Introdução',
    es: 'Introducción',
    uk: 'Вступ',
    nb: 'Innledning',
  },
  'A few words under the title: what the form is for and what happens next.': {
    'pt-BR':
      'Algumas palavras abaixo do título: para que serve o formulário e o que acontece depois.',
    es: 'Unas palabras bajo el título: para qué es el formulario y qué pasa después.',
    uk: 'Кілька слів під назвою: для чого форма і що буде далі.',
    nb: 'Noen ord under tittelen: hva skjemaet er til, og hva som skjer etterpå.',
  },
  Questions: {
    'pt-BR': 'Perguntas',
    es: 'Preguntas',
    uk: 'Запитання',
    nb: 'Spørsmål',
  },
  'The fields people fill in, in this order. Each answer becomes a variable you can use in the next steps.':
    {
      'pt-BR':
        'Os campos que as pessoas preenchem, nesta ordem. Cada resposta vira uma variável que você pode usar nas próximas etapas.',
      es: 'Los campos que la gente rellena, en este orden. Cada respuesta se convierte en una variable que puedes usar en los pasos siguientes.',
      uk: 'Поля, які заповнюють люди, у цьому порядку. Кожна відповідь стає змінною, яку можна використати в наступних кроках.',
      nb: 'Feltene folk fyller ut, i denne rekkefølgen. Hvert svar blir en variabel du kan bruke i de neste stegene.',
    },
  Question: {
    'pt-BR': 'Pergunta',
    es: 'Pregunta',
    uk: 'Запитання',
    nb: 'Spørsmål',
  },
  'What people read next to the field, e.g. "Your e-mail".': {
    'pt-BR': 'O que as pessoas leem ao lado do campo, por ex. "Seu e-mail".',
    es: 'Lo que la gente lee junto al campo, p. ej. "Tu correo".',
    uk: 'Що люди бачать біля поля, напр. "Ваш e-mail".',
    nb: 'Det folk leser ved siden av feltet, f.eks. "Din e-post".',
  },
  'Variable name': {
    'pt-BR': 'Nome da variável',
    es: 'Nombre de la variable',
    uk: 'Назва змінної',
    nb: 'Variabelnavn',
  },
  email: {
    'pt-BR': 'email',
    es: 'email',
    uk: 'email',
    nb: 'email',
  },
  'The name you use for this answer in the next steps. Leave empty to make one from the question; set it to keep it when you reword the question.':
    {
      'pt-BR':
        'O nome que você usa para esta resposta nas próximas etapas. Deixe em branco para criar um a partir da pergunta; defina-o para mantê-lo quando reescrever a pergunta.',
      es: 'El nombre que usas para esta respuesta en los pasos siguientes. Déjalo vacío para crearlo a partir de la pregunta; fíjalo para conservarlo si reescribes la pregunta.',
      uk: 'Назва цієї відповіді в наступних кроках. Залиште порожнім, щоб створити її із запитання; задайте, щоб вона не змінювалася, коли ви переформулюєте запитання.',
      nb: 'Navnet du bruker på dette svaret i de neste stegene. La stå tomt for å lage ett fra spørsmålet; fyll det ut for å beholde det når du omformulerer spørsmålet.',
    },
  'Answer type': {
    'pt-BR': 'Tipo de resposta',
    es: 'Tipo de respuesta',
    uk: 'Тип відповіді',
    nb: 'Svartype',
  },
  'Short text': {
    'pt-BR': 'Texto curto',
    es: 'Texto corto',
    uk: 'Короткий текст',
    nb: 'Kort tekst',
  },
  'Long text': {
    'pt-BR': 'Texto longo',
    es: 'Texto largo',
    uk: 'Довгий текст',
    nb: 'Lang tekst',
  },
  'E-mail address': {
    'pt-BR': 'Endereço de e-mail',
    es: 'Dirección de correo',
    uk: 'Адреса e-mail',
    nb: 'E-postadresse',
  },
  'Phone number': {
    'pt-BR': 'Número de telefone',
    es: 'Número de teléfono',
    uk: 'Номер телефону',
    nb: 'Telefonnummer',
  },
  Number: {
    'pt-BR': 'Número',
    es: 'Número',
    uk: 'Число',
    nb: 'Tall',
  },
  'Amount of money': {
    'pt-BR': 'Valor em dinheiro',
    es: 'Importe',
    uk: 'Сума грошей',
    nb: 'Pengebeløp',
  },
  'One of a list': {
    'pt-BR': 'Um de uma lista',
    es: 'Uno de una lista',
    uk: 'Один зі списку',
    nb: 'Én fra en liste',
  },
  'Fluxo checks the answer fits before accepting the form.': {
    'pt-BR': 'O Fluxo verifica se a resposta é válida antes de aceitar o formulário.',
    es: 'Fluxo comprueba que la respuesta encaja antes de aceptar el formulario.',
    uk: 'Fluxo перевіряє, чи відповідь підходить, перш ніж прийняти форму.',
    nb: 'Fluxo sjekker at svaret passer før skjemaet godtas.',
  },
  Required: {
    'pt-BR': 'Obrigatória',
    es: 'Obligatoria',
    uk: 'Обов’язкове',
    nb: 'Påkrevd',
  },
  'Tick when the form cannot be sent without this answer.': {
    'pt-BR': 'Marque quando o formulário não puder ser enviado sem esta resposta.',
    es: 'Márcalo cuando el formulario no pueda enviarse sin esta respuesta.',
    uk: 'Позначте, якщо форму не можна надіслати без цієї відповіді.',
    nb: 'Kryss av når skjemaet ikke kan sendes uten dette svaret.',
  },
  Options: {
    'pt-BR': 'Opções',
    es: 'Opciones',
    uk: 'Варіанти',
    nb: 'Valg',
  },
  'For "One of a list": one option per line.': {
    'pt-BR': 'Para "Um de uma lista": uma opção por linha.',
    es: 'Para "Uno de una lista": una opción por línea.',
    uk: 'Для "Один зі списку": один варіант у рядку.',
    nb: 'For "Én fra en liste": ett valg per linje.',
  },
  Hint: {
    'pt-BR': 'Dica',
    es: 'Pista',
    uk: 'Підказка',
    nb: 'Hint',
  },
  'A short hint shown under the field, e.g. "We only call about your order".': {
    'pt-BR': 'Uma dica curta mostrada abaixo do campo, por ex. "Só ligamos sobre o seu pedido".',
    es: 'Una pista corta bajo el campo, p. ej. "Solo llamamos por tu pedido".',
    uk: 'Коротка підказка під полем, напр. "Телефонуємо лише щодо замовлення".',
    nb: 'Et kort hint under feltet, f.eks. "Vi ringer bare om bestillingen din".',
  },
  'Button text': {
    'pt-BR': 'Texto do botão',
    es: 'Texto del botón',
    uk: 'Текст кнопки',
    nb: 'Knappetekst',
  },
  'The words on the send button.': {
    'pt-BR': 'As palavras no botão de envio.',
    es: 'Las palabras del botón de envío.',
    uk: 'Слова на кнопці надсилання.',
    nb: 'Ordene på sendeknappen.',
  },
  'Thank-you message': {
    'pt-BR': 'Mensagem de agradecimento',
    es: 'Mensaje de agradecimiento',
    uk: 'Повідомлення подяки',
    nb: 'Takkemelding',
  },
  'Shown after the form is sent. Leave empty for a short thank-you in the form’s language.': {
    'pt-BR':
      'Mostrada depois do envio do formulário. Deixe em branco para um agradecimento curto no idioma do formulário.',
    es: 'Se muestra tras enviar el formulario. Déjalo vacío para un breve agradecimiento en el idioma del formulario.',
    uk: 'Показується після надсилання форми. Залиште порожнім для короткої подяки мовою форми.',
    nb: 'Vises etter at skjemaet er sendt. La stå tomt for en kort takk på skjemaets språk.',
  },
  'Go to this page after sending': {
    'pt-BR': 'Ir para esta página depois do envio',
    es: 'Ir a esta página tras enviar',
    uk: 'Перейти на цю сторінку після надсилання',
    nb: 'Gå til denne siden etter sending',
  },
  'Optional. Instead of the thank-you message, people are taken to this address.': {
    'pt-BR':
      'Opcional. Em vez da mensagem de agradecimento, as pessoas são levadas para este endereço.',
    es: 'Opcional. En lugar del mensaje de agradecimiento, se lleva a la gente a esta dirección.',
    uk: 'Необов’язково. Замість повідомлення подяки людей перенаправить на цю адресу.',
    nb: 'Valgfritt. I stedet for takkemeldingen blir folk sendt til denne adressen.',
  },
  'Form language': {
    'pt-BR': 'Idioma do formulário',
    es: 'Idioma del formulario',
    uk: 'Мова форми',
    nb: 'Skjemaspråk',
  },
  English: sameInEveryLanguage('English'),
  'Português (Brasil)': sameInEveryLanguage('Português (Brasil)'),
  Español: sameInEveryLanguage('Español'),
  Українська: sameInEveryLanguage('Українська'),
  'Norsk bokmål': sameInEveryLanguage('Norsk bokmål'),
  'The language of the buttons, hints and error messages people see.': {
    'pt-BR': 'O idioma dos botões, dicas e mensagens de erro que as pessoas veem.',
    es: 'El idioma de los botones, pistas y mensajes de error que ve la gente.',
    uk: 'Мова кнопок, підказок і повідомлень про помилки, які бачать люди.',
    nb: 'Språket på knappene, hintene og feilmeldingene folk ser.',
  },
};
