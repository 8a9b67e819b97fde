/// <reference types='vite/client' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The API in development (`npx nx serve api`); the built app is served by the API itself. */
const API_ORIGIN = process.env['GLOSSA_API_ORIGIN'] ?? 'http://localhost:3000';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    // Same-origin in the browser, so the session cookie and Apollo's CSRF rules work as in production.
    proxy: {
      '/graphql': { target: API_ORIGIN, changeOrigin: true },
      '/documents': { target: API_ORIGIN, changeOrigin: true },
      '/health': { target: API_ORIGIN, changeOrigin: true },
      '/socket.io': { target: API_ORIGIN, changeOrigin: true, ws: true },
    },
  },
  preview: {
    port: 4300,
    host: 'localhost',
  },
  // Workspace libraries (@glossa/contracts, @glossa/anchoring) resolve through tsconfig.base.json paths.
  resolve: { tsconfigPaths: true },
  plugins: [react()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    commonjsOptions: {
      transformMixedEsModules: true,
    },
  },
}));
