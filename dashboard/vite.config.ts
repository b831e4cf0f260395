import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './build-plugins/graphql-documents';
import { signedInChunk } from './build-plugins/signed-in-chunk';

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// What a signed-in first visit needs before Beranda shows, as one chunk (see the plugin).
const signedIn = signedInChunk({
  name: 'signed-in',
  roots: [
    source('modules/auth/components/SignedIn.tsx'),
    source('modules/api/client.ts'),
    source('modules/layout/components/AppShell.tsx'),
    source('pages/HomePage.tsx'),
  ],
  // graphql's barrel reaches the whole library (parser, validation…), and a group keeps what it
  // captures: the few parts Apollo uses are left to the automatic splitting, which tree-shakes.
  exclude: /[\\/]node_modules[\\/]graphql[\\/]/,
});

// The API serves dist/ on the same origin; in dev, proxy GraphQL to it.
export default defineConfig({
  plugins: [graphqlDocuments(), signedIn.plugin, react()],
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
    rolldownOptions: {
      output: { codeSplitting: { groups: [signedIn.group, signedIn.initialGroup] } },
    },
  },
});
