import { readdirSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';

/** STYLE.md: kebab-case names ending in the file's role. */
const ROLE_SUFFIX =
  /^[a-z][a-z0-9-]*\.(service|controller|module|ledger|queue|types|util|entity)(\.spec)?\.ts$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(`${dir}/${entry.name}`) : [entry.name],
  );
}

describe('file names in runs/', () => {
  it('should each end in the role of what the file holds', () => {
    const specsOfRules = new Set(['ledger-ownership.spec.ts', 'file-naming.spec.ts']);
    const misnamed = filesUnder(__dirname).filter(
      (name) => !specsOfRules.has(name) && !ROLE_SUFFIX.test(name),
    );

    expect(misnamed).toEqual([]);
  });
});
