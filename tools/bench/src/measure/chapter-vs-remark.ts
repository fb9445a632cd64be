import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable, ms, msSpread, mib, verdict } from '../format.js';
import { clearAllCaches, clearParseCache, guidelineBin, realChapterPath, remarkBin, repoRoot } from '../paths.js';
import { timeInterleaved, type Timing } from './run-measured.js';

const emptyScript = fileURLToPath(new URL('../../probe/empty.cjs', import.meta.url));

export interface ChapterVsRemark {
  /** The chapter not seen before: parse cache empty (code cache and compiled lexicon kept, as after any first run). */
  fresh: Timing;
  /** The chapter just edited: the rest (lexicon, vocabulary) comes from the parse cache. */
  edited: Timing;
  /** Nothing changed since the last run. */
  unchanged: Timing;
  /** The first run after installing: no code cache, no parse cache, no compiled lexicon. */
  firstRun: Timing;
  remark: Timing;
  /** Start-up alone: `guideline --version`, and a bare `node` for reference. */
  version: Timing;
  node: Timing;
}

/**
 * Issue 4's aim: `guideline check` on the chapter as a whole process through the installed
 * bin (no pnpm start-up), against remark-cli with remark-preset-lint-recommended on the same
 * file. Our check does far more and should still take at most half of remark's wall time.
 * Runs on a private copy of the real guideline (`root`), so the chapter can be edited.
 */
export function benchChapterVsRemark(root: string, runs: number): ChapterVsRemark {
  const check = ['check', realChapterPath];
  const common = { cwd: root, script: guidelineBin };
  let edits = 0;
  const edit = () => appendFileSync(path.join(root, realChapterPath), `\nMeningen lades till för mätning ${++edits}.\n`);
  // In this order within every round: `unchanged` follows `edited`, so its cache is warm.
  const [fresh, edited, unchanged, firstRun, remark, version, node] = timeInterleaved(
    [
      { ...common, label: 'guideline check <chapter> (chapter not seen before: parse cache empty)', args: check, before: () => clearParseCache(root) },
      { ...common, label: 'guideline check <chapter> (chapter edited: the rest from the parse cache)', args: check, before: edit },
      { ...common, label: 'guideline check <chapter> (nothing changed)', args: check },
      { ...common, label: 'guideline check <chapter> (first run after install: no code cache, no parse cache, no compiled lexicon)', args: check, env: { GUIDELINE_CODE_CACHE: 'off' }, before: () => clearAllCaches(root) },
      {
        label: 'remark <chapter> --use remark-preset-lint-recommended',
        // From the repository, where remark-cli finds the preset; the file is the same copy.
        cwd: repoRoot,
        script: remarkBin,
        args: [path.join(root, realChapterPath), '--no-config', '--use', 'remark-preset-lint-recommended', '--no-stdout', '--quiet'],
      },
      { ...common, label: 'guideline --version (start-up only)', args: ['--version'] },
      { label: 'node (empty script)', cwd: root, script: emptyScript, args: [] },
    ],
    runs,
    3,
  );
  return { fresh: fresh!, edited: edited!, unchanged: unchanged!, firstRun: firstRun!, remark: remark!, version: version!, node: node! };
}

export function renderChapterVsRemark(result: ChapterVsRemark): string[] {
  const { fresh, edited, remark } = result;
  const ratio = (t: Timing, key: 'wallMs' | 'cpuMs') => t[key].median / remark[key].median;
  const rows = [result.fresh, result.edited, result.unchanged, result.firstRun, result.remark, result.version, result.node].map((t) => [
    `\`${t.label}\``,
    msSpread(t.wallMs),
    msSpread(t.cpuMs),
    t === remark ? '1' : `${ratio(t, 'wallMs').toFixed(2)} / ${ratio(t, 'cpuMs').toFixed(2)}`,
    mib(t.maxRssMiB.median),
    t.exitCodes.join(', '),
  ]);
  const wall = ratio(fresh, 'wallMs');
  return [
    '## Issue 4: `guideline check` on one chapter, as a whole process, against remark',
    '',
    `Each command is a fresh process started as a pre-commit hook or an editor task starts it (the bin, no pnpm), on a copy of \`${realChapterPath}\` with its guideline, lexicon and vocabulary. ` +
      `The commands take turns (A B C … A B C …) so that a change of load hits all alike; ${fresh.runs} rounds after 3 warm-up rounds, median (min–max). ` +
      'CPU is user + system time of the process (all its threads), which a loaded machine inflates far less than wall time.',
    '',
    markdownTable(['command', 'wall', 'CPU', 'vs remark (wall / CPU)', 'peak RSS', 'exit'], rows),
    '',
    `Aim (issue 4): our check, which parses, builds the graph and runs every rule, at most half of remark-cli’s wall time (remark-preset-lint-recommended), both reading the chapter for the first time. ` +
      `Wall **${wall.toFixed(2)}**, CPU **${ratio(fresh, 'cpuMs').toFixed(2)}** (aim ≤ 0.50): ${verdict(wall <= 0.5, (wall / 0.5 - 1) * 100)}` +
      (wall <= 0.5
        ? '.'
        : ` (${ms(fresh.wallMs.median - remark.wallMs.median * 0.5)} too slow) — because start-up alone (\`--version\`) takes ${ms(result.version.wallMs.median)} of the ${ms(remark.wallMs.median * 0.5)} allowed, ` +
          `and reading one chapter and the lexicon for the first time runs mostly in V8’s interpreter (see “Where the time goes”).`) +
      ` Right after an edit (what an editor or a pre-commit hook sees): wall ${ratio(edited, 'wallMs').toFixed(2)}, CPU ${ratio(edited, 'cpuMs').toFixed(2)}.`,
    '',
  ];
}
