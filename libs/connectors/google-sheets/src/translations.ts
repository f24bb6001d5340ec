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
};
