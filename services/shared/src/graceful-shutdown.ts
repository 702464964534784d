import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Env, intEnv } from './env';
import { logger } from './logging';

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/** SHUTDOWN_TIMEOUT_MS: how long a stopping service waits for requests in flight before cutting them. */
export function shutdownTimeoutEnv(env: Env): number {
  return intEnv(env, 'SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN_TIMEOUT_MS);
}

/**
 * Prepares `server` (before its app's request listener is added) to stop without cutting requests in
 * flight, and returns the function that stops it: no new connections from then on, idle keep-alive
 * connections closed at once and busy ones as soon as their response is sent, and whatever is still
 * open after `timeoutMs` cut. Resolves when every connection is closed; calling it again waits for the
 * same close (SIGINT from a terminal and SIGTERM from `npm start` arrive together).
 */
export function drainOnClose(server: Server): (timeoutMs: number) => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    // A request on a connection kept alive from before: answered, and the connection not kept.
    if (draining) response.setHeader('connection', 'close');
    response.once('close', () => {
      inFlight.delete(response);
      // The connection becomes idle only after this event: close it on the next turn.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  let closed: Promise<void> | undefined;
  return (timeoutMs) =>
    (closed ??= new Promise<void>((resolve) => {
      draining = true;
      for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
      const deadline = setTimeout(() => {
        logger().warn(
          { cut: inFlight.size, timeoutMs },
          'shutdown timeout: cutting the requests still in flight',
        );
        server.closeAllConnections();
      }, timeoutMs);
      // Stops listening now; the callback runs once the last connection has closed.
      server.close(() => {
        clearTimeout(deadline);
        resolve();
      });
      server.closeIdleConnections();
    }));
}
