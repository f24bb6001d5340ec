import { jest } from '@jest/globals';
import type { DataSource } from 'typeorm';

/**
 * Spies on every query of the driver's pool. The hot statements are prepared (see
 * queryPrepared), so they go to the pool itself, not through DataSource.query; read the calls
 * before `mockRestore()`, which clears them.
 */
export function spyOnPoolQueries(dataSource: DataSource) {
  const pool = (dataSource.driver as unknown as { master: { query(config: unknown): unknown } })
    .master;
  return jest.spyOn(pool, 'query');
}
