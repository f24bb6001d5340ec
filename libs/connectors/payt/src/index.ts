import { defineConnector } from '@fluxo/connector-sdk';
import { checkPaytAccount, paytAuthFields, PAYT_CHECK_PHRASES } from './auth';
import { paytLogoSvg } from './logo';
import { POSTBACK_NOTES, POSTBACK_REFUSALS, postbackSource } from './postback.source';
import { paytTranslations } from './translations';

export const paytConnector = defineConnector({
  key: 'payt',
  name: 'PayT',
  description:
    'Brazilian checkout and payment platform: start a connection from PayT postbacks (sales, PIX and boleto, abandoned checkouts, refunds, deliveries).',
  group: 'payment-gateways',
  logoSvg: paytLogoSvg,
  auth: { fields: paytAuthFields, check: (credentials) => checkPaytAccount(credentials) },
  sources: [postbackSource],
  receivers: [],
  translations: paytTranslations,
  phrases: [
    ...Object.values(PAYT_CHECK_PHRASES),
    ...Object.values(POSTBACK_REFUSALS),
    ...Object.values(POSTBACK_NOTES),
  ],
});

export { checkPaytAccount, paytAuthFields } from './auth';
export {
  PAYT_EVENTS,
  paytDateToIso,
  paytDedupeKey,
  paytEventOf,
  paytVariables,
  readPostback,
  toE164,
  unflattenPostback,
} from './postback';
export type { PaytEvent, PaytPostback } from './postback';
export { KEY_MISMATCH_REASON, postbackSource } from './postback.source';
export { paytSamplePostback } from './sample';
