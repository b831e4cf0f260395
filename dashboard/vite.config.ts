import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './build-plugins/graphql-documents';

// The API serves dist/ on the same origin; in dev, proxy GraphQL to it.
export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps for whoever reads a production stack trace, without a sourceMappingURL that points
    // browsers at them; the API does not serve .map files in production.
    sourcemap: 'hidden',
    // Only the lazy playground (GraphiQL and Monaco) is this big; the pages stay far below.
    chunkSizeWarningLimit: 3000,
  },
});
