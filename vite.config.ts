/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
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

// Installable and offline after one visit (issue 17): vite-plugin-pwa makes the
// manifest and, with Workbox's generateSW, a service worker that precaches the
// whole build (shell, every route's chunk, the import worker, fonts, the sample
// CSVs and the unit lists of data/units/) and answers every navigation with
// index.html, deep links and query strings included. Registration is ours
// (src/app/service-worker.ts, after the first paint; no inline snippet under
// the CSP), and a new version waits until the page lets it in ("prompt").
const progressiveWebApp = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeManifestIcons: false, // the glob below already takes them
  manifest: {
    id: '/',
    name: 'Theo dõi cải cách hành chính cấp xã',
    short_name: 'CCHC xã',
    description: 'Theo dõi kết quả cải cách hành chính của các xã, phường: nhập tệp số liệu, lưu ngay trong trình duyệt, xem bảng xếp hạng và mức đạt chỉ tiêu.',
    lang: 'vi',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#9b1c1c',
    background_color: '#f5f7fa',
    // Drawn by scripts/make-icons.mjs.
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // woff2 only: every browser that runs the app takes the woff2 of @fontsource's pair.
    // (The plugin adds the manifest itself.)
    globPatterns: ['**/*.{html,js,css,woff2,svg,png,csv,json}'],
    // The unit lists (data/units/) are larger than Workbox's default 2 MiB cap.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    navigateFallback: 'index.html',
    // A path that names a file (/sw.js, /bench/limit.html, /x.csv) is not a route of the app.
    navigateFallbackDenylist: [/\/[^/]+\.[a-z0-9]+$/i],
    // The first visit's page is controlled at once, so it already works offline.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta, progressiveWebApp],
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
