import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Mirrors the paths of tsconfig.base.json so tests import libs by their package names. */
export const workspaceAliases = {
  '@fluxo/contracts': at('./libs/contracts/src/index.ts'),
  '@fluxo/engine': at('./libs/engine/src/index.ts'),
  '@fluxo/connector-sdk': at('./libs/connector-sdk/src/index.ts'),
  '@fluxo/connector-forms': at('./libs/connectors/forms/src/index.ts'),
  '@fluxo/connector-email': at('./libs/connectors/email/src/index.ts'),
  '@fluxo/sandboxes': at('./libs/sandboxes/src/index.ts'),
};
