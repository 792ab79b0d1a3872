import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.js';

// In development the API runs on :3000; the proxy keeps /trpc and /v1 (bytes, docs, CSV exports) same-origin, so the session cookie
// and the API's Origin (CSRF) check work as they do in production, where the API serves dist/.
export default defineConfig({
  plugins: [react(), tailwindcss(), precompress()],
  server: {
    port: 5173,
    proxy: {
      '/trpc': { target: 'http://127.0.0.1:3000' },
      '/v1': { target: 'http://127.0.0.1:3000' },
    },
  },
  build: {
    outDir: 'dist',
    // Source maps are not published; dist/.vite/manifest.json (not served) lists each chunk's
    // imports, from which e2e/static-assets.test.ts measures what the sign-in page loads.
    sourcemap: false,
    manifest: true,
    // Libraries change less often than the app: separate chunks stay cached across releases.
    // Only what every page needs is grouped; the rest splits along the lazy routes, so the
    // sign-in page does not download the signed-in app's dialogs, menus and tables.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'data',
              test: /node_modules[\\/](@tanstack[\\/](react-router|router-core|react-query|query-core|history|store|react-store)|@trpc)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
