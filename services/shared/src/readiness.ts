import type { DataSource } from 'typeorm';
import { logger } from './logging';

/**
 * Whether a service's database answers `SELECT 1` through its DataSource (a closed pool, a server
 * that went away, a file that cannot be read): the core of a subgraph's readiness. The reason goes
 * to the log, not to whoever asked.
 */
export async function databaseState(db: DataSource, service: string): Promise<'ok' | 'down'> {
  try {
    await db.query('SELECT 1');
    return 'ok';
  } catch (error) {
    logger().warn({ service, err: error }, 'database check failed');
    return 'down';
  }
}
