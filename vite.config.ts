/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built app must not reach any other origin and must not run inline
// script; the preview server sends the same policy the deployed app ships in
// index.html, so the e2e tests see what users get.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export default defineConfig({
  plugins: [react()],
  // papaparse is used only inside the import worker; without this `vite dev`
  // discovers it late, reloads the page and loses the file being imported.
  optimizeDeps: { include: ['papaparse'] },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900 },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 30_000,
    // jsdom costs seconds per file: only component tests (.tsx) get a DOM;
    // a .ts test that needs one says so with `@vitest-environment jsdom`.
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx'] } },
    ],
  },
});
