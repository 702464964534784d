import { join, posix, sep } from 'node:path';
import express, { Express, NextFunction, Request, Response } from 'express';

export interface WebPagesOptions {
  /** The Vite build of dashboard/: index.html, graphiql.html and hashed files under assets/. */
  dashboardDir: string;
  /** Serve the GraphQL IDE to browsers at GET /graphql; only while introspection is on. */
  graphqlIde: boolean;
}

// Vite puts a content hash in every name under assets/: a changed file gets a new URL, so a cached
// copy never needs checking. HTML names never change, so browsers must revalidate them (ETag).
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Answer types a GraphQL client may ask of GET /graphql, in Apollo Server's order of preference. */
const GRAPHQL_ANSWER_TYPES = [
  'application/json',
  'application/graphql-response+json',
  'multipart/mixed',
  'text/html',
];

/** Apollo's own test for "a browser is asking": HTML preferred to every GraphQL answer type. */
function prefersHtml(request: Request): boolean {
  return request.accepts(GRAPHQL_ANSWER_TYPES) === 'text/html';
}

/** Paths the web app never owns, whatever the browser asks for. */
const isApiPath = (path: string) => /^\/(graphql|health)(\/|$)/.test(path);

/** The IDE's file, however its path is spelt (`/assets/../graphiql.html`, `/%67raphiql.html`). */
function isIdeFile(path: string): boolean {
  try {
    return posix.normalize(decodeURIComponent(path)) === '/graphiql.html';
  } catch {
    return false; // malformed escapes: express.static refuses them itself
  }
}

/**
 * A request for a file (a hashed asset, favicon.ico) rather than a page: a missing one is a 404, never
 * index.html, which a script tag would fail to run. A navigation names text/html explicitly, so a
 * client route with a dot in an id still gets the app; only /assets/ is never a route.
 */
function isFileRequest(request: Request): boolean {
  if (request.path.startsWith('/assets/')) return true;
  const navigation = /\btext\/html\b/i.test(request.get('accept') ?? '');
  return !navigation && /\.[^/]+$/.test(request.path);
}

interface PageName {
  vi: string;
  en: string;
}

function notBuiltPage(name: PageName, file: string): string {
  return `<!doctype html>
<html lang="vi">
  <head><meta charset="utf-8" /><title>${name.vi} chưa được build — ${name.en} is not built</title></head>
  <body>
    <h1>${name.vi} chưa được build</h1>
    <p>${name.en} is not built: there is no ${file} in the gateway's DASHBOARD_DIR.</p>
    <p>Build it with <code>npm run build -w dashboard</code> (or point DASHBOARD_DIR at a build), then reload.</p>
  </body>
</html>
`;
}

/** Sends one HTML page of the build, or a 404 that says how to build it (never a crash). */
function sendPage(dir: string, file: string, name: PageName) {
  return (_request: Request, response: Response, next: NextFunction) => {
    response.sendFile(join(dir, file), { headers: { 'Cache-Control': REVALIDATE } }, (error) => {
      if (!error || response.headersSent) return;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') return next(error);
      response.status(404).type('html').set('Cache-Control', 'no-store').send(notBuiltPage(name, file));
    });
  };
}

/**
 * The built web app on the gateway's own origin, so the dashboard needs no CORS: GET /graphql from a
 * browser gets the GraphQL IDE (when enabled), assets come from the build, and any other HTML
 * request gets index.html so that client-side routes (/thanh-pho/HN?namHoc=…) survive a reload.
 * Mount before /graphql: POST and JSON requests pass straight through.
 */
export function mountWebPages(app: Express, { dashboardDir, graphqlIde }: WebPagesOptions): void {
  const dir = dashboardDir;
  const ide = sendPage(dir, 'graphiql.html', { vi: 'Trình soạn GraphQL', en: 'The GraphQL IDE' });
  const dashboard = sendPage(dir, 'index.html', { vi: 'Bảng điều khiển', en: 'The dashboard' });
  if (graphqlIde) {
    app.get('/graphql', (request, response, next) =>
      prefersHtml(request) ? ide(request, response, next) : next(),
    );
  }

  const assets = express.static(dir, {
    index: false,
    redirect: false,
    setHeaders: (response, path) => {
      response.setHeader(
        'Cache-Control',
        path.startsWith(join(dir, 'assets') + sep) ? IMMUTABLE : REVALIDATE,
      );
    },
  });
  app.use((request, response, next) => {
    if (isApiPath(request.path)) return next();
    // The IDE is reachable only through GET /graphql, so that turning introspection off hides it.
    if (isIdeFile(request.path)) return next();
    return assets(request, response, next);
  });

  app.use((request, response, next) => {
    const html =
      (request.method === 'GET' || request.method === 'HEAD') && request.accepts('html') === 'html';
    if (!html || isApiPath(request.path) || isFileRequest(request)) return next();
    return dashboard(request, response, next);
  });
}
