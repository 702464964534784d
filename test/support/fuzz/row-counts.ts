import { DataSource } from 'typeorm';

/** Rows per table, keyed "deployment.table". */
export type RowCounts = Record<string, number>;

export interface RowCounter {
  counts(): Promise<RowCounts>;
  close(): Promise<void>;
}

interface Source {
  name: string;
  db: DataSource;
  sql: string;
}

async function open(name: string, env: Record<string, string>): Promise<Source> {
  const mysql = !!env.DATABASE_URL;
  // Read-only beside the service's own connection (SQLite runs in WAL mode, so readers never block).
  const db = new DataSource(
    mysql
      ? { type: 'mysql', url: env.DATABASE_URL, extra: { connectionLimit: 1 } }
      : { type: 'better-sqlite3', database: env.SQLITE_FILE!, readonly: true },
  );
  await db.initialize();
  const tables: { name: string }[] = await db.query(
    mysql
      ? 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()'
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  const quote = (table: string) => (mysql ? `\`${table}\`` : `"${table}"`);
  // One statement per database, so that counting after every call stays cheap.
  const sql = tables
    .map(({ name: table }) => `SELECT '${table}' AS t, COUNT(*) AS c FROM ${quote(table)}`)
    .join(' UNION ALL ');
  return { name, db, sql };
}

/** Counts the rows of every table of every deployment, reading each service's own database. */
export async function rowCounter(deployments: Record<string, Record<string, string>>): Promise<RowCounter> {
  const sources = await Promise.all(Object.entries(deployments).map(([name, env]) => open(name, env)));
  return {
    counts: async () => {
      const all = await Promise.all(
        sources.map(async (source) => ({
          source,
          rows: (await source.db.query(source.sql)) as { t: string; c: number | string }[],
        })),
      );
      return Object.fromEntries(
        all.flatMap(({ source, rows }) => rows.map(({ t, c }) => [`${source.name}.${t}`, Number(c)])),
      );
    },
    close: async () => {
      for (const { db } of sources) await db.destroy();
    },
  };
}

/** The tables whose counts differ, as "deployment.table: before → after". */
export function changedTables(before: RowCounts, after: RowCounts): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} → ${after[table]}`);
}
