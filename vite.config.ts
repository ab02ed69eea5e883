/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, withInlineScriptHashes } from './src/app/security-headers.mjs';

// The built app must not reach any other origin and must not run inline
// script: index.html carries the policy and the preview server sends it too,
// so the e2e tests see what users get. Under `vite dev` the page also holds
// the dev server's own inline script (React Fast Refresh's preamble): the
// dev page's policy allows exactly that script by its hash, nothing else,
// so `npm run dev` runs under the same rules instead of a blank page.
const contentSecurityPolicyMeta: Plugin = {
  name: 'cchc-content-security-policy',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: context.server ? withInlineScriptHashes(CONTENT_SECURITY_POLICY, html) : CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  },
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta],
  // papaparse is used only inside the import worker; without this `vite dev`
  // discovers it late, reloads the page and loses the file being imported.
  optimizeDeps: { include: ['papaparse'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // Files the app fetches (sample and unit CSVs) stay files: a small one
    // inlined as a `data:` URL is refused by `connect-src 'self'`.
    assetsInlineLimit: (file) => (/\.(csv|json)$/i.test(file) ? false : undefined),
  },
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
