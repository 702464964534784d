import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { readCityConfig } from '../../services/city/src/config';
import { CITY_MIGRATIONS, openCityDatabase } from '../../services/city/src/database';
import { readCooperationConfig } from '../../services/cooperation/src/config';
import { COOPERATION_MIGRATIONS, openCooperationDatabase } from '../../services/cooperation/src/database';
import { DatabaseSettings } from '../../services/shared/src/database';
import { Env } from '../../services/shared/src/env';
import { projectRoot } from '../../services/shared/src/project-root';

/** A refusal the operator can act on: the message names the problem, and nothing was written. */
export class BackupRefused extends Error {}

export interface DeploymentChoice {
  city?: string;
  cooperation?: boolean;
}

/** One deployment's database, chosen exactly as its service chooses it (DATABASE_URL or its file). */
export interface Deployment {
  /** `city-HN` or `cooperation`: the first part of a backup's file name. */
  label: string;
  cityCode?: string;
  database: DatabaseSettings;
  /** Every migration this version knows, by the name TypeORM records in the `migrations` table. */
  migrationNames: string[];
  /** Opens the database as the service does, which runs pending migrations. */
  open(): Promise<DataSource>;
}

export type Log = (line: string) => void;

export function resolveDeployment(choice: DeploymentChoice, env: Env): Deployment {
  if (!!choice.city === !!choice.cooperation) {
    throw new BackupRefused('Name one deployment: --city <CODE> or --cooperation');
  }
  if (choice.city) {
    const config = readCityConfig({ ...env, CITY_CODE: choice.city });
    return {
      label: `city-${config.cityCode}`,
      cityCode: config.cityCode,
      database: config.database,
      migrationNames: CITY_MIGRATIONS.map((migration) => migration.name),
      open: () => openCityDatabase(config.database, config.cityCode),
    };
  }
  const config = readCooperationConfig(env);
  return {
    label: 'cooperation',
    database: config.database,
    migrationNames: COOPERATION_MIGRATIONS.map((migration) => migration.name),
    open: () => openCooperationDatabase(config.database),
  };
}

/** BACKUP_DIR, else `backups/` beside the embedded databases (DATA_DIR, default data/). */
export function backupDir(env: Env): string {
  return env.BACKUP_DIR || join(env.DATA_DIR ?? join(projectRoot(), 'data'), 'backups');
}

/** `city-HN-2026-05-10T020000Z`: the deployment and the UTC time, sortable, safe in every file system. */
export function backupBaseName(label: string, at: Date): string {
  return `${label}-${at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '')}`;
}

/** What a backup says about itself, checked before a restore writes anything. */
export interface BackupFacts {
  cityCode?: string;
  migrations: string[];
}

/** Refuses a backup of another deployment, or one taken by a newer version of the hub. */
export function checkBackupFits(facts: BackupFacts, deployment: Deployment, file: string): void {
  if (facts.cityCode !== deployment.cityCode) {
    const of = (code?: string) => (code ? `city ${code}` : 'the cooperation hub');
    throw new BackupRefused(
      `${file} is a backup of ${of(facts.cityCode)}, not of ${of(deployment.cityCode)}: nothing was restored`,
    );
  }
  const unknown = facts.migrations.filter((name) => !deployment.migrationNames.includes(name));
  if (unknown.length > 0) {
    throw new BackupRefused(
      `${file} was taken by a newer version of the hub (migrations ${unknown.join(', ')} are unknown here); ` +
        'restore it with that version: nothing was restored',
    );
  }
}

/** Names the migrations that ran on restore (those the backup did not have yet). */
export function reportMigrations(before: string[], after: string[], log: Log): void {
  const ran = after.filter((name) => !before.includes(name));
  log(ran.length ? `  migrations run after restore: ${ran.join(', ')}` : '  schema already current');
}

export async function migrationNamesIn(db: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await db.query('SELECT name FROM migrations ORDER BY id');
  return rows.map((row) => row.name);
}
