// The service worker of vite-plugin-pwa (vite.config.ts), registered from our
// own code once the page has painted (main.tsx loads this module then, so
// neither it nor workbox-window is in the initial JS). A new version installs
// in the background and waits: the page announces it (UpdatePrompt) and lets
// it in only on "Tải lại" with no unsaved work — never by itself, and not
// when another tab lets it in (a page running the old code then says a new
// version is there, and a chunk it can no longer load says so too).
import { Workbox } from 'workbox-window';
import { announceUpdate } from './app-update';

/** How often a long-open page asks whether a new version was published. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** A waiting version that does not take over within this time is reloaded onto anyway. */
const TAKE_OVER_TIMEOUT_MS = 4000;

export function registerServiceWorker(scriptUrl = '/sw.js'): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox(scriptUrl, { scope: '/' });
  let newVersionControls = false;
  const controlled: (() => void)[] = [];

  const takeOver = () =>
    new Promise<void>((resolve) => {
      if (newVersionControls) return resolve();
      controlled.push(resolve);
      setTimeout(resolve, TAKE_OVER_TIMEOUT_MS);
      wb.messageSkipWaiting();
    });

  wb.addEventListener('waiting', () => announceUpdate(takeOver));
  wb.addEventListener('controlling', (event) => {
    // The first install takes control of the page at once (clientsClaim): the
    // same version, nothing to announce. After that, a new version controls.
    if (!event.isUpdate) return;
    newVersionControls = true;
    for (const resolve of controlled.splice(0)) resolve();
    announceUpdate(takeOver);
  });

  const check = () => void wb.update().catch(() => undefined); // offline: try again later
  void wb.register({ immediate: true }).then(
    () => {
      setInterval(check, UPDATE_CHECK_MS);
      window.addEventListener('online', check);
    },
    () => undefined, // no service worker (private window, policy): the app still works online
  );
}
