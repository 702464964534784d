// Monaco's workers must be registered before GraphiQL creates its editors; this is the Vite flavour,
// which bundles them as files of this build instead of loading them from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The gateway serves this page at GET /graphql, so the API is on the same origin: no CORS needed.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const DEFAULT_QUERY = `# Trình soạn GraphQL — Trung tâm hợp tác
# Công đoàn Giáo dục (the hub's GraphQL IDE)
#
# Đăng nhập / sign in: under Headers, add
#   { "Authorization": "Bearer <token>" }
# (npm run token -- --role viewer).
# Headers are not saved in this browser.

query Cities {
  cities {
    code
    name
  }
}
`;

const container = document.getElementById('graphiql');
if (container) {
  createRoot(container).render(
    <StrictMode>
      {/* Headers stay out of localStorage: they hold bearer tokens. */}
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} shouldPersistHeaders={false} />
    </StrictMode>,
  );
}
