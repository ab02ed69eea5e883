import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Noto Sans with its Vietnamese subset, bundled: Chromium's default serif lacks
// some precomposed Vietnamese letters (ệ ữ ặ ỹ) and the app must work offline.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import './app/styles.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker and its precache (the whole build, ~1.2 MB) wait until
// the page has loaded and the main thread is idle: they must not delay the
// first table. `vite dev` has no service worker.
if (import.meta.env.PROD) {
  const start = () => void import('./app/service-worker').then((m) => m.registerServiceWorker());
  const whenIdle = () => requestIdleCallback(start, { timeout: 5000 });
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
