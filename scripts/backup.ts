import 'reflect-metadata';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Env } from '../services/shared/src/env';
import {
  backupBaseName,
  backupDir,
  BackupRefused,
  DeploymentChoice,
  Log,
  resolveDeployment,
} from './backup/deployment';
import { backupMysql } from './backup/mysql';
import { backupSqlite } from './backup/sqlite';

export interface BackupOptions extends DeploymentChoice {
  /**
   * The deployment's settings (DATABASE_URL, SQLITE_FILE, DATA_DIR, BACKUP_DIR, and PATH, where the
   * MySQL client is looked for); default process.env.
   */
  env?: Env;
  /** Where the file goes; default BACKUP_DIR or data/backups. */
  dir?: string;
  log?: Log;
  /** SQLite pages copied per step (tests make it small to interleave many writes). */
  pagesPerStep?: number;
}

/** Where a database is, for messages: never the password. */
export function describeDatabase(settings: { url?: string; sqliteFile: string }): string {
  if (!settings.url) return `SQLite ${settings.sqliteFile}`;
  const url = new URL(settings.url.replace(/^mariadb:/, 'mysql:'));
  return `MySQL ${url.host}${url.pathname}`;
}

/**
 * Writes a consistent backup of one deployment's database while its service keeps running, and
 * returns the file: `<deployment>-<UTC time>.sqlite` (SQLite) or `.sql.gz` (MySQL/MariaDB).
 */
export async function backupDeployment(options: BackupOptions): Promise<string> {
  const env = options.env ?? process.env;
  const log = options.log ?? console.log;
  const deployment = resolveDeployment(options, env);
  const dir = options.dir ?? backupDir(env);
  mkdirSync(dir, { recursive: true });
  const { url, sqliteFile } = deployment.database;
  const file = join(dir, `${backupBaseName(deployment.label, new Date())}.${url ? 'sql.gz' : 'sqlite'}`);
  if (existsSync(file)) throw new BackupRefused(`${file} exists already: wait a second and run again`);
  log(`Backing up ${deployment.label} (${describeDatabase(deployment.database)}) to ${file}`);
  if (url) await backupMysql(url, deployment, file, log, env.PATH);
  else await backupSqlite(sqliteFile, file, log, options.pagesPerStep);
  log(`Backup written: ${file} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB)`);
  return file;
}

/** `npm run backup -- --city HN [--dir <folder>]` or `npm run backup -- --cooperation`. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { city: { type: 'string' }, cooperation: { type: 'boolean' }, dir: { type: 'string' } },
  });
  await backupDeployment({ city: values.city, cooperation: values.cooperation, dir: values.dir });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
