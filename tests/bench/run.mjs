// `npm run bench`: measures the app against the physical limit and a strong
// peer (issue 6) in headless Chromium, prints a table and writes
// tests/bench/results/latest.json. Not a test: `npm test` never runs it.
//
//   npm run bench                          all workloads, 3 runs each
//   npm run bench -- --workload province   one workload
//   npm run bench -- --smoke               district workload, once
//   npm run bench -- --runs 5              more runs
//   --layout wide|long, --parts limit,peer,ours, --no-build: for working on the harness
//
// One origin (127.0.0.1:4180) serves the built app (dist/, with the CSP the
// preview server sends), the bench pages (built from tests/bench/pages/), the
// DuckDB-wasm files and the workload files, so nothing reaches elsewhere.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/app/security-headers.mjs';
import { CACHE_DIR, LAYOUTS, WORKLOADS, workloadFile } from './workloads.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
// The bench builds into its own folder: another `vite build` (e2e, a developer)
// empties dist/ and would pull the files from under a running benchmark.
const DIST = join(ROOT, 'node_modules', '.cache', 'cchc-bench-dist');
// Built bench pages live outside tests/ so ESLint (which lints every .js under tests/) never sees bundles.
const PAGES_OUT = join(ROOT, 'node_modules', '.cache', 'cchc-bench-pages');
const RESULTS = join(HERE, 'results');
const HOST = '127.0.0.1';
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const BASE = `http://${HOST}:${PORT}`;
const IMPORT_TIMEOUT_MS = 300_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'];

// ── Options ─────────────────────────────────────────────────────────────────

function parseArgs(argv) {
  const options = { workloads: Object.keys(WORKLOADS), layouts: LAYOUTS, runs: 3, parts: ['limit', 'peer', 'ours'], build: true, smoke: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--workload') options.workloads = value().split(',');
    else if (arg === '--layout') options.layouts = value().split(',');
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--parts') options.parts = value().split(',');
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--smoke') options.smoke = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (options.smoke) {
    options.workloads = ['district'];
    options.runs = 1;
  }
  for (const w of options.workloads) if (!(w in WORKLOADS)) throw new Error(`unknown workload ${w} (district, province, nation)`);
  for (const l of options.layouts) if (!LAYOUTS.includes(l)) throw new Error(`unknown layout ${l} (wide, long)`);
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  return options;
}

// ── Build and serve ─────────────────────────────────────────────────────────

function buildApp() {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function buildPages() {
  const { build } = await import('vite');
  const pages = join(HERE, 'pages');
  await build({
    configFile: false,
    root: pages,
    base: '/bench/',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: {
      outDir: PAGES_OUT,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { limit: join(pages, 'limit.html'), peer: join(pages, 'peer.html') } },
    },
  });
}


const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

function serve() {
  const csp = CONTENT_SECURITY_POLICY;
  const mounts = [
    ['/bench/', PAGES_OUT, false],
    ['/duckdb/', join(ROOT, 'node_modules', '@duckdb', 'duckdb-wasm', 'dist'), false],
    ['/workloads/', CACHE_DIR, false],
    ['/', DIST, true],
  ];
  const server = createServer((req, res) => {
    try {
      respond(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  function respond(req, res) {
    const path = decodeURIComponent(new URL(req.url ?? '/', BASE).pathname);
    const [prefix, dir, isApp] = mounts.find(([p]) => path.startsWith(p)) ?? mounts[mounts.length - 1];
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir + sep) && file !== dir) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // The app's routes (/nhap-du-lieu …) are client-side: serve index.html.
      if (isApp && !extname(path)) file = join(DIST, 'index.html');
      else {
        res.writeHead(404).end();
        return;
      }
    }
    const headers = { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size };
    if (isApp && csp) headers['Content-Security-Policy'] = csp;
    res.writeHead(200, headers);
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  }
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(PORT, HOST, () => resolvePromise(server));
  });
}

