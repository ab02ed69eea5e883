// The folder rules of eslint.config.js hold: a probe file that crosses each
// forbidden direction fails lint, and one that keeps to the rules passes.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the one-way folder rules', () => {
  it.each([
    ['domain → db', 'src/domain/probe.ts', "import { getDb } from '../db/connection';\nexport const probe = getDb;\n", 'import-x/no-restricted-paths'],
    ['a bare folder import from the domain', 'src/domain/probe.ts', "import { getDb } from '../db';\nexport const probe = getDb;\n", 'import-x/no-restricted-paths'],
    ['db → import', 'src/db/probe.ts', "import { planFromBytes } from '../import/plan';\nexport const probe = planFromBytes;\n", 'import-x/no-restricted-paths'],
    ['ui → db', 'src/ui/probe.ts', "import { loadDataset } from '../db';\nexport const probe = loadDataset;\n", 'import-x/no-restricted-paths'],
    ['a feature → another feature', 'src/features/area/probe.ts', "import { headlineOf } from '../overview/headline';\nexport const probe = headlineOf;\n", 'import-x/no-restricted-paths'],
    ['a feature → the shell', 'src/features/area/probe.ts', "import { Shell } from '../../app/Shell';\nexport const probe = Shell;\n", 'import-x/no-restricted-paths'],
    ['production code → test support', 'src/import/probe.ts', "import { planOf } from '../../tests/support/plans';\nexport const probe = planOf;\n", 'import-x/no-restricted-paths'],
    ['Dexie outside db', 'src/features/data/probe.ts', "import Dexie from 'dexie';\nexport const probe = Dexie;\n", 'no-restricted-imports'],
    ['a browser global in the domain', 'src/domain/probe.ts', 'export const probe = () => window.location.href;\n', 'no-restricted-globals'],
  ])('%s fails lint', async (_direction, filePath, code, rule) => {
    expect(await ruleIdsOf(filePath, code)).toContain(rule);
  });

  it.each([
    ['a feature → db, ui, import and domain', 'src/features/area/probe.ts', "import { loadDataset } from '../../db';\nimport { MARKS } from '../../ui/instrumentation';\nimport { planFromBytes } from '../../import/plan';\nimport { COLUMNS } from '../../domain/period-table';\nexport const probe = [loadDataset, MARKS, planFromBytes, COLUMNS];\n"],
    ['db → domain', 'src/db/probe.ts', "import { mergeTables } from '../domain/period-table';\nexport const probe = mergeTables;\n"],
  ])('%s passes', async (_direction, filePath, code) => {
    expect(await ruleIdsOf(filePath, code)).toEqual([]);
  });
});
