import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BackupFacts, BackupRefused, Log } from './deployment';

interface Statement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
}
interface Progress {
  totalPages: number;
  remainingPages: number;
}
interface SqliteDatabase {
  prepare(sql: string): Statement;
  pragma(source: string): unknown;
  backup(
    file: string,
    options?: { progress?: (progress: Progress) => number | undefined },
  ): Promise<Progress>;
  close(): void;
}
type OpenSqlite = new (
  file: string,
  options?: { fileMustExist?: boolean; readonly?: boolean },
) => SqliteDatabase;

// better-sqlite3 ships no types and the project has no @types for it; this is the part used here.
const Sqlite = createRequire(__filename)('better-sqlite3') as OpenSqlite;

/** Pages copied per step (4 MB at SQLite's default page size); the service writes between steps. */
const PAGES_PER_STEP = 1024;
/** After this many restarts (a write by another connection restarts SQLite's backup) copy the rest in one step. */
const RESTARTS_BEFORE_ONE_STEP = 3;
const ALL_PAGES = 0x7fffffff;

/**
 * SQLite's online backup: copies the live database page by page. In WAL mode (the services' mode)
 * each step reads a committed snapshot without blocking the service's writers; a write in between
 * restarts the copy, so after a few restarts the remainder is copied in one step, one snapshot.
 */
export async function backupSqlite(
  source: string,
  target: string,
  log: Log,
  pagesPerStep = PAGES_PER_STEP,
): Promise<void> {
  if (!existsSync(source)) throw new BackupRefused(`No database at ${source} (SQLITE_FILE / DATA_DIR)`);
  const partial = `${target}.partial`;
  const db = new Sqlite(source, { fileMustExist: true });
  let restarts = 0;
  let lastRemaining = Infinity;
  let lastPercent = -1;
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lastRemaining) {
          restarts += 1;
          log(`  restarted: the service wrote meanwhile (${restarts})`);
        }
        lastRemaining = remainingPages;
        const percent = Math.floor((100 * (totalPages - remainingPages)) / Math.max(totalPages, 1));
        if (percent !== lastPercent) log(`  ${percent}% of ${totalPages} pages`);
        lastPercent = percent;
        return restarts >= RESTARTS_BEFORE_ONE_STEP ? ALL_PAGES : pagesPerStep;
      },
    });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // A self-contained file (no -wal beside it) that opens read-only anywhere.
  const copy = new Sqlite(partial, { fileMustExist: true });
  copy.pragma('journal_mode = DELETE');
  copy.close();
  renameSync(partial, target);
  log('  100%');
}

/** The tables other than SQLite's own: none means an empty database. */
export function sqliteTables(file: string): string[] {
  if (!existsSync(file) || statSync(file).size === 0) return [];
  const db = new Sqlite(file, { fileMustExist: true });
  try {
    const rows = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    return rows.map((row) => row.name);
  } finally {
    db.close();
  }
}

export function sqliteBackupFacts(file: string): BackupFacts {
  let db: SqliteDatabase;
  try {
    db = new Sqlite(file, { fileMustExist: true, readonly: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    throw new BackupRefused(`${file} is not an SQLite backup of this hub: nothing was restored`);
  }
  try {
    const tables = sqliteTables(file);
    if (!tables.includes('migrations')) {
      throw new BackupRefused(
        `${file} has no migrations table: not a backup of this hub; nothing was restored`,
      );
    }
    const migrations = (
      db.prepare('SELECT name FROM migrations ORDER BY id').all() as { name: string }[]
    ).map((row) => row.name);
    const claim = tables.includes('deployment_info')
      ? (db.prepare("SELECT value FROM deployment_info WHERE key = 'city_code'").get() as
          { value: string } | undefined)
      : undefined;
    return { cityCode: claim?.value, migrations };
  } finally {
    db.close();
  }
}

/** Copies a backup into the (empty or absent) target file with the same online backup API. */
export async function restoreSqlite(file: string, target: string, log: Log): Promise<void> {
  const backup = new Sqlite(file, { fileMustExist: true, readonly: true });
  try {
    for (const stale of [`${target}-wal`, `${target}-shm`, `${target}-journal`])
      rmSync(stale, { force: true });
    await backup.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        log(
          `  ${Math.floor((100 * (totalPages - remainingPages)) / Math.max(totalPages, 1))}% of ${totalPages} pages`,
        );
        return PAGES_PER_STEP;
      },
    });
  } finally {
    backup.close();
  }
}
