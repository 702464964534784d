import { SpanKind, SpanStatusCode, trace, Tracer } from '@opentelemetry/api';
import {
  ATTR_DB_NAMESPACE,
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_SYSTEM_NAME,
  ATTR_ERROR_TYPE,
} from '@opentelemetry/semantic-conventions';
import type { DataSource, QueryRunner } from 'typeorm';

/** MariaDB too is `mysql` here: the same driver and protocol (TypeORM reports no difference). */
export type DatabaseSystem = 'sqlite' | 'mysql';

/** The older name, which most trace viewers (Jaeger, Tempo's service graph) still read. */
const ATTR_DB_SYSTEM = 'db.system';
/** Enough to recognise the statement; TypeORM's longest (a wide INSERT) would only bloat each span. */
const MAX_QUERY_TEXT = 1_000;
const TRACED = Symbol('traced query runner');

export function databaseSystemOf(dataSource: DataSource): DatabaseSystem {
  return dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
}

/**
 * Each SQL statement the DataSource runs becomes a CLIENT span (`SELECT`, `INSERT`…) in the request
 * that ran it: every query of TypeORM (repositories, query builders, transactions, `db.query`) goes
 * through a query runner the driver creates, whose `query` is wrapped here.
 *
 * Only statements inside a traced request get a span: readiness checks, migrations and seeding would
 * otherwise each start a trace of their own. The text is the parameterised statement (values are
 * sent apart, as `?`); string literals in it are blanked anyway, so no personal data reaches a span.
 */
export function traceQueries(
  dataSource: DataSource,
  tracer: Tracer | undefined,
  system: DatabaseSystem = databaseSystemOf(dataSource),
): void {
  if (!tracer) return;
  const driver = dataSource.driver;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  const namespace = system === 'sqlite' ? undefined : (driver as { database?: string }).database;
  driver.createQueryRunner = (mode) => traceRunner(createQueryRunner(mode), tracer, system, namespace);
}

function traceRunner(
  runner: QueryRunner,
  tracer: Tracer,
  system: DatabaseSystem,
  namespace: string | undefined,
): QueryRunner {
  // SQLite's driver hands out its one runner again and again: wrap it once.
  const marked = runner as QueryRunner & { [TRACED]?: true };
  if (marked[TRACED]) return runner;
  marked[TRACED] = true;
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = ((text: string, ...rest: unknown[]) => {
    if (!trace.getActiveSpan()) return query(text, ...rest);
    const operation = /^\s*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL';
    const attributes = {
      [ATTR_DB_SYSTEM_NAME]: system,
      [ATTR_DB_SYSTEM]: system,
      [ATTR_DB_OPERATION_NAME]: operation,
      [ATTR_DB_QUERY_TEXT]: sanitise(text),
      ...(namespace ? { [ATTR_DB_NAMESPACE]: namespace } : {}),
    };
    return tracer.startActiveSpan(operation, { kind: SpanKind.CLIENT, attributes }, async (span) => {
      try {
        return await query(text, ...rest);
      } catch (error) {
        // The driver's message may quote a value (a duplicate key): the error's kind only.
        span.setAttribute(ATTR_ERROR_TYPE, (error as Error)?.name ?? 'Error');
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    });
  }) as QueryRunner['query'];
  return runner;
}

/** Blanks string literals ('…', with '' inside) and cuts the statement to MAX_QUERY_TEXT characters. */
export function sanitise(text: string): string {
  const blanked = text.replace(/'(?:[^']|'')*'/g, "'?'");
  return blanked.length > MAX_QUERY_TEXT ? `${blanked.slice(0, MAX_QUERY_TEXT)}…` : blanked;
}
