import { execFileSync } from 'node:child_process';

/** The Redis server the shared-cache suite uses (.ci/run starts one when it does not answer). */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers PING, asked in a child process so that the answer is known before `describe`. */
function redisAnswers(url: string): boolean {
  const probe = `
    const { hostname, port } = new URL(process.argv[1]);
    const socket = require('node:net').connect(Number(port) || 6379, hostname);
    socket.setTimeout(2000, () => process.exit(1));
    socket.on('error', () => process.exit(1));
    socket.on('connect', () => socket.write('PING\\r\\n'));
    socket.on('data', (data) => process.exit(String(data).startsWith('+PONG') ? 0 : 1));`;
  try {
    execFileSync(process.execPath, ['-e', probe, url], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

const missingRedis = !redisAnswers(REDIS_URL);
if (missingRedis && process.env.CI) {
  // CI never skips the shared-cache suite: .ci/run starts redis-server first.
  throw new Error(`Redis does not answer at ${REDIS_URL}; CI must start it (redis-server)`);
}

/** `describe`, or a clearly reported skip on a machine without a Redis server (never in CI). */
export const describeWithRedis: jest.Describe = missingRedis
  ? Object.assign((name: string, fn: () => void) => {
      process.stderr.write(
        `\nRedis suite "${name}" NOT RUN: nothing answers at ${REDIS_URL}. Start one with ` +
          '`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save ""` and run `npm test` again.\n',
      );
      describe.skip(name, fn);
    }, describe)
  : describe;
