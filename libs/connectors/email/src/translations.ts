import type { ConnectorTranslations } from '@fluxo/connector-sdk';

/** What this connector shows, in the languages Fluxo speaks besides English (the key). */
export const emailTranslations: ConnectorTranslations = {
  'E-mail (SMTP)': {
    'pt-BR': 'E-mail (SMTP)',
    es: 'Correo (SMTP)',
    uk: 'E-mail (SMTP)',
    nb: 'E-post (SMTP)',
  },
  'Send e-mails through any SMTP server: your provider, Gmail, or your own.': {
    'pt-BR': 'Envie e-mails por qualquer servidor SMTP: seu provedor, o Gmail ou o seu próprio.',
    es: 'Envía correos por cualquier servidor SMTP: tu proveedor, Gmail o el tuyo propio.',
    uk: 'Надсилайте листи через будь-який SMTP-сервер: вашого провайдера, Gmail або власний.',
    nb: 'Send e-post gjennom en hvilken som helst SMTP-server: leverandøren din, Gmail eller din egen.',
  },
  'SMTP server': {
    'pt-BR': 'Servidor SMTP',
    es: 'Servidor SMTP',
    uk: 'SMTP-сервер',
    nb: 'SMTP-server',
  },
  'smtp.example.com': {
    'pt-BR': 'smtp.exemplo.com.br',
    es: 'smtp.ejemplo.com',
    uk: 'smtp.example.com.ua',
    nb: 'smtp.eksempel.no',
  },
  'The outgoing mail server of your e-mail provider.': {
    'pt-BR': 'O servidor de saída de e-mails do seu provedor.',
    es: 'El servidor de correo saliente de tu proveedor.',
    uk: 'Сервер вихідної пошти вашого поштового провайдера.',
    nb: 'Utgående e-postserver hos e-postleverandøren din.',
  },
  Port: {
    'pt-BR': 'Porta',
    es: 'Puerto',
    uk: 'Порт',
    nb: 'Port',
  },
  Security: {
    'pt-BR': 'Segurança',
    es: 'Seguridad',
    uk: 'Захист',
    nb: 'Sikkerhet',
  },
  'STARTTLS (port 587)': {
    'pt-BR': 'STARTTLS (porta 587)',
    es: 'STARTTLS (puerto 587)',
    uk: 'STARTTLS (порт 587)',
    nb: 'STARTTLS (port 587)',
  },
  'SSL/TLS (port 465)': {
    'pt-BR': 'SSL/TLS (porta 465)',
    es: 'SSL/TLS (puerto 465)',
    uk: 'SSL/TLS (порт 465)',
    nb: 'SSL/TLS (port 465)',
  },
  'None (local servers only)': {
    'pt-BR': 'Nenhuma (só servidores locais)',
    es: 'Ninguna (solo servidores locales)',
    uk: 'Без захисту (лише локальні сервери)',
    nb: 'Ingen (bare lokale servere)',
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
  'From address': {
    'pt-BR': 'Endereço do remetente',
    es: 'Dirección del remitente',
    uk: 'Адреса відправника',
    nb: 'Avsenderadresse',
  },
  'Messages are sent from this address; most servers only allow your own.': {
    'pt-BR': 'As mensagens saem deste endereço; a maioria dos servidores só permite o seu próprio.',
    es: 'Los mensajes se envían desde esta dirección; la mayoría de los servidores solo permiten la tuya.',
    uk: 'Листи надсилаються з цієї адреси; більшість серверів дозволяють лише вашу власну.',
    nb: 'Meldingene sendes fra denne adressen; de fleste servere tillater bare din egen.',
  },
  'From name': {
    'pt-BR': 'Nome do remetente',
    es: 'Nombre del remitente',
    uk: 'Ім’я відправника',
    nb: 'Avsendernavn',
  },
  'Acme Shop': {
    'pt-BR': 'Loja Acme',
    es: 'Tienda Acme',
    uk: 'Магазин Acme',
    nb: 'Acme-butikken',
  },
  'Messages at once': {
    'pt-BR': 'Mensagens ao mesmo tempo',
    es: 'Mensajes a la vez',
    uk: 'Листів одночасно',
    nb: 'Meldinger samtidig',
  },
  'How many messages Fluxo sends through this server at the same time (1 to 20). Microsoft 365 allows 3; your own server or a sending service usually allows 10 or more.':
    {
      'pt-BR':
        'Quantas mensagens o Fluxo envia por este servidor ao mesmo tempo (1 a 20). O Microsoft 365 permite 3; seu próprio servidor ou um serviço de envio costuma permitir 10 ou mais.',
      es: 'Cuántos mensajes envía Fluxo por este servidor a la vez (de 1 a 20). Microsoft 365 permite 3; tu propio servidor o un servicio de envío suele permitir 10 o más.',
      uk: 'Скільки листів Fluxo надсилає через цей сервер одночасно (від 1 до 20). Microsoft 365 дозволяє 3; власний сервер або сервіс розсилок зазвичай дозволяє 10 і більше.',
      nb: 'Hvor mange meldinger Fluxo sender gjennom denne serveren samtidig (1 til 20). Microsoft 365 tillater 3; din egen server eller en utsendingstjeneste tillater vanligvis 10 eller flere.',
    },
  'Send e-mail': {
    'pt-BR': 'Enviar e-mail',
    es: 'Enviar correo',
    uk: 'Надіслати e-mail',
    nb: 'Send e-post',
  },
  'Sends an e-mail through your own SMTP server.': {
    'pt-BR': 'Envia um e-mail pelo seu próprio servidor SMTP.',
    es: 'Envía un correo por tu propio servidor SMTP.',
    uk: 'Надсилає лист через ваш власний SMTP-сервер.',
    nb: 'Sender en e-post gjennom din egen SMTP-server.',
  },
  To: {
    'pt-BR': 'Para',
    es: 'Para',
    uk: 'Кому',
    nb: 'Til',
  },
  'One address, or several separated by commas.': {
    'pt-BR': 'Um endereço, ou vários separados por vírgulas.',
    es: 'Una dirección, o varias separadas por comas.',
    uk: 'Одна адреса або кілька через кому.',
    nb: 'Én adresse, eller flere skilt med komma.',
  },
  Cc: {
    'pt-BR': 'Cc',
    es: 'CC',
    uk: 'Копія',
    nb: 'Kopi',
  },
  Bcc: {
    'pt-BR': 'Cco',
    es: 'CCO',
    uk: 'Прихована копія',
    nb: 'Blindkopi',
  },
  'Reply to': {
    'pt-BR': 'Responder para',
    es: 'Responder a',
    uk: 'Відповідати на',
    nb: 'Svar til',
  },
  Subject: {
    'pt-BR': 'Assunto',
    es: 'Asunto',
    uk: 'Тема',
    nb: 'Emne',
  },
  'Text body': {
    'pt-BR': 'Corpo em texto',
    es: 'Cuerpo de texto',
    uk: 'Текст листа',
    nb: 'Tekstinnhold',
  },
  'HTML body': {
    'pt-BR': 'Corpo em HTML',
    es: 'Cuerpo HTML',
    uk: 'HTML-текст листа',
    nb: 'HTML-innhold',
  },
  'Optional. When both bodies are filled in, mail apps show the HTML one.': {
    'pt-BR': 'Opcional. Quando os dois corpos estão preenchidos, os apps de e-mail mostram o HTML.',
    es: 'Opcional. Si los dos cuerpos están rellenos, las apps de correo muestran el HTML.',
    uk: 'Необов’язково. Якщо заповнено обидва варіанти, поштові програми показують HTML.',
    nb: 'Valgfritt. Når begge er fylt ut, viser e-postprogrammer HTML-versjonen.',
  },
  'Message-ID': {
    'pt-BR': 'Message-ID',
    es: 'Message-ID',
    uk: 'Message-ID',
    nb: 'Message-ID',
  },
  'Server answer': {
    'pt-BR': 'Resposta do servidor',
    es: 'Respuesta del servidor',
    uk: 'Відповідь сервера',
    nb: 'Svar fra serveren',
  },
};