// ── Browser ─────────────────────────────────────────────────────────────────

/** A browser with a new, empty profile: nothing cached, nothing stored. */
async function freshBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs in the app's pages before their own scripts: long tasks are observed
 * by the page's own code (Playwright's evaluate work is not reported), and the
 * user's actions are marked so stages can be timed mark to mark.
 */
function benchInitScript() {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: longest_task_ms stays empty
  }
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const name = (button?.getAttribute('aria-label') ?? button?.textContent ?? '').trim();
    if (/^Lưu/.test(name)) performance.mark('bench:commit-click');
  }, true);
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) performance.mark('bench:select-change');
  }, true);
  // A render is not yet on screen: after each table render, mark the end of
  // the next frame (a message posted from requestAnimationFrame is handled
  // once that frame's style, layout and paint are done).
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    if (name === 'cchc:table:rendered') {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => mark('bench:table:painted');
        channel.port2.postMessage(null);
      });
    }
    return mark(name, ...rest);
  };
}

const markTime = (page, name, which = 'last') =>
  page.evaluate(([n, w]) => {
    const marks = performance.getEntriesByName(n, 'mark');
    const m = w === 'first' ? marks[0] : marks[marks.length - 1];
    return m ? m.startTime : null;
  }, [name, which]);

const waitForMark = (page, name, after = -1, timeout = IMPORT_TIMEOUT_MS) =>
  page.waitForFunction(([n, a]) => performance.getEntriesByName(n, 'mark').some((m) => m.startTime > a), [name, after], { timeout, polling: 50 });

// ── The three contestants ───────────────────────────────────────────────────

async function measureLimit(w) {
  const browser = await freshBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${BASE}/bench/limit.html`);
    await page.evaluate((url) => window.loadBytes(url), `/workloads/${w.cacheName}`);
    const r = await page.evaluate((layout) => window.runLimit(layout), w.layout);
    if (r.values !== w.values) throw new Error(`limit stored ${r.values} values, expected ${w.values}`);
    return r;
  } finally {
    await browser.close();
  }
}

async function measurePeer(w) {
  const browser = await freshBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${BASE}/bench/peer.html`);
    await page.evaluate((url) => window.loadBytes(url), `/workloads/${w.cacheName}`);
    const cold = await page.evaluate(([layout, period]) => window.runPeer(layout, period), [w.layout, w.leaguePeriod]);
    const warm = await page.evaluate(([layout, period]) => window.runPeer(layout, period), [w.layout, w.leaguePeriod]);
    if (cold.rows !== w.communes || warm.rows !== w.communes) throw new Error(`peer ranked ${cold.rows} communes, expected ${w.communes}`);
    return { coldMs: cold.totalMs, coldEngineMs: cold.engineMs, warmMs: warm.totalMs, bundle: cold.bundle, top: cold.top };
  } finally {
    await browser.close();
  }
}

