import { spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { createConnection } from 'mysql2/promise';
import { ensureMysqlDatabase } from '../../services/shared/src/database';
import { BackupFacts, BackupRefused, Deployment, Log } from './deployment';

const HEADER = '-- union-hub backup ';
const INSTALL = 'install the MariaDB or MySQL client (Debian: apt-get install -y mariadb-client)';

/** The first of these programs in `searchPath` (PATH), or a refusal naming what to install. */
function findProgram(
  names: string[],
  searchPath = process.env.PATH ?? '',
): { path: string; mariadb: boolean } {
  for (const name of names) {
    for (const dir of searchPath.split(delimiter).filter(Boolean)) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
      } catch {
        continue;
      }
      const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
      if (version.status === 0) return { path: candidate, mariadb: /mariadb/i.test(version.stdout) };
    }
  }
  throw new BackupRefused(`None of ${names.join(', ')} is on PATH: ${INSTALL}`);
}

interface Connection {
  database: string;
  /** A client option file (mode 0600), so the password is never on a command line. */
  optionFile: string;
  cleanUp(): void;
}

function connectionFor(url: string): Connection {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const dir = mkdtempSync(join(tmpdir(), 'uft-backup-'));
  const optionFile = join(dir, 'client.cnf');
  const lines = ['[client]', `host=${parsed.hostname}`, `port=${parsed.port || '3306'}`];
  if (parsed.username) lines.push(`user=${decodeURIComponent(parsed.username)}`);
  if (parsed.password)
    lines.push(`password="${decodeURIComponent(parsed.password).replace(/["\\]/g, '\\$&')}"`);
  writeFileSync(optionFile, `${lines.join('\n')}\n`, { mode: 0o600 });
  return {
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
    optionFile,
    cleanUp: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Resolves when the program exits 0, else rejects with what it printed on stderr. */
function finished(child: ReturnType<typeof spawn>, program: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupRefused(`${program} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

export async function mysqlTables(url: string): Promise<string[]> {
  await ensureMysqlDatabase(url);
  const connection = await createConnection(url.replace(/^mariadb:/, 'mysql:'));
  try {
    const [rows] = await connection.query(
      'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
    );
    return (rows as { name: string }[]).map((row) => row.name);
  } finally {
    await connection.end();
  }
}

/**
 * A gzipped `mysqldump --single-transaction`: one consistent snapshot of the InnoDB tables taken
 * without locking them, so the service keeps writing. A first comment line records the deployment
 * and its migrations, which a restore checks before writing anything.
 */
export async function backupMysql(
  url: string,
  deployment: Deployment,
  target: string,
  log: Log,
  searchPath?: string,
): Promise<void> {
  const dump = findProgram(['mariadb-dump', 'mysqldump'], searchPath);
  const connection = connectionFor(url);
  const partial = `${target}.partial`;
  try {
    const { migrations, cityCode } = await factsOfLive(url);
    const header = `${HEADER}${JSON.stringify({ deployment: deployment.label, cityCode, migrations })}\n`;
    const args = [
      `--defaults-extra-file=${connection.optionFile}`,
      '--single-transaction',
      '--skip-lock-tables',
      '--no-tablespaces',
      '--hex-blob',
      '--default-character-set=utf8mb4',
      // Oracle's mysqldump only: no GTID statements (they need privileges on restore), no statistics table.
      ...(dump.mariadb ? [] : ['--set-gtid-purged=OFF', '--column-statistics=0']),
      connection.database,
    ];
    const child = spawn(dump.path, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const done = finished(child, dump.path);
    let bytes = 0;
    let reported = 0;
    async function* withHeader(): AsyncGenerator<Buffer | string> {
      yield header;
      for await (const chunk of child.stdout as Readable) {
        bytes += (chunk as Buffer).length;
        if (bytes - reported >= 8 * 1024 * 1024) {
          reported = bytes;
          log(`  ${(bytes / 1024 / 1024).toFixed(0)} MB dumped`);
        }
        yield chunk as Buffer;
      }
    }
    await Promise.all([pipeline(withHeader, createGzip(), createWriteStream(partial)), done]);
    renameSync(partial, target);
    log(`  ${(bytes / 1024 / 1024).toFixed(1)} MB dumped in one transaction`);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    connection.cleanUp();
  }
}

async function factsOfLive(url: string): Promise<BackupFacts> {
  const connection = await createConnection(url.replace(/^mariadb:/, 'mysql:'));
  try {
    const [migrations] = await connection.query('SELECT name FROM migrations ORDER BY id');
    const [claims] = await connection
      .query("SELECT value FROM deployment_info WHERE `key` = 'city_code'")
      .catch(() => [[]]);
    return {
      migrations: (migrations as { name: string }[]).map((row) => row.name),
      cityCode: (claims as { value: string }[])[0]?.value,
    };
  } finally {
    await connection.end();
  }
}

export async function mysqlBackupFacts(file: string): Promise<BackupFacts> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  try {
    for await (const line of lines) {
      if (!line.startsWith(HEADER)) break;
      const facts = JSON.parse(line.slice(HEADER.length)) as BackupFacts;
      return { cityCode: facts.cityCode ?? undefined, migrations: facts.migrations };
    }
  } catch {
    // not gzip, or cut short: refused below
  } finally {
    lines.close();
  }
  throw new BackupRefused(`${file} is not a MySQL backup made by npm run backup: nothing was restored`);
}

/** Feeds the dump to the mysql client, which stops at the first failing statement. */
export async function restoreMysql(file: string, url: string, log: Log, searchPath?: string): Promise<void> {
  const client = findProgram(['mariadb', 'mysql'], searchPath);
  const connection = connectionFor(url);
  try {
    const args = [
      `--defaults-extra-file=${connection.optionFile}`,
      '--default-character-set=utf8mb4',
      connection.database,
    ];
    const child = spawn(client.path, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    const done = finished(child, client.path);
    let bytes = 0;
    async function* counted(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      for await (const chunk of source) {
        const before = Math.floor(bytes / (8 * 1024 * 1024));
        bytes += chunk.length;
        if (Math.floor(bytes / (8 * 1024 * 1024)) > before)
          log(`  ${(bytes / 1024 / 1024).toFixed(0)} MB loaded`);
        yield chunk;
      }
    }
    await Promise.all([pipeline(createReadStream(file), createGunzip(), counted, child.stdin!), done]);
    log(`  ${(bytes / 1024 / 1024).toFixed(1)} MB loaded`);
  } finally {
    connection.cleanUp();
  }
}
