import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSettings, dropMysqlDatabase, ensureMysqlDatabase } from '../services/shared/src/database';

/**
 * Databases for tests and benchmarks: SQLite files by default, MySQL/MariaDB when TEST_MYSQL_URL
 * names a server (e.g. mysql://root@127.0.0.1:3306). Each is created for one run and dropped after.
 */
export const TEST_MYSQL_URL = process.env.TEST_MYSQL_URL || undefined;
export const ENGINE = TEST_MYSQL_URL ? 'mysql' : 'sqlite';

let counter = 0;

export interface TestDatabase {
  settings: DatabaseSettings;
  drop(): Promise<void>;
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  counter += 1;
  const name = `uft_${label.toLowerCase().replace(/[^a-z0-9]/g, '')}_${process.pid}_${counter}`;
  if (TEST_MYSQL_URL) {
    const url = `${TEST_MYSQL_URL.replace(/\/$/, '')}/${name}`;
    await ensureMysqlDatabase(url);
    return { settings: { url, sqliteFile: '' }, drop: () => dropMysqlDatabase(url) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'uft-'));
  return {
    settings: { sqliteFile: join(dir, `${name}.sqlite`) },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function envFor(database: TestDatabase): Record<string, string> {
  return database.settings.url
    ? { DATABASE_URL: database.settings.url }
    : { SQLITE_FILE: database.settings.sqliteFile };
}
