import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../../../services/shared/src/project-root';

/** The compiled demo provider: oidc-provider is ES modules only, which Jest's CommonJS runtime cannot load. */
const PROVIDER_SCRIPT = join(projectRoot(), 'dist', 'scripts', 'identity-provider', 'main.js');

export interface ProviderSettings {
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
}

/** A port free now, for a server that must be named before it starts (the issuer is in the gateway's settings). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts the demo OpenID Connect provider as `npm start` does, in its own process. */
export async function startProviderProcess(options: {
  issuer: string;
  dashboardOrigin: string;
  signingKeyFile: string;
  settings: ProviderSettings;
}): Promise<{ close(): Promise<void> }> {
  if (!existsSync(PROVIDER_SCRIPT)) {
    throw new Error(`The demo identity provider is not built (${PROVIDER_SCRIPT}): run \`npm run build\``);
  }
  const child: ChildProcess = spawn(process.execPath, [PROVIDER_SCRIPT], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      OIDC_ISSUER: options.issuer,
      DASHBOARD_ORIGINS: options.dashboardOrigin,
      OIDC_SIGNING_KEY_FILE: options.signingKeyFile,
      ...(options.settings.accessTokenTtlSeconds
        ? { OIDC_ACCESS_TOKEN_TTL: String(options.settings.accessTokenTtlSeconds) }
        : {}),
      ...(options.settings.refreshTokenTtlSeconds
        ? { OIDC_REFRESH_TOKEN_TTL: String(options.settings.refreshTokenTtlSeconds) }
        : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The identity provider did not start: ${errors}`)),
      20_000,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('identity provider ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The identity provider exited (${code}): ${errors}`));
    });
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
