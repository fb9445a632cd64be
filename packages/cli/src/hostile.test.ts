// The hostile-input corpus in test/hostile/: every case exits 1 with its findings at their
// places, never 2 and never a stack trace, and the input after the hostile part is still
// checked, and no prose is lost without a finding. The corpus's README says how a case is written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLosses } from './test-support/silent-losses.js';
import { repositoryRoot, run, tempProject } from './test-support/temp-project.js';

const corpus = path.join(repositoryRoot, 'test/hostile');

/** The clean chapter added to every case: its finding proves the other files are still checked. */
const controlChapter = { path: 'guideline-src/g/90-kontroll.md', text: '# 90 Kontroll\n\nDetta kapitel är felfritt och läses alltid [@998].\n' };
const controlFinding = `${controlChapter.path}:3:45  unresolved-citation  \`@998\``;

/** One line of `expected.txt`: a finding that must be reported, or (with `!`) must not be. */
interface Expectation {
  absent: boolean;
  file: string;
  line: number | null;
  column: number | null;
  ruleId: string;
  fragment: string;
}

interface HostileCase {
  name: string;
  expectations: Expectation[];
  /** Why the case does not pass yet, when it does not. */
  pending: string | null;
  /** Why the case takes minutes until its fix lands; then it runs only with HOSTILE_SLOW=1. */
  slow: string | null;
}

interface JsonFinding {
  ruleId: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
}

/** A generated file: its parts are text (written as UTF-8 or Latin-1), raw bytes, or text repeated. */
interface Recipe {
  /** Folders of the repository copied into the case, their Markdown re-saved in a Unicode form (`NFD`). */
  copies?: { from: string; to: string; normalize?: 'NFC' | 'NFD' }[];
  files?: { path: string; lineEndings?: 'crlf' | 'cr'; parts: ({ text: string; repeat?: number } | { latin1: string } | { bytes: number[] })[] }[];
  symlinks?: { path: string; target: string }[];
}

function readCase(name: string): HostileCase {
  const lines = readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8').split('\n');
  const marker = (name: string) => lines.find((line) => line.startsWith(`# ${name}:`))?.slice(name.length + 3).trim() ?? null;
  const expectations = [...lines, controlFinding].filter((line) => line.trim() !== '' && !line.startsWith('#')).map(parseExpectation);
  return { name, expectations, pending: marker('pending'), slow: marker('slow') };
}

function parseExpectation(text: string): Expectation {
  const absent = text.startsWith('!');
  const [where = '', ruleId = '', ...fragment] = text.replace(/^!\s*/, '').split(/\s{2,}/);
  const match = /^(.*?)(?::(\d+):(\d+))?$/.exec(where)!;
  return { absent, file: match[1]!, line: match[2] ? Number(match[2]) : null, column: match[3] ? Number(match[3]) : null, ruleId, fragment: fragment.join('  ') };
}

/** Copies a case into a throw-away project next to the real lexicon, and makes its generated files. */
async function projectFor(name: string): Promise<string> {
  const root = await tempProject({ [controlChapter.path]: controlChapter.text });
  const from = path.join(corpus, name);
  await cp(from, root, { recursive: true, filter: (source) => !['README.md', 'expected.txt', 'recipe.json'].includes(path.basename(source)) || path.dirname(source) !== from });
  const recipeFile = path.join(from, 'recipe.json');
  const recipe: Recipe = existsSync(recipeFile) ? (JSON.parse(readFileSync(recipeFile, 'utf8')) as Recipe) : {};
  for (const copy of recipe.copies ?? []) {
    await cp(path.join(repositoryRoot, copy.from), path.join(root, copy.to), { recursive: true });
    if (!copy.normalize) continue;
    for (const name of readdirSync(path.join(root, copy.to)).filter((file) => file.endsWith('.md'))) {
      const file = path.join(root, copy.to, name);
      await writeFile(file, readFileSync(file, 'utf8').normalize(copy.normalize));
    }
  }
  for (const file of recipe.files ?? []) {
    const chunks = file.parts.map((part) => {
      if ('bytes' in part) return Buffer.from(part.bytes);
      if ('latin1' in part) return Buffer.from(part.latin1, 'latin1');
      const text = part.text.repeat(part.repeat ?? 1);
      return Buffer.from(file.lineEndings === 'crlf' ? text.replace(/\n/g, '\r\n') : file.lineEndings === 'cr' ? text.replace(/\n/g, '\r') : text, 'utf8');
    });
    await mkdir(path.dirname(path.join(root, file.path)), { recursive: true });
    await writeFile(path.join(root, file.path), Buffer.concat(chunks));
  }
  for (const link of recipe.symlinks ?? []) await symlink(link.target, path.join(root, link.path));
  return root;
}

async function check(name: string, expectations: readonly Expectation[]): Promise<void> {
  const root = await projectFor(name);
  try {
    await checkProjectAt(root, expectations);
  } finally {
    // The generated cases are megabytes; leave nothing behind in the temporary folder.
    await rm(root, { recursive: true, force: true });
  }
}

async function checkProjectAt(root: string, expectations: readonly Expectation[]): Promise<void> {
  const { code, stdout, stderr } = await run(root, 'check', '--format', 'json', '--lang', 'en', '--no-cache');
  expect(stderr, 'no internal failure').not.toMatch(/internal error|^\s+at .+:\d+:\d+\)?$/m);
  expect(code, 'exit code').toBe(1);
  const findings = (JSON.parse(stdout) as { diagnostics: JsonFinding[] }).diagnostics;
  expect(findings.filter((finding) => finding.ruleId === 'internal-error')).toEqual([]);
  const shown = findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.ruleId}  ${f.message}`);
  for (const expected of expectations) {
    const matching = findings.filter(
      (finding) =>
        finding.file === expected.file &&
        finding.ruleId === expected.ruleId &&
        (expected.line === null || (finding.line === expected.line && finding.column === expected.column)) &&
        finding.message.includes(expected.fragment),
    );
    const where = `${expected.file}${expected.line === null ? '' : `:${expected.line}:${expected.column}`}  ${expected.ruleId}  ${expected.fragment}`;
    if (expected.absent) expect(matching, `not reported: ${where}\nreported:\n${shown.join('\n')}`).toEqual([]);
    else expect(matching.length, `reported: ${where}\nreported instead:\n${shown.join('\n')}`).toBeGreaterThan(0);
  }
  // Nothing lost in silence: every prose character is in a node of the graph or under a finding,
  // on every case, the multi-megabyte ones included.
  expect(await silentLosses(root), 'prose lost without a finding').toEqual([]);
}

const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readCase(entry.name));

describe('guideline check on hostile input (test/hostile/)', () => {
  it('has a case for every kind of hostile input, each saying what it tests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const { name } of cases) {
      expect(existsSync(path.join(corpus, name, 'README.md')), `${name}/README.md`).toBe(true);
      expect(readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8'), `${name}/expected.txt`).toMatch(/^# /);
    }
  });

  for (const { name, expectations, pending, slow } of cases) {
    if (pending === null) {
      it(name, () => check(name, expectations));
    } else if (slow !== null && process.env['HOSTILE_SLOW'] !== '1') {
      it.skip(`${name} (pending, slow: ${slow.slice(0, 60)}…)`, () => check(name, expectations));
    } else {
      // Fails today for the reason in its expected.txt; when the fix lands this turns red: remove the `pending` line.
      it.fails(`${name} (pending: ${pending.slice(0, 60)}…)`, () => check(name, expectations));
    }
  }
});
