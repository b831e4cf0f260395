import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves dist/ on the same origin; in dev, proxy GraphQL to it.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  // React, Apollo, the router and CASL together are ~530 kB minified (~160 kB gzip): one chunk is fine.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
});
