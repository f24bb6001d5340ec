import { defineConnector } from '@fluxo/connector-sdk';
import { checkFygaroAccount, fygaroAuthFields, FYGARO_CHECK_PHRASES } from './auth';
import { fygaroLogoSvg } from './logo';
import { paymentHookSource } from './payment-hook.source';
import { fygaroTranslations } from './translations';

export const fygaroConnector = defineConnector({
  key: 'fygaro',
  name: 'Fygaro',
  description:
    'Payment buttons and links for Central America and the Caribbean: start a connection when a button is paid.',
  group: 'payment-gateways',
  logoSvg: fygaroLogoSvg,
  auth: { fields: fygaroAuthFields, check: (credentials) => checkFygaroAccount(credentials) },
  sources: [paymentHookSource],
  receivers: [],
  translations: fygaroTranslations,
  phrases: Object.values(FYGARO_CHECK_PHRASES),
});

export { checkFygaroAccount, fygaroAuthFields, fygaroSecrets } from './auth';
export { fygaroVariables, paymentHookSource } from './payment-hook.source';
export {
  decodeJwt,
  SIGNATURE_TOLERANCE_SECONDS,
  verifyHookJwt,
  verifySignatureHeader,
} from './signatures';
export type { DecodedJwt } from './signatures';
