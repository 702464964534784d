import 'reflect-metadata';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { Env } from '../services/shared/src/env';
import { describeDatabase } from './backup';
import {
  BackupFacts,
  BackupRefused,
  checkBackupFits,
  DeploymentChoice,
  Log,
  migrationNamesIn,
  reportMigrations,
  resolveDeployment,
} from './backup/deployment';
import { mysqlBackupFacts, mysqlTables, restoreMysql } from './backup/mysql';
import { restoreSqlite, sqliteBackupFacts, sqliteTables } from './backup/sqlite';

export interface RestoreOptions extends DeploymentChoice {
  file: string;
  /** The deployment's settings (DATABASE_URL, SQLITE_FILE, DATA_DIR, PATH); default process.env. */
  env?: Env;
  log?: Log;
}

/**
 * Brings a backup back into the deployment's database, which must be empty (or absent), then runs
 * the migrations this version has and the backup had not. Everything that can be checked is
 * checked before anything is written: the file, its deployment and version, the target's emptiness.
 */
export async function restoreDeployment(options: RestoreOptions): Promise<void> {
  const log = options.log ?? console.log;
  const env = options.env ?? process.env;
  const deployment = resolveDeployment(options, env);
  const { file } = options;
  const { url, sqliteFile } = deployment.database;
  if (!existsSync(file)) throw new BackupRefused(`No backup file at ${file}`);
  const kind = file.endsWith('.sql.gz') ? 'mysql' : file.endsWith('.sqlite') ? 'sqlite' : undefined;
  if (!kind)
    throw new BackupRefused(`${file} is neither a .sqlite nor a .sql.gz backup: nothing was restored`);
  if ((kind === 'mysql') !== !!url) {
    throw new BackupRefused(
      `${file} is a ${kind === 'mysql' ? 'MySQL' : 'SQLite'} backup but ${deployment.label} uses ` +
        `${url ? 'MySQL (DATABASE_URL)' : 'SQLite (no DATABASE_URL)'}: restore it on the same engine; nothing was restored`,
    );
  }
  const facts: BackupFacts = kind === 'mysql' ? await mysqlBackupFacts(file) : sqliteBackupFacts(file);
  checkBackupFits(facts, deployment, file);

  const where = describeDatabase(deployment.database);
  const tables = url ? await mysqlTables(url) : sqliteTables(sqliteFile);
  if (tables.length > 0) {
    const named = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
    throw new BackupRefused(
      `The target database (${where}) is not empty: it has ${tables.length} table(s) (${named}). ` +
        'Restore only into an empty database: stop the service and point it at a new database, or drop ' +
        'these tables first. Nothing was restored.',
    );
  }
  log(`Restoring ${file} into ${deployment.label} (${where})`);
  if (url) await restoreMysql(file, url, log, env.PATH);
  else {
    mkdirSync(dirname(sqliteFile), { recursive: true });
    await restoreSqlite(file, sqliteFile, log);
  }
  const db = await deployment.open();
  try {
    reportMigrations(facts.migrations, await migrationNamesIn(db), log);
  } finally {
    await db.destroy();
  }
  log(`Restored ${deployment.label}: start its service.`);
}

/** `npm run restore -- --city HN --file <backup>` or `npm run restore -- --cooperation --file <backup>`. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { city: { type: 'string' }, cooperation: { type: 'boolean' }, file: { type: 'string' } },
  });
  if (!values.file) throw new BackupRefused('Usage: npm run restore -- --city HN --file <backup>');
  await restoreDeployment({ city: values.city, cooperation: values.cooperation, file: values.file });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
