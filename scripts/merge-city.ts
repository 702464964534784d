import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { readCityConfig } from '../services/city/src/config';
import { CITY_ENTITIES, CITY_MIGRATIONS } from '../services/city/src/database';
import { trackDataVersion } from '../services/shared/src/data-version';
import { DatabaseSettings, isMysqlUrl, openDatabase } from '../services/shared/src/database';
import { Env } from '../services/shared/src/env';
import { describeDatabase } from './backup';
import { foldCities, FoldRefused } from './merge-city/fold-codes';
import { foldCity, FoldReport } from './merge-city/fold';

export interface MergeCityOptions {
  from: string;
  into: string;
  /** The predecessor's database (a mysql:// URL or a SQLite file); default data/city-<from>.sqlite. */
  fromDatabase?: string;
  /** The successor's database; default as its service finds it (DATABASE_URL, SQLITE_FILE, data/). */
  intoDatabase?: string;
  batchSize?: number;
  stopAfterBatches?: number;
  env?: Env;
  log?: (line: string) => void;
}

function settingsFrom(value: string): DatabaseSettings {
  return isMysqlUrl(value) ? { url: value, sqliteFile: '' } : { sqliteFile: resolve(value) };
}

/** Opens an existing city database without claiming it (a fold must not write to a wrong one). */
async function openExisting(settings: DatabaseSettings, option: string): Promise<DataSource> {
  if (!settings.url && !existsSync(settings.sqliteFile)) {
    throw new FoldRefused(`No database for ${option} at ${settings.sqliteFile}: nothing was written`);
  }
  const db = await openDatabase(settings, CITY_ENTITIES, CITY_MIGRATIONS);
  trackDataVersion(db);
  return db;
}

/**
 * `npm run merge-city -- --from HD --into HP`: folds a predecessor city's database into its
 * successor's (docs/reorganisation.md). The predecessor's database is found as data/city-<from>.sqlite
 * (DATA_DIR) unless --from-database names it: DATABASE_URL and SQLITE_FILE are the successor's.
 */
export async function mergeCity(options: MergeCityOptions): Promise<FoldReport> {
  const env = options.env ?? process.env;
  const log = options.log ?? console.log;
  foldCities(options.from, options.into); // refuse unknown codes before opening anything
  const fromSettings = options.fromDatabase
    ? settingsFrom(options.fromDatabase)
    : readCityConfig({ ...env, CITY_CODE: options.from, DATABASE_URL: undefined, SQLITE_FILE: undefined })
        .database;
  const intoSettings = options.intoDatabase
    ? settingsFrom(options.intoDatabase)
    : readCityConfig({ ...env, CITY_CODE: options.into }).database;
  log(`From ${options.from}: ${describeDatabase(fromSettings)}`);
  log(`Into ${options.into}: ${describeDatabase(intoSettings)}`);
  const predecessor = await openExisting(fromSettings, '--from');
  try {
    const successor = await openExisting(intoSettings, '--into');
    try {
      return await foldCity({ ...options, predecessor, successor, log });
    } finally {
      await successor.destroy();
    }
  } finally {
    await predecessor.destroy();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      into: { type: 'string' },
      'from-database': { type: 'string' },
      'into-database': { type: 'string' },
      'batch-size': { type: 'string' },
      'stop-after-batches': { type: 'string' },
    },
  });
  if (!values.from || !values.into) throw new FoldRefused('Usage: npm run merge-city -- --from HD --into HP');
  const report = await mergeCity({
    from: values.from,
    into: values.into,
    fromDatabase: values['from-database'],
    intoDatabase: values['into-database'],
    batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
    stopAfterBatches: values['stop-after-batches'] ? Number(values['stop-after-batches']) : undefined,
  });
  if (report.interrupted) process.exitCode = 2;
  else if (!report.totals?.verified) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
