import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A statement on every run's or hook call's path. PostgreSQL parses and plans it once per
 * database session, on its first use there, instead of on every call: the big batched
 * statements spend about as long being planned as being run.
 */
export interface PreparedStatement {
  /** Unique per text: a session keeps the first text it saw under a name. */
  readonly name: string;
  readonly text: string;
}

/**
 * Runs a prepared statement and answers its rows, the RETURNING of an UPDATE or INSERT too
 * (TypeORM's `query` would answer `[rows, count]` for those). TypeORM's own pool runs it, so
 * the pool's size and type parsing are the same as for every other query.
 */
export async function queryPrepared<Row>(
  dataSource: DataSource,
  statement: PreparedStatement,
  values: readonly unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const result = await pool.query({
    name: statement.name,
    text: statement.text,
    values: [...values],
  });
  return result.rows as Row[];
}
