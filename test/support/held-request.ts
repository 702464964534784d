import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';

export interface HeldRequest {
  /** Resolves once the service has taken the request in (it answered `100 Continue`). */
  received: Promise<void>;
  /** Sends the body; the service answers only then. */
  release(): void;
  /** The answer, or the error the client saw when the connection was cut. */
  answer: Promise<{ status: number; headers: Record<string, unknown>; body: string }>;
}

/**
 * A POST that the service receives and is serving (headers read, handler running) but cannot finish
 * until `release()`: its body is sent only then. Holds a request in flight with no hook in the service.
 */
export function holdRequest(url: string, headers: Record<string, string>, body: string): HeldRequest {
  let onReceived!: () => void;
  const received = new Promise<void>((resolve) => (onReceived = resolve));
  const request = httpRequest(url, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      expect: '100-continue',
    },
  });
  request.once('continue', onReceived);
  const answer = new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      request.once('error', reject);
      request.once('response', (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.once('error', reject);
        response.once('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
      });
    },
  );
  request.flushHeaders();
  return { received, release: () => request.end(body), answer };
}

/** Whether a new TCP connection to `port` is refused (the service no longer accepts any). */
export function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** Waits until a new connection to `port` is refused; false if it is still accepted after `attempts`. */
export async function untilRefused(port: number, attempts = 200): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (await refusesConnections(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
