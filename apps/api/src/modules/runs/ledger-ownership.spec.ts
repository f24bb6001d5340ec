import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const API_SOURCE = join(__dirname, '../..');
const LEDGERS = ['modules/runs/run.ledger.ts', 'modules/runs/delivery.ledger.ts'];
/** SQL or TypeORM calls that change `run` or `delivery` rows. */
const WRITES_STATE =
  /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(run|delivery)\b|getRepository\((Run|Delivery)Entity\)|\b(save|insert|update|delete|remove)\(\s*(Run|Delivery)Entity\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the run and delivery ledgers', () => {
  it('are the only production files that write run or delivery rows', () => {
    const writers = sourceFiles(API_SOURCE)
      .filter((path) => WRITES_STATE.test(readFileSync(path, 'utf8')))
      .map((path) => relative(API_SOURCE, path));
    expect(writers.sort()).toEqual([...LEDGERS].sort());
  });

  it('recognises a write outside them', () => {
    expect(WRITES_STATE.test("query(`UPDATE run SET status = 'failed'`)")).toBe(true);
    expect(WRITES_STATE.test('manager.save(RunEntity, run)')).toBe(true);
    expect(WRITES_STATE.test('SELECT id FROM delivery WHERE run_id = $1')).toBe(false);
  });
});
