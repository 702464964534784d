import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ConfigurationError } from './errors';
import { serialiseTransactions } from './write-queue';

export interface DatabaseSettings {
  /** `mysql://user:password@host:port/database`; absent means the embedded SQLite file. */
  url?: string;
  /** Where the embedded database lives when there is no URL (one file per deployment). */
  sqliteFile: string;
}

export type EntityList = NonNullable<DataSourceOptions['entities']>;
export type MigrationList = NonNullable<DataSourceOptions['migrations']>;

export function isMysqlUrl(url: string | undefined): boolean {
  return !!url && /^(mysql|mariadb):\/\//.test(url);
}

export function dataSourceOptions(
  settings: DatabaseSettings,
  entities: EntityList,
  migrations: MigrationList,
): DataSourceOptions {
  const common = { entities, migrations, migrationsRun: true, synchronize: false, logging: false } as const;
  if (settings.url) {
    if (!isMysqlUrl(settings.url)) {
      throw new ConfigurationError(
        `DATABASE_URL must start with mysql:// (got "${settings.url.split(':')[0]}:")`,
      );
    }
    return {
      ...common,
      type: 'mysql',
      url: settings.url.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      extra: { connectionLimit: 10 },
    };
  }
  if (settings.sqliteFile !== ':memory:') mkdirSync(dirname(settings.sqliteFile), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: settings.sqliteFile,
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
    },
  };
}

/**
 * Connects and brings the schema up to date (migrations run on initialise). On SQLite every
 * transaction of the returned DataSource then waits its turn (see write-queue.ts).
 */
export async function openDatabase(
  settings: DatabaseSettings,
  entities: EntityList,
  migrations: MigrationList,
): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(settings, entities, migrations));
  await dataSource.initialize();
  serialiseTransactions(dataSource);
  return dataSource;
}

function splitMysqlUrl(url: string): { serverUrl: string; database: string } {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(database)) {
    throw new ConfigurationError(`MySQL database name "${database}" must be letters, digits and underscores`);
  }
  parsed.pathname = '/';
  return { serverUrl: parsed.toString(), database };
}

/** Creates the database named in `url` if it is missing, in utf8mb4 (used by scripts and tests). */
export async function ensureMysqlDatabase(url: string): Promise<void> {
  const { serverUrl, database } = splitMysqlUrl(url);
  const connection = await createConnection(serverUrl);
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

export async function dropMysqlDatabase(url: string): Promise<void> {
  const { serverUrl, database } = splitMysqlUrl(url);
  const connection = await createConnection(serverUrl);
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await connection.end();
  }
}

/** The column options that make `sort_key` compare byte by byte on MySQL, as it does on SQLite. */
export function binaryCollation(dataSource: { options: { type: string } }): {
  charset?: string;
  collation?: string;
} {
  return dataSource.options.type === 'mysql' ? { charset: 'ascii', collation: 'ascii_bin' } : {};
}
