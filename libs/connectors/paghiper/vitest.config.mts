import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../../vitest.aliases.mjs';

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: { root: import.meta.dirname, include: ['src/**/*.spec.ts'] },
});
