import { sameInEveryLanguage, type ConnectorTranslations } from '@fluxo/connector-sdk';

/** What this connector shows, in the languages Fluxo speaks besides English (the key). */
export const googleSheetsTranslations: ConnectorTranslations = {
  'Google Sheets': sameInEveryLanguage('Google Sheets'),
  'Read new rows from a Google Sheet, or add rows to one.': {
    'pt-BR': 'Leia linhas novas de uma planilha do Google ou adicione linhas a ela.',
    es: 'Lee filas nuevas de una hoja de Google o añade filas a una.',
    uk: 'Читайте нові рядки з таблиці Google або додавайте рядки до неї.',
    nb: 'Les nye rader fra et Google-regneark, eller legg til rader i ett.',
  },
  'How Fluxo signs in to Google': {
    'pt-BR': 'Como o Fluxo entra no Google',
    es: 'Cómo inicia sesión Fluxo en Google',
    uk: 'Як Fluxo входить у Google',
    nb: 'Hvordan Fluxo logger inn hos Google',
  },
  'Service account key (JSON)': {
    'pt-BR': 'Chave da conta de serviço (JSON)',
    es: 'Clave de la cuenta de servicio (JSON)',
    uk: 'Ключ сервісного акаунта (JSON)',
    nb: 'Tjenestekontonøkkel (JSON)',
  },
  'Sign in with Google': {
    'pt-BR': 'Entrar com o Google',
    es: 'Iniciar sesión con Google',
    uk: 'Увійти через Google',
    nb: 'Logg inn med Google',
  },
  'A service account is a robot Google account you share your spreadsheets with; "Sign in with Google" uses your own account.':
    {
      'pt-BR':
        'Uma conta de serviço é uma conta Google robô com a qual você compartilha suas planilhas; "Entrar com o Google" usa a sua própria conta.',
      es: 'Una cuenta de servicio es una cuenta robot de Google con la que compartes tus hojas; "Iniciar sesión con Google" usa tu propia cuenta.',
      uk: 'Сервісний акаунт — це акаунт-робот Google, з яким ви ділитеся таблицями; "Увійти через Google" використовує ваш власний акаунт.',
      nb: 'En tjenestekonto er en robot-Google-konto du deler regnearkene dine med; "Logg inn med Google" bruker din egen konto.',
    },
  'In Google Cloud Console: create a project, enable the Google Sheets API, then under IAM & Admin > Service accounts create a service account, open it, choose Keys > Add key > JSON and paste the downloaded file here. Then share each spreadsheet with the "client_email" written in the file (as Editor if Fluxo should add rows).':
    {
      'pt-BR':
        'No Google Cloud Console: crie um projeto, ative a Google Sheets API e, em IAM & Admin > Service accounts, crie uma conta de serviço, abra-a, escolha Keys > Add key > JSON e cole aqui o arquivo baixado. Depois compartilhe cada planilha com o "client_email" escrito no arquivo (como Editor se o Fluxo for adicionar linhas).',
      es: 'En Google Cloud Console: crea un proyecto, activa la Google Sheets API y, en IAM & Admin > Service accounts, crea una cuenta de servicio, ábrela, elige Keys > Add key > JSON y pega aquí el archivo descargado. Luego comparte cada hoja con el "client_email" del archivo (como Editor si Fluxo debe añadir filas).',
      uk: 'У Google Cloud Console: створіть проєкт, увімкніть Google Sheets API, потім у IAM & Admin > Service accounts створіть сервісний акаунт, відкрийте його, виберіть Keys > Add key > JSON і вставте сюди завантажений файл. Потім надайте доступ до кожної таблиці адресі "client_email" з файлу (як Editor, якщо Fluxo має додавати рядки).',
      nb: 'I Google Cloud Console: opprett et prosjekt, slå på Google Sheets API, og under IAM & Admin > Service accounts oppretter du en tjenestekonto, åpner den, velger Keys > Add key > JSON og limer inn den nedlastede filen her. Del deretter hvert regneark med "client_email" som står i filen (som Editor hvis Fluxo skal legge til rader).',
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
  'New rows': {
    'pt-BR': 'Linhas novas',
    es: 'Filas nuevas',
    uk: 'Нові рядки',
    nb: 'Nye rader',
  },
  'Starts the connection for each new row of a sheet. The first row gives the names.': {
    'pt-BR': 'Inicia a conexão para cada linha nova de uma planilha. A primeira linha dá os nomes.',
    es: 'Inicia la conexión por cada fila nueva de una hoja. La primera fila da los nombres.',
    uk: 'Запускає з’єднання для кожного нового рядка аркуша. Перший рядок задає назви.',
    nb: 'Starter koblingen for hver nye rad i et ark. Første rad gir navnene.',
  },
  Spreadsheet: {
    'pt-BR': 'Planilha',
    es: 'Hoja de cálculo',
    uk: 'Таблиця',
    nb: 'Regneark',
  },
  'Pick a spreadsheet, or paste its link from the browser address bar.': {
    'pt-BR': 'Escolha uma planilha ou cole o link dela da barra de endereço do navegador.',
    es: 'Elige una hoja de cálculo o pega su enlace desde la barra de direcciones del navegador.',
    uk: 'Виберіть таблицю або вставте її посилання з адресного рядка браузера.',
    nb: 'Velg et regneark, eller lim inn lenken fra adressefeltet i nettleseren.',
  },
  Sheet: {
    'pt-BR': 'Aba',
    es: 'Pestaña',
    uk: 'Аркуш',
    nb: 'Ark',
  },
  'The tab at the bottom of the spreadsheet. Its first row must hold the column names.': {
    'pt-BR':
      'A aba na parte de baixo da planilha. A primeira linha dela deve ter os nomes das colunas.',
    es: 'La pestaña de abajo de la hoja de cálculo. Su primera fila debe tener los nombres de las columnas.',
    uk: 'Вкладка внизу таблиці. Її перший рядок має містити назви стовпців.',
    nb: 'Fanen nederst i regnearket. Første rad må inneholde kolonnenavnene.',
  },
  'A row counts as new the first time Fluxo sees its content. Editing an old row (changing fewer than half of its cells) does not send it again, and inserting, deleting or sorting rows never makes others repeat. Empty rows are skipped.':
    {
      'pt-BR':
        'Uma linha conta como nova na primeira vez que o Fluxo vê o conteúdo dela. Editar uma linha antiga (mudando menos da metade das células) não a envia de novo, e inserir, excluir ou ordenar linhas nunca faz outras se repetirem. Linhas vazias são ignoradas.',
      es: 'Una fila cuenta como nueva la primera vez que Fluxo ve su contenido. Editar una fila antigua (cambiando menos de la mitad de sus celdas) no la vuelve a enviar, e insertar, borrar u ordenar filas nunca hace que otras se repitan. Las filas vacías se omiten.',
      uk: 'Рядок вважається новим, коли Fluxo вперше бачить його вміст. Редагування старого рядка (зміна менш ніж половини клітинок) не надсилає його знову, а вставлення, видалення чи сортування рядків ніколи не повторює інші. Порожні рядки пропускаються.',
      nb: 'En rad regnes som ny første gang Fluxo ser innholdet. Å redigere en gammel rad (endre færre enn halvparten av cellene) sender den ikke igjen, og å sette inn, slette eller sortere rader får aldri andre til å gjentas. Tomme rader hoppes over.',
    },
  'Add row': {
    'pt-BR': 'Adicionar linha',
    es: 'Añadir fila',
    uk: 'Додати рядок',
    nb: 'Legg til rad',
  },
  'Adds a row at the bottom of a sheet, with each value under its column.': {
    'pt-BR': 'Adiciona uma linha no fim de uma planilha, com cada valor na sua coluna.',
    es: 'Añade una fila al final de una hoja, con cada valor bajo su columna.',
    uk: 'Додає рядок у кінець аркуша, кожне значення — під своїм стовпцем.',
    nb: 'Legger til en rad nederst i et ark, med hver verdi under sin kolonne.',
  },
  'Row as text': {
    'pt-BR': 'Linha como texto',
    es: 'Fila como texto',
    uk: 'Рядок як текст',
    nb: 'Rad som tekst',
  },
  'Name: {{customer.name}}\nEmail: {{customer.email}}': {
    'pt-BR': 'Nome: {{customer.name}}\nE-mail: {{customer.email}}',
    es: 'Nombre: {{customer.name}}\nCorreo: {{customer.email}}',
    uk: 'Ім’я: {{customer.name}}\nE-mail: {{customer.email}}',
    nb: 'Navn: {{customer.name}}\nE-post: {{customer.email}}',
  },
  'Optional, instead of the columns below: one value per column, in column order, separated by a Tab, or written as column: value lines, e.g. `Name: {{customer.name}}`':
    {
      'pt-BR':
        'Opcional, em vez das colunas abaixo: um valor por coluna, na ordem das colunas, separados por Tab, ou escritos como linhas coluna: valor, por ex. `Nome: {{customer.name}}`',
      es: 'Opcional, en lugar de las columnas de abajo: un valor por columna, en su orden, separados por Tab, o escritos como líneas columna: valor, p. ej. `Nombre: {{customer.name}}`',
      uk: 'Необов’язково, замість стовпців нижче: по одному значенню на стовпець у порядку стовпців, через Tab, або рядками стовпець: значення, напр. `Ім’я: {{customer.name}}`',
      nb: 'Valgfritt, i stedet for kolonnene under: én verdi per kolonne, i kolonnerekkefølge, skilt med Tab, eller skrevet som linjer kolonne: verdi, f.eks. `Navn: {{customer.name}}`',
    },
  Columns: {
    'pt-BR': 'Colunas',
    es: 'Columnas',
    uk: 'Стовпці',
    nb: 'Kolonner',
  },
  "The sheet's first row: map a value into each column you want filled.": {
    'pt-BR': 'A primeira linha da planilha: mapeie um valor em cada coluna que quiser preencher.',
    es: 'La primera fila de la hoja: asigna un valor a cada columna que quieras rellenar.',
    uk: 'Перший рядок аркуша: зіставте значення з кожним стовпцем, який треба заповнити.',
    nb: 'Arkets første rad: legg en verdi inn i hver kolonne du vil ha fylt ut.',
  },
  'Row added': {
    'pt-BR': 'Linha adicionada',
    es: 'Fila añadida',
    uk: 'Рядок додано',
    nb: 'Rad lagt til',
  },
  'Spreadsheet link': {
    'pt-BR': 'Link da planilha',
    es: 'Enlace de la hoja',
    uk: 'Посилання на таблицю',
    nb: 'Lenke til regnearket',
  },
  'Connected with your Google sign-in': {
    'pt-BR': 'Conectado com o seu login do Google',
    es: 'Conectado con tu inicio de sesión de Google',
    uk: 'Підключено через ваш вхід у Google',
    nb: 'Koblet til med Google-påloggingen din',
  },
  'Connected as {email}': {
    'pt-BR': 'Conectado como {email}',
    es: 'Conectado como {email}',
    uk: 'Підключено як {email}',
    nb: 'Koblet til som {email}',
  },
  'The API address "{address}" is not a web address.': {
    'pt-BR': 'O endereço da API "{address}" não é um endereço web.',
    es: 'La dirección de la API "{address}" no es una dirección web.',
    uk: 'Адреса API "{address}" не є вебадресою.',
    nb: 'API-adressen "{address}" er ikke en nettadresse.',
  },
  'The API address "{address}" must start with https://': {
    'pt-BR': 'O endereço da API "{address}" precisa começar com https://',
    es: 'La dirección de la API "{address}" debe empezar por https://',
    uk: 'Адреса API "{address}" має починатися з https://',
    nb: 'API-adressen "{address}" må starte med https://',
  },
  'Paste the service account key (the JSON file).': {
    'pt-BR': 'Cole a chave da conta de serviço (o arquivo JSON).',
    es: 'Pega la clave de la cuenta de servicio (el archivo JSON).',
    uk: 'Вставте ключ сервісного акаунта (файл JSON).',
    nb: 'Lim inn tjenestekontonøkkelen (JSON-filen).',
  },
  'The service account key is not valid JSON: paste the whole file you downloaded from Google Cloud.':
    {
      'pt-BR':
        'A chave da conta de serviço não é um JSON válido: cole o arquivo inteiro que você baixou do Google Cloud.',
      es: 'La clave de la cuenta de servicio no es un JSON válido: pega el archivo completo que descargaste de Google Cloud.',
      uk: 'Ключ сервісного акаунта — недійсний JSON: вставте весь файл, завантажений із Google Cloud.',
      nb: 'Tjenestekontonøkkelen er ikke gyldig JSON: lim inn hele filen du lastet ned fra Google Cloud.',
    },
  'The service account key has no client_email or private_key: paste the whole JSON key file.': {
    'pt-BR':
      'A chave da conta de serviço não tem client_email ou private_key: cole o arquivo JSON inteiro.',
    es: 'La clave de la cuenta de servicio no tiene client_email o private_key: pega el archivo JSON completo.',
    uk: 'У ключі сервісного акаунта немає client_email або private_key: вставте весь файл ключа JSON.',
    nb: 'Tjenestekontonøkkelen mangler client_email eller private_key: lim inn hele JSON-nøkkelfilen.',
  },
  'Google refused the service account key ({reason}): the key may have been deleted. Create a new key and paste it into the account.':
    {
      'pt-BR':
        'O Google recusou a chave da conta de serviço ({reason}): a chave pode ter sido excluída. Crie uma chave nova e cole-a na conta.',
      es: 'Google rechazó la clave de la cuenta de servicio ({reason}): puede que se haya borrado. Crea una clave nueva y pégala en la cuenta.',
      uk: 'Google не прийняв ключ сервісного акаунта ({reason}): можливо, ключ видалено. Створіть новий ключ і вставте його в акаунт.',
      nb: 'Google avviste tjenestekontonøkkelen ({reason}): nøkkelen kan være slettet. Lag en ny nøkkel og lim den inn i kontoen.',
    },
  'Fluxo could not reach Google{code}; it will try again.': {
    'pt-BR': 'O Fluxo não conseguiu alcançar o Google{code}; vai tentar de novo.',
    es: 'Fluxo no pudo llegar a Google{code}; lo intentará de nuevo.',
    uk: 'Fluxo не зміг зв’язатися з Google{code}; спробує ще раз.',
    nb: 'Fluxo nådde ikke Google{code}; prøver igjen.',
  },
  'Google Sheets says too many requests were made in the last minute (quota). Fluxo will try again shortly.':
    {
      'pt-BR':
        'O Google Sheets diz que foram feitas requisições demais no último minuto (cota). O Fluxo vai tentar de novo em breve.',
      es: 'Google Sheets dice que se hicieron demasiadas solicitudes en el último minuto (cuota). Fluxo lo intentará de nuevo en breve.',
      uk: 'Google Sheets повідомляє, що за останню хвилину було забагато запитів (квота). Fluxo незабаром спробує ще раз.',
      nb: 'Google Sheets sier at det ble gjort for mange forespørsler det siste minuttet (kvote). Fluxo prøver igjen snart.',
    },
  'Google Sheets is not answering properly right now ({status}); Fluxo will try again.': {
    'pt-BR':
      'O Google Sheets não está respondendo direito agora ({status}); o Fluxo vai tentar de novo.',
    es: 'Google Sheets no responde bien ahora mismo ({status}); Fluxo lo intentará de nuevo.',
    uk: 'Google Sheets зараз відповідає некоректно ({status}); Fluxo спробує ще раз.',
    nb: 'Google Sheets svarer ikke som det skal akkurat nå ({status}); Fluxo prøver igjen.',
  },
  'Google Sheets refused access to the spreadsheet{spreadsheet} ({detail}).': {
    'pt-BR': 'O Google Sheets recusou o acesso à planilha{spreadsheet} ({detail}).',
    es: 'Google Sheets rechazó el acceso a la hoja{spreadsheet} ({detail}).',
    uk: 'Google Sheets відмовив у доступі до таблиці{spreadsheet} ({detail}).',
    nb: 'Google Sheets nektet tilgang til regnearket{spreadsheet} ({detail}).',
  },
  'Google Sheets could not find the spreadsheet{spreadsheet}: check the link.': {
    'pt-BR': 'O Google Sheets não encontrou a planilha{spreadsheet}: confira o link.',
    es: 'Google Sheets no encontró la hoja{spreadsheet}: revisa el enlace.',
    uk: 'Google Sheets не знайшов таблицю{spreadsheet}: перевірте посилання.',
    nb: 'Google Sheets fant ikke regnearket{spreadsheet}: sjekk lenken.',
  },
  'The spreadsheet has no sheet called "{sheet}". Choose the sheet again (was it renamed?).': {
    'pt-BR':
      'A planilha não tem uma aba chamada "{sheet}". Escolha a aba de novo (ela foi renomeada?).',
    es: 'La hoja de cálculo no tiene una pestaña llamada "{sheet}". Elige la pestaña de nuevo (¿se renombró?).',
    uk: 'У таблиці немає аркуша "{sheet}". Виберіть аркуш знову (можливо, його перейменували?).',
    nb: 'Regnearket har ikke noe ark som heter "{sheet}". Velg arket på nytt (har det fått nytt navn?).',
  },
  'Google Sheets refused the request: {detail}': {
    'pt-BR': 'O Google Sheets recusou a requisição: {detail}',
    es: 'Google Sheets rechazó la solicitud: {detail}',
    uk: 'Google Sheets відхилив запит: {detail}',
    nb: 'Google Sheets avviste forespørselen: {detail}',
  },
  'Choose a spreadsheet or paste its link.': {
    'pt-BR': 'Escolha uma planilha ou cole o link dela.',
    es: 'Elige una hoja de cálculo o pega su enlace.',
    uk: 'Виберіть таблицю або вставте її посилання.',
    nb: 'Velg et regneark eller lim inn lenken.',
  },
  '"{text}" is not a Google Sheets link or spreadsheet id. Open the spreadsheet and copy the address from the browser.':
    {
      'pt-BR':
        '"{text}" não é um link ou ID de planilha do Google Sheets. Abra a planilha e copie o endereço do navegador.',
      es: '"{text}" no es un enlace ni un ID de hoja de Google Sheets. Abre la hoja y copia la dirección del navegador.',
      uk: '"{text}" — не посилання і не ID таблиці Google Sheets. Відкрийте таблицю й скопіюйте адресу з браузера.',
      nb: '"{text}" er ikke en Google Sheets-lenke eller regneark-ID. Åpne regnearket og kopier adressen fra nettleseren.',
    },
  'The spreadsheet has no sheets.': {
    'pt-BR': 'A planilha não tem abas.',
    es: 'La hoja de cálculo no tiene pestañas.',
    uk: 'У таблиці немає аркушів.',
    nb: 'Regnearket har ingen ark.',
  },
  'Google Sheets refused access to the spreadsheet{spreadsheet} ({detail}). Share the spreadsheet with {email} (as Editor to add rows).':
    {
      'pt-BR':
        'O Google Sheets recusou o acesso à planilha{spreadsheet} ({detail}). Compartilhe a planilha com {email} (como Editor para adicionar linhas).',
      es: 'Google Sheets rechazó el acceso a la hoja{spreadsheet} ({detail}). Comparte la hoja con {email} (como Editor para añadir filas).',
      uk: 'Google Sheets відмовив у доступі до таблиці{spreadsheet} ({detail}). Надайте доступ до таблиці для {email} (як Editor, щоб додавати рядки).',
      nb: 'Google Sheets nektet tilgang til regnearket{spreadsheet} ({detail}). Del regnearket med {email} (som Editor for å legge til rader).',
    },
  'Google Sheets could not find the spreadsheet{spreadsheet}: check the link. Share the spreadsheet with {email} (as Editor to add rows).':
    {
      'pt-BR':
        'O Google Sheets não encontrou a planilha{spreadsheet}: confira o link. Compartilhe a planilha com {email} (como Editor para adicionar linhas).',
      es: 'Google Sheets no encontró la hoja{spreadsheet}: revisa el enlace. Comparte la hoja con {email} (como Editor para añadir filas).',
      uk: 'Google Sheets не знайшов таблицю{spreadsheet}: перевірте посилання. Надайте доступ до таблиці для {email} (як Editor, щоб додавати рядки).',
      nb: 'Google Sheets fant ikke regnearket{spreadsheet}: sjekk lenken. Del regnearket med {email} (som Editor for å legge til rader).',
    },
  "Google no longer accepts this account's sign-in (access was revoked or expired). Connect the account again.":
    {
      'pt-BR':
        'O Google não aceita mais o login desta conta (o acesso foi revogado ou expirou). Conecte a conta de novo.',
      es: 'Google ya no acepta el inicio de sesión de esta cuenta (el acceso se revocó o caducó). Vuelve a conectar la cuenta.',
      uk: 'Google більше не приймає вхід цього акаунта (доступ відкликано або він закінчився). Підключіть акаунт знову.',
      nb: 'Google godtar ikke lenger påloggingen til denne kontoen (tilgangen ble trukket tilbake eller er utløpt). Koble til kontoen på nytt.',
    },
  'Choose a Google Sheets account for this step first': {
    'pt-BR': 'Escolha primeiro uma conta do Google Sheets para esta etapa',
    es: 'Elige primero una cuenta de Google Sheets para este paso',
    uk: 'Спершу виберіть акаунт Google Sheets для цього кроку',
    nb: 'Velg en Google Sheets-konto for dette steget først',
  },
};
