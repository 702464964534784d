import { AbstractLogger, DataSource, LogLevel, LogMessage } from 'typeorm';
import { dataSourceOptions, EntityList, MigrationList } from '../../services/shared/src/database';
import { createTestDatabase, TestDatabase } from '../../scripts/throwaway-databases';

/** Counts the SQL statements TypeORM sends (create it with `['query']`: AbstractLogger drops them otherwise). */
export class StatementCounter extends AbstractLogger {
  count = 0;
  protected override writeLog(level: LogLevel, messages: LogMessage | LogMessage[]): void {
    if (level === 'query') this.count += Array.isArray(messages) ? messages.length : 1;
  }
}

/**
 * A throwaway database (of `entities` and `migrations`) whose statements `counter` counts, opened; the
 * caller drops `database` and destroys `db` in afterAll.
 */
export async function countedDatabase(
  name: string,
  counter: StatementCounter,
  entities: EntityList,
  migrations: MigrationList,
): Promise<{ database: TestDatabase; db: DataSource }> {
  const database = await createTestDatabase(name);
  const db = new DataSource({
    ...dataSourceOptions(database.settings, entities, migrations),
    logger: counter,
    logging: ['query'],
  });
  await db.initialize();
  return { database, db };
}
