// Uses the built package as an app would: by name, from outside the workspace, under plain
// Node, through tsc, and bundled by esbuild. Needs `pnpm --filter @guideline-as-code/dose-calculator
// build` first (turbo runs it before `test`).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

// An app's code: KarPak for 170 cm, 70 kg, GFR 90 mL/min, and a rejected input.
const appCode = `
import { DoseCalculationError, calculateDose, round } from '@guideline-as-code/dose-calculator';

const patient = {
  height: { value: 170, unit: 'cm' },
  weight: { value: 70, unit: 'kg' },
  gfr: { value: 90, unit: 'mL/min' },
};
const carboplatin = calculateDose({ amount: { value: 5, unit: 'mg/mL.min' }, kind: 'auc' }, patient);
const paclitaxel = calculateDose({ amount: { value: 175, unit: 'mg/m2' }, kind: 'body-surface' }, patient);
let rejection;
try {
  calculateDose({ amount: { value: 5, unit: 'mg/mL.min' }, kind: 'auc' }, { gfr: { value: 0, unit: 'mL/min' } });
} catch (error) {
  rejection = error instanceof DoseCalculationError ? { ours: true, code: error.code } : { ours: false };
}
console.log(JSON.stringify({ carboplatin: carboplatin.value, paclitaxel: round(paclitaxel, 2).value, rejection }));
`;
const expectedOutput = { carboplatin: 575, paclitaxel: 318.17, rejection: { ours: true, code: 'not-positive' } };

let app: string;

beforeAll(async () => {
  if (!existsSync(join(packageDir, 'dist/index.js'))) {
    throw new Error('dist/index.js is missing: run `pnpm --filter @guideline-as-code/dose-calculator build` first');
  }
  // An app outside the workspace whose node_modules holds this package, as an install would.
  app = await mkdtemp(join(tmpdir(), 'dose-calculator-consumer-'));
  await mkdir(join(app, 'node_modules/@guideline-as-code'), { recursive: true });
  await symlink(packageDir, join(app, 'node_modules/@guideline-as-code/dose-calculator'), 'dir');
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  await writeFile(join(app, 'app.mjs'), appCode);
});

afterAll(async () => {
  if (app) await rm(app, { recursive: true, force: true });
});

/** tsc's report on a project; empty when it type-checks. */
function typeCheck(project: string): string {
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', project], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

const runNode = (file: string) => JSON.parse(execFileSync(process.execPath, [file], { cwd: app, encoding: 'utf8' })) as unknown;

describe('the built package, used by an app', () => {
  it('imports by name from an ES module under Node, loading the UCUM tables', () => {
    expect(runNode('app.mjs')).toEqual(expectedOutput);
  });

  it('type-checks in a strict TypeScript app without skipLibCheck', async () => {
    await writeFile(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          types: [],
          skipLibCheck: false,
          noEmit: true,
        },
        files: ['app.ts'],
      }),
    );
    await writeFile(
      join(app, 'app.ts'),
      `${appCode}
import type { CalculatedDose, Quantity } from '@guideline-as-code/dose-calculator';
const shown: Quantity<'mg'> = round(carboplatin, 0);
const working = (dose: CalculatedDose) => (dose.kind === 'auc' ? dose.gfrCapped : undefined);
export { shown, working };
`,
    );
    expect(typeCheck(app)).toBe('');
  });

  it.each(['node', 'browser'] as const)('works when bundled by esbuild for %s', async (platform) => {
    const outfile = join(app, `bundle-${platform}.mjs`);
    await build({
      entryPoints: [join(app, 'app.mjs')],
      bundle: true,
      platform,
      format: 'esm',
      outfile,
      logLevel: 'silent',
    });
    const bundle = await readFile(outfile, 'utf8');
    // The unit tables are inlined from JSON, and nothing is left for a runtime `require`.
    expect(bundle).toContain('"units"');
    expect(bundle).not.toMatch(/\brequire\(\s*["']/);
    expect(runNode(outfile)).toEqual(expectedOutput);
  });
});
