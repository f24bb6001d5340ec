import type { ConnectorTranslations } from '@fluxo/connector-sdk';

/** What this connector shows, in the languages Fluxo speaks besides English (the key). */
export const httpTranslations: ConnectorTranslations = {
  'HTTP request': {
    'pt-BR': 'Requisição HTTP',
    es: 'Solicitud HTTP',
    uk: 'HTTP-запит',
    nb: 'HTTP-forespørsel',
  },
  'Send data to any web address: a webhook, or an API your other tools offer.': {
    'pt-BR':
      'Envie dados para qualquer endereço web: um webhook ou uma API das suas outras ferramentas.',
    es: 'Envía datos a cualquier dirección web: un webhook o una API de tus otras herramientas.',
    uk: 'Надсилайте дані на будь-яку вебадресу: вебхук або API ваших інших інструментів.',
    nb: 'Send data til en hvilken som helst nettadresse: en webhook eller et API fra de andre verktøyene dine.',
  },
  'Send HTTP request': {
    'pt-BR': 'Enviar requisição HTTP',
    es: 'Enviar solicitud HTTP',
    uk: 'Надіслати HTTP-запит',
    nb: 'Send HTTP-forespørsel',
  },
  'Calls any web address (a webhook or an API) with data from the item.': {
    'pt-BR': 'Chama qualquer endereço web (um webhook ou uma API) com dados do item.',
    es: 'Llama a cualquier dirección web (un webhook o una API) con datos del elemento.',
    uk: 'Викликає будь-яку вебадресу (вебхук або API) з даними елемента.',
    nb: 'Kaller en hvilken som helst nettadresse (en webhook eller et API) med data fra elementet.',
  },
  Method: {
    'pt-BR': 'Método',
    es: 'Método',
    uk: 'Метод',
    nb: 'Metode',
  },
  'POST sends new data, GET only reads. The documentation of the service says which one.': {
    'pt-BR': 'POST envia dados novos, GET só lê. A documentação do serviço diz qual usar.',
    es: 'POST envía datos nuevos, GET solo lee. La documentación del servicio indica cuál usar.',
    uk: 'POST надсилає нові дані, GET лише читає. Документація сервісу підкаже, який потрібен.',
    nb: 'POST sender nye data, GET leser bare. Dokumentasjonen til tjenesten sier hvilken.',
  },
  'The web address to call, starting with https://.': {
    'pt-BR': 'O endereço web a chamar, começando com https://.',
    es: 'La dirección web a la que llamar, empezando por https://.',
    uk: 'Вебадреса для виклику, що починається з https://.',
    nb: 'Nettadressen som skal kalles, som starter med https://.',
  },
  Headers: {
    'pt-BR': 'Cabeçalhos',
    es: 'Cabeceras',
    uk: 'Заголовки',
    nb: 'Hoder',
  },
  'X-Shop-Id: 42': {
    'pt-BR': 'X-Shop-Id: 42',
    es: 'X-Shop-Id: 42',
    uk: 'X-Shop-Id: 42',
    nb: 'X-Shop-Id: 42',
  },
  'Optional. One per line, written as "Name: value".': {
    'pt-BR': 'Opcional. Um por linha, escrito como "Nome: valor".',
    es: 'Opcional. Una por línea, escrita como "Nombre: valor".',
    uk: 'Необов’язково. По одному в рядку, у вигляді "Назва: значення".',
    nb: 'Valgfritt. Én per linje, skrevet som "Navn: verdi".',
  },
  'Query parameters': {
    'pt-BR': 'Parâmetros de consulta',
    es: 'Parámetros de consulta',
    uk: 'Параметри запиту',
    nb: 'Spørreparametere',
  },
  'ref=fluxo': {
    'pt-BR': 'ref=fluxo',
    es: 'ref=fluxo',
    uk: 'ref=fluxo',
    nb: 'ref=fluxo',
  },
  'Optional. One per line, written as "name=value". They are added after the ones already in the URL; Fluxo encodes spaces and symbols for you.':
    {
      'pt-BR':
        'Opcional. Um por linha, escrito como "nome=valor". Eles são adicionados depois dos que já estão na URL; o Fluxo codifica espaços e símbolos para você.',
      es: 'Opcional. Uno por línea, escrito como "nombre=valor". Se añaden tras los que ya tiene la URL; Fluxo codifica los espacios y símbolos por ti.',
      uk: 'Необов’язково. По одному в рядку, у вигляді "назва=значення". Додаються після тих, що вже є в URL; пробіли й символи Fluxo кодує сам.',
      nb: 'Valgfritt. Én per linje, skrevet som "navn=verdi". De legges til etter dem som allerede står i URL-en; Fluxo koder mellomrom og symboler for deg.',
    },
  'Body type': {
    'pt-BR': 'Tipo de corpo',
    es: 'Tipo de cuerpo',
    uk: 'Тип тіла запиту',
    nb: 'Type innhold',
  },
  'Form (urlencoded)': {
    'pt-BR': 'Formulário (urlencoded)',
    es: 'Formulario (urlencoded)',
    uk: 'Форма (urlencoded)',
    nb: 'Skjema (urlencoded)',
  },
  'No body': {
    'pt-BR': 'Sem corpo',
    es: 'Sin cuerpo',
    uk: 'Без тіла',
    nb: 'Uten innhold',
  },
  'How the body is written. Most services expect JSON.': {
    'pt-BR': 'Como o corpo é escrito. A maioria dos serviços espera JSON.',
    es: 'Cómo se escribe el cuerpo. La mayoría de los servicios esperan JSON.',
    uk: 'Як записано тіло запиту. Більшість сервісів очікують JSON.',
    nb: 'Hvordan innholdet skrives. De fleste tjenester forventer JSON.',
  },
  Body: {
    'pt-BR': 'Corpo',
    es: 'Cuerpo',
    uk: 'Тіло запиту',
    nb: 'Innhold',
  },
  'For JSON: the data to send, checked before sending. Insert text values with {{ value | json }} so quotes and line breaks in them cannot break it. For a form: one "name=value" per line.':
    {
      'pt-BR':
        'Para JSON: os dados a enviar, verificados antes do envio. Insira valores de texto com {{ value | json }} para que aspas e quebras de linha não o quebrem. Para formulário: um "nome=valor" por linha.',
      es: 'Para JSON: los datos a enviar, comprobados antes de enviar. Inserta los textos con {{ value | json }} para que las comillas y saltos de línea no lo rompan. Para formulario: un "nombre=valor" por línea.',
      uk: 'Для JSON: дані для надсилання, перевіряються перед надсиланням. Вставляйте текстові значення як {{ value | json }}, щоб лапки й переноси рядків їх не зламали. Для форми: по одному "назва=значення" в рядку.',
      nb: 'For JSON: dataene som sendes, sjekket før sending. Sett inn tekstverdier med {{ value | json }} så anførselstegn og linjeskift i dem ikke ødelegger den. For skjema: én "navn=verdi" per linje.',
    },
  Authentication: {
    'pt-BR': 'Autenticação',
    es: 'Autenticación',
    uk: 'Автентифікація',
    nb: 'Autentisering',
  },
  None: {
    'pt-BR': 'Nenhuma',
    es: 'Ninguna',
    uk: 'Без автентифікації',
    nb: 'Ingen',
  },
  'Basic (user name and password)': {
    'pt-BR': 'Basic (usuário e senha)',
    es: 'Basic (usuario y contraseña)',
    uk: 'Basic (ім’я користувача й пароль)',
    nb: 'Basic (brukernavn og passord)',
  },
  'Bearer token': {
    'pt-BR': 'Token Bearer',
    es: 'Token Bearer',
    uk: 'Токен Bearer',
    nb: 'Bearer-token',
  },
  'How the service knows it is you. It replaces any Authorization line in Headers.': {
    'pt-BR':
      'Como o serviço sabe que é você. Substitui qualquer linha Authorization em Cabeçalhos.',
    es: 'Cómo sabe el servicio que eres tú. Sustituye cualquier línea Authorization de Cabeceras.',
    uk: 'Як сервіс дізнається, що це ви. Замінює будь-який рядок Authorization у Заголовках.',
    nb: 'Hvordan tjenesten vet at det er deg. Erstatter en eventuell Authorization-linje i Hoder.',
  },
  'User name': {
    'pt-BR': 'Usuário',
    es: 'Usuario',
    uk: 'Ім’я користувача',
    nb: 'Brukernavn',
  },
  Password: {
    'pt-BR': 'Senha',
    es: 'Contraseña',
    uk: 'Пароль',
    nb: 'Passord',
  },
  "Sent only to the URL's own server, never to a server it redirects to.": {
    'pt-BR':
      'Enviado só ao próprio servidor da URL, nunca a um servidor para o qual ela redirecione.',
    es: 'Se envía solo al servidor de la URL, nunca a un servidor al que redirija.',
    uk: 'Надсилається лише серверу самої URL, ніколи — серверу, на який вона перенаправляє.',
    nb: 'Sendes bare til URL-ens egen server, aldri til en server den videresender til.',
  },
  Token: {
    'pt-BR': 'Token',
    es: 'Token',
    uk: 'Токен',
    nb: 'Token',
  },
  'The API key or access token the service gave you, without the word "Bearer".': {
    'pt-BR': 'A chave de API ou token de acesso que o serviço deu a você, sem a palavra "Bearer".',
    es: 'La clave de API o el token de acceso que te dio el servicio, sin la palabra "Bearer".',
    uk: 'API-ключ або токен доступу, який вам видав сервіс, без слова "Bearer".',
    nb: 'API-nøkkelen eller tilgangstokenet tjenesten ga deg, uten ordet "Bearer".',
  },
  'Timeout (seconds)': {
    'pt-BR': 'Tempo limite (segundos)',
    es: 'Tiempo de espera (segundos)',
    uk: 'Час очікування (секунди)',
    nb: 'Tidsavbrudd (sekunder)',
  },
  'How long to wait for an answer before trying again later. At most 120.': {
    'pt-BR': 'Quanto esperar por uma resposta antes de tentar de novo mais tarde. No máximo 120.',
    es: 'Cuánto esperar una respuesta antes de reintentar más tarde. Como mucho 120.',
    uk: 'Скільки чекати на відповідь, перш ніж спробувати пізніше. Не більше 120.',
    nb: 'Hvor lenge det ventes på svar før det prøves igjen senere. Høyst 120.',
  },
  'Response status': {
    'pt-BR': 'Status da resposta',
    es: 'Estado de la respuesta',
    uk: 'Статус відповіді',
    nb: 'Svarstatus',
  },
  'Response body': {
    'pt-BR': 'Corpo da resposta',
    es: 'Cuerpo de la respuesta',
    uk: 'Тіло відповіді',
    nb: 'Svarinnhold',
  },
  '{host} answered {status}; Fluxo will try again later.': {
    'pt-BR': '{host} respondeu {status}; o Fluxo vai tentar de novo mais tarde.',
    es: '{host} respondió {status}; Fluxo lo intentará de nuevo más tarde.',
    uk: '{host} відповів {status}; Fluxo спробує пізніше.',
    nb: '{host} svarte {status}; Fluxo prøver igjen senere.',
  },
  '{host} answered {status}; Fluxo will try again later. It answered: {excerpt}': {
    'pt-BR':
      '{host} respondeu {status}; o Fluxo vai tentar de novo mais tarde. Resposta: {excerpt}',
    es: '{host} respondió {status}; Fluxo lo intentará de nuevo más tarde. Respondió: {excerpt}',
    uk: '{host} відповів {status}; Fluxo спробує пізніше. Відповідь: {excerpt}',
    nb: '{host} svarte {status}; Fluxo prøver igjen senere. Svaret var: {excerpt}',
  },
  '{host} answered {status} and asked to wait {seconds} seconds before trying again; Fluxo will try again later.':
    {
      'pt-BR':
        '{host} respondeu {status} e pediu para esperar {seconds} segundos antes de tentar de novo; o Fluxo vai tentar mais tarde.',
      es: '{host} respondió {status} y pidió esperar {seconds} segundos antes de reintentar; Fluxo lo intentará más tarde.',
      uk: '{host} відповів {status} і попросив зачекати {seconds} секунд перед повтором; Fluxo спробує пізніше.',
      nb: '{host} svarte {status} og ba om å vente {seconds} sekunder før nytt forsøk; Fluxo prøver igjen senere.',
    },
  '{host} answered {status} and asked to wait {seconds} seconds before trying again; Fluxo will try again later. It answered: {excerpt}':
    {
      'pt-BR':
        '{host} respondeu {status} e pediu para esperar {seconds} segundos antes de tentar de novo; o Fluxo vai tentar mais tarde. Resposta: {excerpt}',
      es: '{host} respondió {status} y pidió esperar {seconds} segundos antes de reintentar; Fluxo lo intentará más tarde. Respondió: {excerpt}',
      uk: '{host} відповів {status} і попросив зачекати {seconds} секунд перед повтором; Fluxo спробує пізніше. Відповідь: {excerpt}',
      nb: '{host} svarte {status} og ba om å vente {seconds} sekunder før nytt forsøk; Fluxo prøver igjen senere. Svaret var: {excerpt}',
    },
  '{host} answered {status}, a redirect Fluxo cannot follow: check the URL.': {
    'pt-BR':
      '{host} respondeu {status}, um redirecionamento que o Fluxo não pode seguir: confira a URL.',
    es: '{host} respondió {status}, una redirección que Fluxo no puede seguir: revisa la URL.',
    uk: '{host} відповів {status} — це перенаправлення, за яким Fluxo не може перейти: перевірте URL.',
    nb: '{host} svarte {status}, en videresending Fluxo ikke kan følge: sjekk URL-en.',
  },
  '{host} answered {status}, a redirect Fluxo cannot follow: check the URL. It answered: {excerpt}':
    {
      'pt-BR':
        '{host} respondeu {status}, um redirecionamento que o Fluxo não pode seguir: confira a URL. Resposta: {excerpt}',
      es: '{host} respondió {status}, una redirección que Fluxo no puede seguir: revisa la URL. Respondió: {excerpt}',
      uk: '{host} відповів {status} — це перенаправлення, за яким Fluxo не може перейти: перевірте URL. Відповідь: {excerpt}',
      nb: '{host} svarte {status}, en videresending Fluxo ikke kan følge: sjekk URL-en. Svaret var: {excerpt}',
    },
  '{host} refused the request with {status}.': {
    'pt-BR': '{host} recusou a requisição com {status}.',
    es: '{host} rechazó la solicitud con {status}.',
    uk: '{host} відхилив запит зі статусом {status}.',
    nb: '{host} avviste forespørselen med {status}.',
  },
  '{host} refused the request with {status}. It answered: {excerpt}': {
    'pt-BR': '{host} recusou a requisição com {status}. Resposta: {excerpt}',
    es: '{host} rechazó la solicitud con {status}. Respondió: {excerpt}',
    uk: '{host} відхилив запит зі статусом {status}. Відповідь: {excerpt}',
    nb: '{host} avviste forespørselen med {status}. Svaret var: {excerpt}',
  },
  '{host} refused the request with {status}. Check the authentication fields.': {
    'pt-BR': '{host} recusou a requisição com {status}. Confira os campos de autenticação.',
    es: '{host} rechazó la solicitud con {status}. Revisa los campos de autenticación.',
    uk: '{host} відхилив запит зі статусом {status}. Перевірте поля автентифікації.',
    nb: '{host} avviste forespørselen med {status}. Sjekk autentiseringsfeltene.',
  },
  '{host} refused the request with {status}. Check the authentication fields. It answered: {excerpt}':
    {
      'pt-BR':
        '{host} recusou a requisição com {status}. Confira os campos de autenticação. Resposta: {excerpt}',
      es: '{host} rechazó la solicitud con {status}. Revisa los campos de autenticación. Respondió: {excerpt}',
      uk: '{host} відхилив запит зі статусом {status}. Перевірте поля автентифікації. Відповідь: {excerpt}',
      nb: '{host} avviste forespørselen med {status}. Sjekk autentiseringsfeltene. Svaret var: {excerpt}',
    },
  '{host} redirected too many times: check the URL': {
    'pt-BR': '{host} redirecionou vezes demais: confira a URL',
    es: '{host} redirigió demasiadas veces: revisa la URL',
    uk: '{host} перенаправляв забагато разів: перевірте URL',
    nb: '{host} videresendte for mange ganger: sjekk URL-en',
  },
  'Fluxo stopped waiting for {host} before it answered': {
    'pt-BR': 'O Fluxo parou de esperar por {host} antes da resposta',
    es: 'Fluxo dejó de esperar a {host} antes de que respondiera',
    uk: 'Fluxo перестав чекати на {host}, перш ніж той відповів',
    nb: 'Fluxo sluttet å vente på {host} før den svarte',
  },
  '{host} did not answer within {seconds} seconds': {
    'pt-BR': '{host} não respondeu em {seconds} segundos',
    es: '{host} no respondió en {seconds} segundos',
    uk: '{host} не відповів протягом {seconds} секунд',
    nb: '{host} svarte ikke innen {seconds} sekunder',
  },
  'Fluxo does not send web requests to port {port}': {
    'pt-BR': 'O Fluxo não envia requisições web para a porta {port}',
    es: 'Fluxo no envía solicitudes web al puerto {port}',
    uk: 'Fluxo не надсилає вебзапити на порт {port}',
    nb: 'Fluxo sender ikke nettforespørsler til port {port}',
  },
  'Could not find the server "{host}": check the URL': {
    'pt-BR': 'Não foi possível encontrar o servidor "{host}": confira a URL',
    es: 'No se encontró el servidor "{host}": revisa la URL',
    uk: 'Не вдалося знайти сервер "{host}": перевірте URL',
    nb: 'Fant ikke serveren "{host}": sjekk URL-en',
  },
  'Could not reach {host} securely: {reason}': {
    'pt-BR': 'Não foi possível alcançar {host} com segurança: {reason}',
    es: 'No se pudo llegar a {host} de forma segura: {reason}',
    uk: 'Не вдалося безпечно зв’язатися з {host}: {reason}',
    nb: 'Nådde ikke {host} på en sikker måte: {reason}',
  },
  'Could not reach {host}: {reason}': {
    'pt-BR': 'Não foi possível alcançar {host}: {reason}',
    es: 'No se pudo llegar a {host}: {reason}',
    uk: 'Не вдалося зв’язатися з {host}: {reason}',
    nb: 'Nådde ikke {host}: {reason}',
  },
};
