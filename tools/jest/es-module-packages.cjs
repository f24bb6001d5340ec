// @ts-check
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * The installed packages whose .js files are ES modules (`"type": "module"`). Node 20.19+ loads
 * them with `require`, and several (NestJS 12 among them) point their `require` condition at
 * those very files; Jest's module runtime cannot (before Node 24.9), so Jest compiles them to
 * CommonJS like our own sources. Read from node_modules, nested ones included, so a new or
 * upgraded dependency needs no list kept by hand.
 * @param {string} nodeModules
 * @returns {string[]} package names, scoped ones as `@scope/name`
 */
function esModulePackages(nodeModules) {
  const names = new Set();
  const visit = (folder, depth) => {
    for (const entry of readdirSync(folder)) {
      if (entry.startsWith('.')) continue;
      const packages = entry.startsWith('@')
        ? readdirSync(join(folder, entry)).map((scoped) => `${entry}/${scoped}`)
        : [entry];
      for (const name of packages) {
        const root = join(folder, name);
        if (isEsModulePackage(root)) names.add(name);
        const nested = join(root, 'node_modules');
        if (depth === 0 && existsSync(nested)) visit(nested, depth + 1);
      }
    }
  };
  visit(nodeModules, 0);
  return [...names].sort();
}

function isEsModulePackage(root) {
  try {
    return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).type === 'module';
  } catch {
    return false; // not a package (a bin folder, a broken link): nothing to compile
  }
}

module.exports = { esModulePackages };
