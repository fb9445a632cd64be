import { cp, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../main.js';

export const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * A throw-away project with the repository's real lexicon and vocabulary and the given files
 * (paths relative to the project root; strings are written as UTF-8, bytes as they are).
 */
export async function tempProject(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'guideline-test-'));
  for (const shared of ['guideline-src/lexicon', 'guideline-src/vocabulary']) {
    const from = path.join(repositoryRoot, shared);
    if (existsSync(from)) await cp(from, path.join(root, shared), { recursive: true });
  }
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return root;
}

/** Runs the command line in `cwd` and captures what it prints. */
export async function run(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runWith({ cwd }, ...argv);
}

/** Runs the command line in `cwd` with the given environment (none by default, not the test's own). */
export async function runWith(where: { cwd: string; env?: Record<string, string> }, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd: where.cwd, env: where.env ?? {}, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

export const guidelineYaml = 'id: g\ntitle: Testriktlinje\npublisher: Test\nlanguage: sv\nedition: "1.0"\n';
