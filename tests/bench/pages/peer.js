// The peer: DuckDB-wasm, served from this origin (its wasm and worker come
// from node_modules/@duckdb/duckdb-wasm/dist via /duckdb/), reading the same
// CSV bytes and computing the same league table as the app: per commune,
// Σ dossiers_resolved_on_time ÷ Σ dossiers_resolved for one quarter, ranked.
import * as duckdb from '@duckdb/duckdb-wasm';

const BUNDLES = {
  mvp: { mainModule: '/duckdb/duckdb-mvp.wasm', mainWorker: '/duckdb/duckdb-browser-mvp.worker.js' },
  eh: { mainModule: '/duckdb/duckdb-eh.wasm', mainWorker: '/duckdb/duckdb-browser-eh.worker.js' },
};

let bytes = null;
let db = null;
let conn = null;
let fileCount = 0;

window.loadBytes = async (url) => {
  bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  return bytes.byteLength;
};

async function startEngine() {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker);
  db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  conn = await db.connect();
  // Nothing may be fetched from elsewhere: no extension autoloading.
  await conn.query('SET autoload_known_extensions=false');
  await conn.query('SET autoinstall_known_extensions=false');
  return bundle.mainModule;
}

function leagueSql(file, layout, period) {
  const source = `read_csv('${file}', header = true, delim = ',', quote = '"')`;
  const rate =
    layout === 'wide'
      ? 'SUM(dossiers_resolved_on_time)::DOUBLE / SUM(dossiers_resolved)'
      : "SUM(value) FILTER (WHERE indicator = 'dossiers_resolved_on_time')::DOUBLE / SUM(value) FILTER (WHERE indicator = 'dossiers_resolved')";
  return `SELECT commune_code, commune_name, rate, rank() OVER (ORDER BY rate DESC NULLS LAST) AS rank
    FROM (SELECT commune_code, commune_name, ${rate} AS rate FROM ${source} WHERE period = '${period}' GROUP BY ALL)
    ORDER BY rank, commune_code`;
}

/** One timed run from bytes in memory to the ranked table in JS; the first one loads the engine (cold). */
window.runPeer = async (layout, period) => {
  if (!bytes) throw new Error('loadBytes first');
  const copy = bytes.slice();
  const cold = db === null;
  const start = performance.now();
  const bundle = cold ? await startEngine() : null;
  const engineMs = performance.now() - start;
  const file = `workload-${++fileCount}.csv`;
  await db.registerFileBuffer(file, copy);
  const table = await conn.query(leagueSql(file, layout, period));
  const rows = table.toArray().map((row) => row.toJSON());
  const totalMs = performance.now() - start;
  await db.dropFile(file);
  const top = rows[0];
  return { cold, bundle, engineMs, totalMs, rows: rows.length, top: top ? { code: String(top.commune_code), rate: Number(top.rate) } : null };
};
