import { sameInEveryLanguage, type ConnectorTranslations } from '@fluxo/connector-sdk';

/** What this connector shows, in the languages Fluxo speaks besides English (the key). */
export const paytTranslations: ConnectorTranslations = {
  PayT: sameInEveryLanguage('PayT'),
  'Brazilian checkout and payment platform: start a connection from PayT postbacks (sales, PIX and boleto, abandoned checkouts, refunds, deliveries).':
    {
      'pt-BR':
        'Plataforma brasileira de checkout e pagamentos: inicie uma conexão a partir dos postbacks da PayT (vendas, PIX e boleto, checkouts abandonados, reembolsos, entregas).',
      es: 'Plataforma brasileña de checkout y pagos: inicia una conexión a partir de los postbacks de PayT (ventas, PIX y boleto, checkouts abandonados, reembolsos, entregas).',
      uk: 'Бразильська платформа оформлення замовлень і платежів: запускайте з’єднання з постбеків PayT (продажі, PIX і boleto, покинуті кошики, повернення, доставки).',
      nb: 'Brasiliansk kasse- og betalingsplattform: start en kobling fra PayT-postbacks (salg, PIX og boleto, forlatte kasser, refusjoner, leveranser).',
    },
  'Integration key': {
    'pt-BR': 'Chave de integração',
    es: 'Clave de integración',
    uk: 'Ключ інтеграції',
    nb: 'Integrasjonsnøkkel',
  },
  'In PayT, open Ofertas & Produtos → Postbacks and copy the "Chave de integração" (integration key) shown there. PayT puts it in every postback, and Fluxo refuses postbacks that do not carry it.':
    {
      'pt-BR':
        'Na PayT, abra Ofertas & Produtos → Postbacks e copie a "Chave de integração" mostrada ali. A PayT a coloca em cada postback, e o Fluxo recusa postbacks sem ela.',
      es: 'En PayT, abre Ofertas & Produtos → Postbacks y copia la "Chave de integração" (clave de integración) que aparece. PayT la incluye en cada postback, y Fluxo rechaza los postbacks que no la llevan.',
      uk: 'У PayT відкрийте Ofertas & Produtos → Postbacks і скопіюйте показаний там "Chave de integração" (ключ інтеграції). PayT додає його до кожного постбеку, а Fluxo відхиляє постбеки без нього.',
      nb: 'I PayT åpner du Ofertas & Produtos → Postbacks og kopierer "Chave de integração" (integrasjonsnøkkelen) som vises der. PayT legger den i hver postback, og Fluxo avviser postbacks uten den.',
    },
  'New PayT postback': {
    'pt-BR': 'Novo postback da PayT',
    es: 'Nuevo postback de PayT',
    uk: 'Новий постбек PayT',
    nb: 'Ny PayT-postback',
  },
  'Starts when PayT sends a postback for a sale: approved, waiting payment, abandoned checkout, refund and the other events you tick.':
    {
      'pt-BR':
        'Começa quando a PayT envia um postback de uma venda: aprovada, aguardando pagamento, checkout abandonado, reembolso e os outros eventos que você marcar.',
      es: 'Empieza cuando PayT envía un postback de una venta: aprobada, esperando pago, checkout abandonado, reembolso y los demás eventos que marques.',
      uk: 'Запускається, коли PayT надсилає постбек про продаж: схвалено, очікує оплати, покинутий кошик, повернення та інші події, які ви позначите.',
      nb: 'Starter når PayT sender en postback for et salg: godkjent, venter på betaling, forlatt kasse, refusjon og de andre hendelsene du krysser av for.',
    },
  Events: {
    'pt-BR': 'Eventos',
    es: 'Eventos',
    uk: 'Події',
    nb: 'Hendelser',
  },
  'Waiting payment (Aguardando pagamento)': {
    'pt-BR': 'Aguardando pagamento',
    es: 'Esperando pago (Aguardando pagamento)',
    uk: 'Очікує оплати (Aguardando pagamento)',
    nb: 'Venter på betaling (Aguardando pagamento)',
  },
  'Cancelled (Cancelada)': {
    'pt-BR': 'Cancelada',
    es: 'Cancelada',
    uk: 'Скасовано (Cancelada)',
    nb: 'Kansellert (Cancelada)',
  },
  'Checkout abandoned (Abandono de checkout)': {
    'pt-BR': 'Abandono de checkout',
    es: 'Checkout abandonado (Abandono de checkout)',
    uk: 'Покинутий кошик (Abandono de checkout)',
    nb: 'Forlatt kasse (Abandono de checkout)',
  },
  'Finalized / approved (Finalizada/Aprovada)': {
    'pt-BR': 'Finalizada/Aprovada',
    es: 'Finalizada / aprobada (Finalizada/Aprovada)',
    uk: 'Завершено / схвалено (Finalizada/Aprovada)',
    nb: 'Fullført / godkjent (Finalizada/Aprovada)',
  },
  'Chargeback (Cancelada - Chargeback)': {
    'pt-BR': 'Cancelada - Chargeback',
    es: 'Contracargo (Cancelada - Chargeback)',
    uk: 'Чарджбек (Cancelada - Chargeback)',
    nb: 'Tilbakeføring (Cancelada - Chargeback)',
  },
  'Delivery status updated (Status de entrega atualizado)': {
    'pt-BR': 'Status de entrega atualizado',
    es: 'Estado de entrega actualizado (Status de entrega atualizado)',
    uk: 'Оновлено статус доставки (Status de entrega atualizado)',
    nb: 'Leveringsstatus oppdatert (Status de entrega atualizado)',
  },
  'Order shipped (Pedido enviado)': {
    'pt-BR': 'Pedido enviado',
    es: 'Pedido enviado (Pedido enviado)',
    uk: 'Замовлення відправлено (Pedido enviado)',
    nb: 'Ordre sendt (Pedido enviado)',
  },
  'Order delivered (Pedido entregue)': {
    'pt-BR': 'Pedido entregue',
    es: 'Pedido entregado (Pedido entregue)',
    uk: 'Замовлення доставлено (Pedido entregue)',
    nb: 'Ordre levert (Pedido entregue)',
  },
  'Invoiced (Faturada)': {
    'pt-BR': 'Faturada',
    es: 'Facturada (Faturada)',
    uk: 'Виставлено рахунок (Faturada)',
    nb: 'Fakturert (Faturada)',
  },
  'Refunded (Cancelada - Reembolsada)': {
    'pt-BR': 'Cancelada - Reembolsada',
    es: 'Reembolsada (Cancelada - Reembolsada)',
    uk: 'Повернено кошти (Cancelada - Reembolsada)',
    nb: 'Refundert (Cancelada - Reembolsada)',
  },
  'Tick the same events you ticked in PayT (Ofertas & Produtos → Postbacks → your postback → Eventos). Postbacks for other events are received but start nothing.':
    {
      'pt-BR':
        'Marque os mesmos eventos que marcou na PayT (Ofertas & Produtos → Postbacks → seu postback → Eventos). Postbacks de outros eventos são recebidos, mas não iniciam nada.',
      es: 'Marca los mismos eventos que marcaste en PayT (Ofertas & Produtos → Postbacks → tu postback → Eventos). Los postbacks de otros eventos se reciben, pero no inician nada.',
      uk: 'Позначте ті самі події, що й у PayT (Ofertas & Produtos → Postbacks → ваш постбек → Eventos). Постбеки інших подій приймаються, але нічого не запускають.',
      nb: 'Kryss av de samme hendelsene som i PayT (Ofertas & Produtos → Postbacks → din postback → Eventos). Postbacks for andre hendelser tas imot, men starter ingenting.',
    },
  'Also run test postbacks': {
    'pt-BR': 'Também rodar postbacks de teste',
    es: 'Ejecutar también los postbacks de prueba',
    uk: 'Також запускати тестові постбеки',
    nb: 'Kjør også testpostbacks',
  },
  'PayT’s "Testar URL" sends a made-up sale. It is always kept and shown as test data; tick this to send it to the receivers too.':
    {
      'pt-BR':
        'O "Testar URL" da PayT envia uma venda fictícia. Ela sempre fica guardada e aparece como dados de teste; marque isto para enviá-la também aos destinos.',
      es: 'El "Testar URL" de PayT envía una venta inventada. Siempre se guarda y se muestra como datos de prueba; márcalo para enviarla también a los receptores.',
      uk: '"Testar URL" у PayT надсилає вигаданий продаж. Він завжди зберігається й показується як тестові дані; позначте, щоб надсилати його й одержувачам.',
      nb: '"Testar URL" i PayT sender et oppdiktet salg. Det blir alltid tatt vare på og vist som testdata; kryss av for å sende det til mottakerne også.',
    },
  'Enter the integration key from PayT’s Postbacks page.': {
    'pt-BR': 'Informe a chave de integração da página de Postbacks da PayT.',
    es: 'Escribe la clave de integración de la página de Postbacks de PayT.',
    uk: 'Вкажіть ключ інтеграції зі сторінки Postbacks у PayT.',
    nb: 'Skriv inn integrasjonsnøkkelen fra Postbacks-siden i PayT.',
  },
  'The key is saved. PayT offers no way to check it from here: use "Testar URL" in PayT’s Postbacks page, and Fluxo will show whether the postback carried this key.':
    {
      'pt-BR':
        'A chave foi salva. A PayT não oferece como verificá-la daqui: use "Testar URL" na página de Postbacks da PayT, e o Fluxo mostrará se o postback trouxe esta chave.',
      es: 'La clave se guardó. PayT no ofrece forma de comprobarla desde aquí: usa "Testar URL" en la página de Postbacks de PayT y Fluxo mostrará si el postback traía esta clave.',
      uk: 'Ключ збережено. PayT не дає змоги перевірити його звідси: натисніть "Testar URL" на сторінці Postbacks у PayT, і Fluxo покаже, чи був цей ключ у постбеку.',
      nb: 'Nøkkelen er lagret. PayT gir ingen mulighet til å sjekke den herfra: bruk "Testar URL" på Postbacks-siden i PayT, så viser Fluxo om postbacken hadde denne nøkkelen.',
    },
  'The PayT account has no integration key yet, so Fluxo cannot tell a real postback from a fake one':
    {
      'pt-BR':
        'A conta PayT ainda não tem chave de integração, então o Fluxo não consegue distinguir um postback real de um falso',
      es: 'La cuenta de PayT aún no tiene clave de integración, así que Fluxo no puede distinguir un postback real de uno falso',
      uk: 'В акаунті PayT ще немає ключа інтеграції, тож Fluxo не може відрізнити справжній постбек від підробленого',
      nb: 'PayT-kontoen har ingen integrasjonsnøkkel ennå, så Fluxo kan ikke skille en ekte postback fra en falsk',
    },
  'The call is not a PayT postback: its body is not a JSON object, so it carries no integration key':
    {
      'pt-BR':
        'A chamada não é um postback da PayT: o corpo não é um objeto JSON, então não traz chave de integração',
      es: 'La llamada no es un postback de PayT: su cuerpo no es un objeto JSON, así que no lleva clave de integración',
      uk: 'Виклик не є постбеком PayT: його тіло не є об’єктом JSON, тож у ньому немає ключа інтеграції',
      nb: 'Kallet er ikke en PayT-postback: innholdet er ikke et JSON-objekt, så det har ingen integrasjonsnøkkel',
    },
  'The postback carries no integration key, so it cannot be proven to come from PayT': {
    'pt-BR': 'O postback não traz chave de integração, então não dá para provar que vem da PayT',
    es: 'El postback no lleva clave de integración, así que no se puede probar que venga de PayT',
    uk: 'Постбек не містить ключа інтеграції, тож не можна довести, що він від PayT',
    nb: 'Postbacken har ingen integrasjonsnøkkel, så det kan ikke bevises at den kommer fra PayT',
  },
  "The postback's integration key does not match the PayT account's key": {
    'pt-BR': 'A chave de integração do postback não confere com a chave da conta PayT',
    es: 'La clave de integración del postback no coincide con la de la cuenta de PayT',
    uk: 'Ключ інтеграції постбеку не збігається з ключем акаунта PayT',
    nb: 'Postbackens integrasjonsnøkkel stemmer ikke med nøkkelen i PayT-kontoen',
  },
  'PayT test call received ("Testar URL"): kept as test data and not sent, as "Also run test postbacks" is off':
    {
      'pt-BR':
        'Chamada de teste da PayT recebida ("Testar URL"): guardada como dados de teste e não enviada, pois "Também rodar postbacks de teste" está desligado',
      es: 'Llamada de prueba de PayT recibida ("Testar URL"): guardada como datos de prueba y no enviada, porque "Ejecutar también los postbacks de prueba" está desactivado',
      uk: 'Отримано тестовий виклик PayT ("Testar URL"): збережено як тестові дані й не надіслано, бо "Також запускати тестові постбеки" вимкнено',
      nb: 'Testkall fra PayT mottatt ("Testar URL"): tatt vare på som testdata og ikke sendt, fordi "Kjør også testpostbacks" er av',
    },
};
