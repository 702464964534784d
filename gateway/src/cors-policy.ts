import cors from 'cors';
import type { RequestHandler } from 'express';
import { ConfigurationError } from '../../services/shared/src/errors';

/**
 * Headers a browser client may send cross-origin: JSON bodies, bearer tokens, and Apollo's CSRF
 * preflight header (which lets a client send a GET query without content-type: application/json).
 */
export const CORS_ALLOWED_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight'];

/**
 * Parses `CORS_ORIGINS=https://a.example,http://localhost:5173`. Exact origins only: a wildcard or a
 * pattern would let any page that finds a token use it from its own origin.
 */
export function parseCorsOrigins(spec: string | undefined): string[] {
  if (!spec?.trim()) return [];
  return spec.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    // An origin is scheme://host[:port] exactly as a browser sends it: no path, no trailing slash.
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigurationError(
        `CORS_ORIGINS entry "${origin}" must be an exact origin such as https://dashboard.example.org`,
      );
    }
    return origin;
  });
}

/**
 * CORS for /graphql, or nothing when no origin is allowed (the dashboard is same-origin and needs
 * none). A listed origin is echoed back; any other gets no Access-Control-Allow-Origin, so its
 * browser withholds the answer. No credentials: the API reads bearer tokens, never cookies.
 */
export function graphqlCors(origins: readonly string[]): RequestHandler | undefined {
  if (origins.length === 0) return undefined;
  return cors({
    origin: [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    credentials: false,
    // Browsers cap this (Chromium at 2 hours); it spares a preflight before every query.
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}
