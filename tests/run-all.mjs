// `npm test`: type check, lint, unit and component tests, build, then the
// end-to-end tests in headless Chromium. Stops at the first failing stage and
// ends with one plain "N passed, N failed" line counting every test run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const OUTPUT = 'tests/output';
mkdirSync(OUTPUT, { recursive: true });
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let ok = run('type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
if (ok) ok = run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
if (ok) {
  const unitOk = run('unit and component tests', 'npx', [
    'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${OUTPUT}/unit-results.json`,
  ]);
  const unit = readJson(`${OUTPUT}/unit-results.json`);
  if (unit) {
    passed += unit.numPassedTests ?? 0;
    failed += (unit.numFailedTests ?? 0) + (unit.numTotalTestSuites && unit.numFailedTestSuites ? unit.numFailedTestSuites : 0);
  }
  ok = unitOk && unit !== null && (unit.numTotalTests ?? 0) > 0;
}
if (ok) ok = run('build', 'npx', ['vite', 'build']);
if (ok) {
  if (!existsSync(chromium)) {
    console.error(
      `\nChromium not found at ${chromium}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-core\n(or set CHROMIUM_PATH).`,
    );
    ok = false;
  } else {
    const e2eOk = run('end-to-end tests (headless Chromium)', 'npx', ['playwright', 'test']);
    const e2e = readJson(`${OUTPUT}/e2e-results.json`);
    if (e2e?.stats) {
      passed += e2e.stats.expected ?? 0;
      failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    }
    ok = e2eOk && e2e !== null && (e2e.stats?.expected ?? 0) > 0;
  }
}

if (!ok && failed === 0) failed = 1; // a stage that failed before counting tests still fails the run
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
