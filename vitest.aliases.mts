import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Mirrors the paths of tsconfig.base.json so tests import libs by their package names. */
export const workspaceAliases = {
  '@fluxo/contracts': at('./libs/contracts/src/index.ts'),
  '@fluxo/engine': at('./libs/engine/src/index.ts'),
  '@fluxo/connector-sdk': at('./libs/connector-sdk/src/index.ts'),
  '@fluxo/connector-forms': at('./libs/connectors/forms/src/index.ts'),
  '@fluxo/connector-email': at('./libs/connectors/email/src/index.ts'),
  '@fluxo/connector-google-sheets': at('./libs/connectors/google-sheets/src/index.ts'),
  '@fluxo/connector-sms-twilio': at('./libs/connectors/sms-twilio/src/index.ts'),
  '@fluxo/connector-http': at('./libs/connectors/http/src/index.ts'),
  '@fluxo/connector-portmone': at('./libs/connectors/portmone/src/index.ts'),
  '@fluxo/connector-payt': at('./libs/connectors/payt/src/index.ts'),
  '@fluxo/connector-mercado-pago': at('./libs/connectors/mercado-pago/src/index.ts'),
  '@fluxo/connector-fygaro': at('./libs/connectors/fygaro/src/index.ts'),
  '@fluxo/connector-paghiper': at('./libs/connectors/paghiper/src/index.ts'),
  '@fluxo/sandboxes': at('./libs/sandboxes/src/index.ts'),
};