/** Import through the real UI, then the area page (switches) and a cold start of the overview. */
async function measureOurs(w) {
  const browser = await freshBrowser();
  // Where we are, so a failure says which step broke and leaves a screenshot.
  const at = { step: 'open the import page', page: null };
  try {
    await browser.context.addInitScript(benchInitScript);
    const page = await browser.context.newPage();
    at.page = page;
    await page.goto(`${BASE}/nhap-du-lieu`);
    const input = page.locator('input[type=file]').first();
    await input.waitFor({ state: 'attached', timeout: 30_000 });
    at.step = 'choose the file and wait for the preview';
    await input.setInputFiles(w.path);
    const save = page.getByRole('button', { name: /^Lưu/ }).first();
    await save.waitFor({ state: 'visible', timeout: IMPORT_TIMEOUT_MS });
    await waitForMark(page, 'cchc:import:parsed');
    await page.waitForFunction(() => {
      const b = [...document.querySelectorAll('button')].find((x) => /^Lưu/.test((x.getAttribute('aria-label') ?? x.textContent ?? '').trim()));
      return b && !b.disabled;
    }, null, { timeout: IMPORT_TIMEOUT_MS, polling: 50 });
    at.step = 'commit';
    await save.click();
    await waitForMark(page, 'cchc:import:stored');
    const imported = await page.evaluate(() => {
      const first = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null;
      const last = (n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? null;
      // src/ui/instrumentation.ts: the stored file's figures ride on its mark.
      const lastImport = performance.getEntriesByName('cchc:import:stored', 'mark').at(-1)?.detail ?? null;
      return {
        start: last('cchc:import:start'),
        parsed: last('cchc:import:parsed'),
        click: last('bench:commit-click'),
        stored: last('cchc:import:stored'),
        firstStart: first('cchc:import:start'),
        stages: lastImport?.timings ?? { decodeMs: null, parseMs: null, validateMs: null },
        valueCount: lastImport?.valueCount ?? null,
        longTasks: window.__benchLongTasks,
        heap: performance.memory?.usedJSHeapSize ?? null,
      };
    });
    const { start, parsed, click, stored } = imported;
    if ([start, parsed, click, stored].some((t) => t === null)) throw new Error(`missing import marks: ${JSON.stringify({ start, parsed, click, stored })}`);
    if (imported.valueCount !== null && imported.valueCount !== w.values) throw new Error(`app stored ${imported.valueCount} values, expected ${w.values}`);
    const importMs = parsed - start + (stored - click);
    const longest = imported.longTasks.filter((t) => t.start + t.duration >= start && t.start <= stored).reduce((m, t) => Math.max(m, t.duration), 0);

    const area = await measureAreaPage(browser.context, w, at);
    at.step = 'cold start of the overview';
    const coldStart = await measureColdStart(browser.context, w, at);
    return {
      importMs,
      parseStageMs: parsed - start,
      storeMs: stored - click,
      decodeMs: imported.stages.decodeMs,
      parseMs: imported.stages.parseMs,
      validateMs: imported.stages.validateMs,
      valueCount: imported.valueCount,
      longestTaskMs: longest,
      heapMb: imported.heap === null ? null : imported.heap / 1e6,
      ...area,
      ...coldStart,
    };
  } catch (error) {
    const shot = join(RESULTS, `failure-${w.name}-${w.layout}.png`);
    mkdirSync(RESULTS, { recursive: true });
    await at.page?.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    throw new Error(`${at.step}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (screenshot ${shot})`, { cause: error });
  } finally {
    await browser.close();
  }
}

/** Waits until the table stops re-rendering after `after`, and returns the last render's time. */
async function settledRender(page, after) {
  await waitForMark(page, 'cchc:table:rendered', after, 60_000);
  let last = await markTime(page, 'cchc:table:rendered');
  for (;;) {
    await page.waitForTimeout(300);
    const now = await markTime(page, 'cchc:table:rendered');
    if (now === last) return last;
    last = now;
  }
}

async function switchSelect(page, label) {
  const select = page.getByRole('combobox', { name: label }).first();
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, selected: o.selected })));
  // A derived quarter (Q3 = 9M − H1) is the heaviest period to show: prefer one.
  const target = options.find((o) => !o.selected && /-Q[234]$/.test(o.value)) ?? options.find((o) => !o.selected && o.value);
  if (!target) throw new Error(`no other option in the ${label} select`);
  const before = (await markTime(page, 'bench:select-change')) ?? -1;
  await select.selectOption(target.value);
  await waitForMark(page, 'bench:select-change', before, 10_000);
  const change = await markTime(page, 'bench:select-change');
  const settled = await settledRender(page, change);
  // The first render after the change shows the new values and ranks, and
  // the frame after it puts them on screen; the data-check warnings of a
  // period seen for the first time follow.
  const [rendered, painted] = await page.evaluate((after) => {
    const first = (name) => performance.getEntriesByName(name, 'mark').find((m) => m.startTime > after)?.startTime ?? null;
    return [first('cchc:table:rendered'), first('bench:table:painted')];
  }, change);
  return { first: (painted ?? settled) - change, rendered: (rendered ?? settled) - change, settled: settled - change };
}

