import pino, { DestinationStream, Logger } from 'pino';
import { ConfigurationError } from './errors';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const FORMATS = ['json', 'pretty'] as const;

export interface LogSettings {
  level: (typeof LEVELS)[number];
  format: (typeof FORMATS)[number];
}

/**
 * LOG_LEVEL (default `info`; `silent` under Jest, where NODE_ENV is `test`, unless a test captures the
 * lines) and LOG_FORMAT (`json`, the default everywhere, or `pretty`, which `npm start` sets).
 */
export function readLogSettings(env: Record<string, string | undefined> = process.env): LogSettings {
  const level = env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info');
  const format = env.LOG_FORMAT || 'json';
  if (!LEVELS.includes(level as LogSettings['level'])) {
    throw new ConfigurationError(`LOG_LEVEL must be one of ${LEVELS.join(', ')} (got "${level}")`);
  }
  if (!FORMATS.includes(format as LogSettings['format'])) {
    throw new ConfigurationError(`LOG_FORMAT must be json or pretty (got "${format}")`);
  }
  return { level: level as LogSettings['level'], format: format as LogSettings['format'] };
}

function outputFor(format: LogSettings['format']): DestinationStream {
  if (format === 'json') return pino.destination({ dest: 1, sync: true });
  // Loaded only when asked for: production images run JSON and need not carry the pretty printer.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty.build({ translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', sync: true });
}

let output: DestinationStream | undefined;
let root: Logger | undefined;

/**
 * The process's one logger. Every service in the process writes through it with its own `service`
 * field (tests run several in one process), and lines go through a forwarding stream so that a test
 * can read them (captureLogs).
 */
export function logger(): Logger {
  if (!root) {
    const settings = readLogSettings();
    output = outputFor(settings.format);
    root = pino(
      {
        level: settings.level,
        base: undefined,
        timestamp: pino.stdTimeFunctions.isoTime,
        // "level":"info" rather than 30: read by people and log stores alike.
        formatters: { level: (label) => ({ level: label }) },
      },
      { write: (line: string) => output!.write(line) },
    );
  }
  return root;
}

export interface CapturedLogs {
  /** Every line written since the capture began, parsed. */
  lines: Record<string, unknown>[];
  stop(): void;
}

/** For tests: the JSON lines from now on, at `level` (default info), instead of standard output. */
export function captureLogs(level: LogSettings['level'] = 'info'): CapturedLogs {
  const log = logger();
  const previous = { output, level: log.level };
  const lines: Record<string, unknown>[] = [];
  output = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
  log.level = level;
  return {
    lines,
    stop: () => {
      output = previous.output;
      log.level = previous.level;
    },
  };
}
