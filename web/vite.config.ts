// The explorer's build: web/ → dist/explorer/, which the API server serves at /. Two pages: the app
// (index.html) and the network bench page (bench-network.html, used by `npm run bench:explorer`).
// Everything is bundled (no CDN): the explorer must work with no internet.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webDir = path.dirname(fileURLToPath(import.meta.url));

export const EXPLORER_OUT_DIR = path.join(webDir, '..', 'dist', 'explorer');

export default defineConfig({
  root: webDir,
  base: '/',
  logLevel: 'warn',
  // `npm run dev:explorer` serves the app with hot reload against a running `kg up` API.
  server: { proxy: { '/graphql': process.env.KG_API_ORIGIN ?? 'http://127.0.0.1:4000' } },
  build: {
    outDir: EXPLORER_OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        main: path.join(webDir, 'index.html'),
        'bench-network': path.join(webDir, 'bench-network.html'),
      },
    },
  },
});