/** The league table of the ranked quarter (bytes → ranked result, with the import), then period and indicator switches. */
async function measureAreaPage(context, w, at) {
  const page = await context.newPage();
  at.page = page;
  at.step = 'league table of the one-window page';
  await page.goto(`${BASE}/mot-cua?ky=${w.leaguePeriod}&chi-tieu=on_time_rate`);
  const tableMs = await settledRender(page, -1);
  at.step = 'switch the period';
  const period = await switchSelect(page, /^Kỳ báo cáo/i);
  at.step = 'switch the indicator';
  const indicator = await switchSelect(page, /^Chỉ tiêu/i);
  await page.close();
  return {
    tableMs,
    switchPeriodMs: period.first,
    switchIndicatorMs: indicator.first,
    switchPeriodRenderedMs: period.rendered,
    switchIndicatorRenderedMs: indicator.rendered,
    switchPeriodSettledMs: period.settled,
    switchIndicatorSettledMs: indicator.settled,
  };
}

/**
 * A new page on the overview with the dataset stored: navigation to the first
 * league table. Where the overview shows no league table (it has cards only),
 * the one-window page's table is timed instead, and the result says so.
 */
async function measureColdStart(context, w, at) {
  for (const path of ['/', `/mot-cua?ky=${w.leaguePeriod}&chi-tieu=on_time_rate`]) {
    const page = await context.newPage();
    at.page = page;
    await page.goto(`${BASE}${path}`);
    const shown = await waitForMark(page, 'cchc:table:rendered', -1, 15_000).then(() => true, () => false);
    const ms = shown ? await markTime(page, 'cchc:table:rendered', 'first') : null;
    await page.close();
    if (ms !== null) return { coldStartMs: ms, coldStartPage: path };
  }
  throw new Error('no league table rendered on the overview nor on the one-window page');
}

// ── Bundle size ─────────────────────────────────────────────────────────────

function bundleSize() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = new Set();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    if (/<script/.test(tag) || /rel="(?:modulepreload|stylesheet)"/.test(tag)) initial.add(m[1].replace(/^\//, ''));
  }
  const assets = readdirSync(join(DIST, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(join(DIST, 'assets', f));
      return { file: `assets/${f}`, kb: bytes.length / 1024, gzip_kb: gzipSync(bytes).length / 1024, initial: initial.has(`assets/${f}`) };
    })
    .sort((a, b) => b.gzip_kb - a.gzip_kb);
  const sum = (list) => round(list.reduce((n, a) => n + a.gzip_kb, 0), 1);
  return {
    initial_js_gzip_kb: sum(assets.filter((a) => a.initial && a.file.endsWith('.js'))),
    initial_css_gzip_kb: sum(assets.filter((a) => a.initial && a.file.endsWith('.css'))),
    all_js_gzip_kb: sum(assets.filter((a) => a.file.endsWith('.js'))),
    largest_modules: assets.slice(0, 8).map((a) => ({ ...a, kb: round(a.kb, 1), gzip_kb: round(a.gzip_kb, 1) })),
  };
}

// ── Statistics and report ───────────────────────────────────────────────────

