import { fileURLToPath } from 'node:url';
import type { Corpus } from '../corpus/write-corpus.js';
import { spread, type Spread } from '../stats.js';
import { runNode } from './run-measured.js';

const child = fileURLToPath(new URL('../children/parse-floor.js', import.meta.url));

export type FloorMode = 'raw' | 'syntax';

export interface ParseFloor {
  mode: FloorMode;
  bytes: number;
  /** Time of the parse loop alone (module loading excluded), over the runs. */
  parseWallMs: Spread;
  parseCpuMs: Spread;
}

/** What the child prints: the time of the parse loop and the bytes it parsed. */
interface Sample {
  parseMs: number;
  parseCpuMs: number;
  bytes: number;
}

/**
 * The floor a remark pipeline cannot beat: every chapter of the corpus parsed once in a fresh
 * process (so JIT warm-up counts, as it does for `check`), by `unified().use(remarkParse)`
 * (`raw`) or by our `parseMarkdown` (`syntax`: + GFM, front matter, container directives).
 */
export function benchParseFloor(corpus: Corpus, runs: number): { raw: ParseFloor; syntax: ParseFloor } {
  const samples: Record<FloorMode, Sample[]> = { raw: [], syntax: [] };
  for (let i = 0; i < runs; i++) {
    for (const mode of ['raw', 'syntax'] as const) {
      const run = runNode(child, [corpus.root, mode], { cwd: corpus.root });
      if (run.exitCode !== 0) throw new Error(`parse-floor ${mode} failed: ${run.stderr}`);
      samples[mode].push(JSON.parse(run.stdout) as Sample);
    }
  }
  const floor = (mode: FloorMode): ParseFloor => ({
    mode,
    bytes: samples[mode][0]!.bytes,
    parseWallMs: spread(samples[mode].map((s) => s.parseMs)),
    parseCpuMs: spread(samples[mode].map((s) => s.parseCpuMs)),
  });
  return { raw: floor('raw'), syntax: floor('syntax') };
}
