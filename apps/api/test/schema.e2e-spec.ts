import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '../src/database/database-options';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** The entities describe the tables the migrations build: same columns, same nullability. */
describe('entities and migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      logging: false,
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it.each(ENTITIES.map((entity) => [entity.name, entity]))(
    '%s matches its table',
    async (_, entity) => {
      const metadata = dataSource.getMetadata(entity);
      const rows: { column_name: string; is_nullable: 'YES' | 'NO' }[] = await dataSource.query(
        `SELECT column_name, is_nullable FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1`,
        [metadata.tableName],
      );
      const table = Object.fromEntries(
        rows.map((row) => [row.column_name, row.is_nullable === 'YES']),
      );
      const declared = Object.fromEntries(
        metadata.columns.map((column) => [column.databaseName, column.isNullable]),
      );
      expect(declared).toEqual(table);
    },
  );
});
