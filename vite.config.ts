import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API_TARGET = process.env.PLAYMAKER_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The initial bundle is benchmarked (bench/web-bundle.ts); warn well before the 350 KB gzip budget.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: API_TARGET,
        // The API refuses cookie-authenticated writes from another origin (http/csrf.ts); the dev
        // server is our own page, so it speaks with the API's origin.
        configure: (proxy) => proxy.on('proxyReq', (req) => req.setHeader('origin', API_TARGET)),
      },
    },
  },
});