const round = (v, digits = 0) => (v === null || v === undefined || Number.isNaN(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits);

function stats(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { min: round(xs[0], 1), median: round(median, 1), max: round(xs[xs.length - 1], 1) };
}

const ratio = (a, b) => (a && b ? round(a.median / b.median, 2) : null);

function summarise(w, runs) {
  const pick = (list, key) => list.map((r) => r?.[key]);
  const limit = runs.map((r) => r.limit).filter(Boolean);
  const peer = runs.map((r) => r.peer).filter(Boolean);
  const ours = runs.map((r) => r.ours).filter(Boolean);
  const importMs = stats(pick(ours, 'importMs'));
  const rankedMs = stats(ours.map((o) => o.importMs + o.tableMs));
  const rawLimit = stats(pick(limit, 'totalMs'));
  const peerCold = stats(pick(peer, 'coldMs'));
  const peerWarm = stats(pick(peer, 'warmMs'));
  return {
    file: { name: w.fileName, bytes: w.bytes, sha256: w.sha256, values: w.values, communes: w.communes, periods: w.periods, league_period: w.leaguePeriod },
    import_ms: importMs,
    import_stages_ms: {
      decode_parse_validate_worker: stats(pick(ours, 'parseStageMs')),
      decode: stats(pick(ours, 'decodeMs')),
      parse: stats(pick(ours, 'parseMs')),
      validate: stats(pick(ours, 'validateMs')),
      store: stats(pick(ours, 'storeMs')),
    },
    values_per_s: importMs ? round(w.values / (importMs.median / 1000)) : null,
    raw_limit_ms: rawLimit,
    raw_limit_stages_ms: { decode: stats(pick(limit, 'decodeMs')), parse: stats(pick(limit, 'parseMs')), pivot: stats(pick(limit, 'pivotMs')), store: stats(pick(limit, 'storeMs')) },
    ratio_to_limit: ratio(importMs, rawLimit),
    ours_to_ranked_ms: rankedMs,
    peer_cold_ms: peerCold,
    peer_warm_ms: peerWarm,
    peer_engine_load_ms: stats(pick(peer, 'coldEngineMs')),
    peer_bundle: peer[0]?.bundle ?? null,
    ratio_to_peer_cold: ratio(rankedMs, peerCold),
    ratio_to_peer_warm: ratio(rankedMs, peerWarm),
    longest_task_ms: stats(pick(ours, 'longestTaskMs')),
    switch_ms: stats(ours.flatMap((o) => [o.switchPeriodMs, o.switchIndicatorMs])),
    switch_period_ms: stats(pick(ours, 'switchPeriodMs')),
    switch_indicator_ms: stats(pick(ours, 'switchIndicatorMs')),
    switch_rendered_ms: stats(ours.flatMap((o) => [o.switchPeriodRenderedMs, o.switchIndicatorRenderedMs])),
    switch_settled_ms: stats(ours.flatMap((o) => [o.switchPeriodSettledMs, o.switchIndicatorSettledMs])),
    cold_start_ms: stats(pick(ours, 'coldStartMs')),
    cold_start_page: ours[0]?.coldStartPage ?? null,
    heap_mb: stats(pick(ours, 'heapMb')),
    runs: runs.length,
    errors: runs.flatMap((r) => r.errors),
  };
}

/** The goals of issue 6, judged on this run's medians. */
function goals(results) {
  const out = [];
  const check = (goal, key, value, limit, better = '<=') => {
    if (value === null || value === undefined) return;
    out.push({ goal, workload: key, value, limit, met: better === '<=' ? value <= limit : value < limit });
  };
  for (const [key, r] of Object.entries(results.workloads)) {
    if (key.startsWith('nation')) check('import ≤ 1.5 × physical limit', key, r.ratio_to_limit, 1.5);
    if (key.startsWith('nation') || key.startsWith('province')) {
      check('ours ÷ DuckDB-wasm cold ≤ 0.33', key, r.ratio_to_peer_cold, 0.33);
      check('ours ÷ DuckDB-wasm warm ≤ 1.5', key, r.ratio_to_peer_warm, 1.5);
    }
    check('no main-thread task over 200 ms during import', key, r.longest_task_ms?.max, 200);
    if (key.startsWith('nation')) {
      check('period/indicator switch < 100 ms (3,300 communes)', key, r.switch_ms?.median, 100, '<');
      check('cold start < 1 s to the first league table', key, r.cold_start_ms?.median, 1000, '<');
    }
  }
  if (results.bundle) check('initial JS ≤ 300 KB gzip', 'app', results.bundle.initial_js_gzip_kb, 300);
  return out;
}

function printTable(results) {
  const cell = (s) => (s ? `${s.median}` : '—');
  const rows = [['workload', 'import ms', 'limit ms', '×limit', 'peer cold', 'peer warm', 'ours→ranked', '×cold', '×warm', 'long task', 'switch', 'cold start', 'heap MB']];
  for (const [key, r] of Object.entries(results.workloads)) {
    rows.push([key, cell(r.import_ms), cell(r.raw_limit_ms), String(r.ratio_to_limit ?? '—'), cell(r.peer_cold_ms), cell(r.peer_warm_ms), cell(r.ours_to_ranked_ms),
      String(r.ratio_to_peer_cold ?? '—'), String(r.ratio_to_peer_warm ?? '—'), cell(r.longest_task_ms), cell(r.switch_ms), cell(r.cold_start_ms), cell(r.heap_mb)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  if (results.bundle) {
    console.log(`\ninitial JS ${results.bundle.initial_js_gzip_kb} KB gzip, CSS ${results.bundle.initial_css_gzip_kb} KB gzip; largest:`);
    for (const a of results.bundle.largest_modules.slice(0, 5)) console.log(`  ${a.file}  ${a.gzip_kb} KB gzip${a.initial ? ' (initial)' : ''}`);
  }
  console.log('\nmedians; timings in ms; ratios ours ÷ other from medians of this run');
  for (const g of results.goals) console.log(`${g.met ? 'met   ' : 'MISSED'}  ${g.goal} — ${g.workload}: ${g.value} (goal ${g.limit})`);
}

// ── Main ────────────────────────────────────────────────────────────────────

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) {
    if (options.parts.includes('ours')) buildApp();
    await buildPages();
  }
  const server = await serve();
  const results = { generated_at: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version }, options, workloads: {}, bundle: null, goals: [] };
  let failed = false;
  try {
    const probe = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    results.machine.chromium = probe.version();
    await probe.close();
    for (const name of options.workloads) {
      for (const layout of options.layouts) {
        const file = workloadFile(name, layout);
        const w = { ...file, cacheName: file.path.split(sep).pop() };
        const key = `${name}-${layout}`;
        console.log(`\n${key}: ${(w.bytes / 1e6).toFixed(1)} MB, ${w.values} values, ${options.runs} run(s)`);
        const runs = [];
        for (let i = 0; i < options.runs; i++) {
          const run = { limit: null, peer: null, ours: null, errors: [] };
          for (const [part, measure] of [['peer', measurePeer], ['limit', measureLimit], ['ours', measureOurs]]) {
            if (!options.parts.includes(part)) continue;
            try {
              run[part] = await measure(w);
              console.log(`  run ${i + 1} ${part}: ${JSON.stringify(run[part], (_, v) => (typeof v === 'number' ? round(v, 1) : v))}`);
            } catch (error) {
              failed = true;
              run.errors.push(`${part}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
              console.log(`  run ${i + 1} ${part}: FAILED ${run.errors.at(-1)}`);
            }
          }
          runs.push(run);
        }
        results.workloads[key] = summarise(w, runs);
      }
    }
    if (options.parts.includes('ours') && existsSync(join(DIST, 'index.html'))) results.bundle = bundleSize();
    results.initial_js_gzip_kb = results.bundle?.initial_js_gzip_kb ?? null;
    results.goals = goals(results);
  } finally {
    server.close();
  }
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('');
  printTable(results);
  console.log(`\nwrote ${join('tests', 'bench', 'results', 'latest.json')}`);
  if (failed) {
    console.error('\nsome measurements failed (see errors in latest.json)');
    process.exitCode = 1;
  }
}

await main();
