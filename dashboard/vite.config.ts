import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

// Two pages: the dashboard (index.html, served by the gateway at /) and the offline GraphQL IDE
// (graphiql.html, served at GET /graphql when introspection is on). Nothing is fetched from a CDN.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { main: page('index.html'), graphiql: page('graphiql.html') } },
  },
  // `npm run dev -w dashboard` against `npm start`'s gateway: the graph, uploads and sign-in settings.
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/import': 'http://127.0.0.1:4000',
      '/auth-config.json': 'http://127.0.0.1:4000',
    },
  },
});
