// @ts-check
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const workspaceRoot = join(__dirname, '..');

/**
 * The `@fluxo/*` packages and the source file each resolves to, read from tsconfig.base.json's
 * `paths`: that file is the one place they are declared; Jest and Vite take them from here.
 * @returns {Record<string, string>} package name → absolute path of its entry file
 */
function workspacePackageSources() {
  const tsconfig = JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
  /** @type {Record<string, string[]>} */
  const paths = tsconfig.compilerOptions.paths;
  return Object.fromEntries(
    Object.entries(paths).map(([name, [target]]) => [name, join(workspaceRoot, target)]),
  );
}

module.exports = { workspaceRoot, workspacePackageSources };
