import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/** Counts the SQL statements TypeORM sends (create it with `['query']`: AbstractLogger drops them otherwise). */
export class StatementCounter extends AbstractLogger {
  count = 0;
  protected override writeLog(level: LogLevel, messages: LogMessage | LogMessage[]): void {
    if (level === 'query') this.count += Array.isArray(messages) ? messages.length : 1;
  }
}
