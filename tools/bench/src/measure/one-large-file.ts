import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { guidelineBin } from '../paths.js';
import { runNode, type Run } from './run-measured.js';

/** The memory bound of issue 12: any input up to 10 MB, on one line or many. */
export const memoryBoundMiB = 512;

/** One 10 MB chapter checked by the bin in a fresh process. */
export interface LargeFileResult {
  label: string;
  megabytes: number;
  lines: number;
  run: Run;
}

const sentence = 'Återfall bör diskuteras vid MDK och behandlingen planeras individuellt. ';
const guidelineYaml = 'id: g\ntitle: Stor fil\npublisher: Bench\nlanguage: sv\nedition: "1.0"\n';

/** The two shapes of a 10 MB chapter: one paragraph on a single line, and paragraphs of two lines. */
function largeChapters(bytes: number): { label: string; text: string }[] {
  const singleLine = sentence.repeat(Math.floor(bytes / Buffer.byteLength(sentence)));
  const paragraph = `${sentence.repeat(4).trim()}\n${sentence.repeat(3).trim()}\n\n`;
  const manyLines = paragraph.repeat(Math.floor(bytes / Buffer.byteLength(paragraph)));
  const frame = (body: string) => `# 13 Återfall\n\n${body}\n\nTexten efter läses [@1].\n`;
  return [
    { label: 'one line', text: frame(singleLine) },
    { label: 'many lines (paragraphs of two lines)', text: frame(manyLines) },
  ];
}

/**
 * `guideline check` on a project whose only chapter is 10 MB: wall and CPU time, and peak RSS
 * as the process reports it (`process.resourceUsage().maxRSS`, see probe.cjs).
 */
export async function benchOneLargeFile(repoRoot: string, megabytes = 10): Promise<LargeFileResult[]> {
  const results: LargeFileResult[] = [];
  for (const { label, text } of largeChapters(megabytes * 1_000_000)) {
    const root = await mkdtemp(path.join(os.tmpdir(), 'guideline-bench-large-'));
    try {
      for (const shared of ['lexicon', 'vocabulary']) await cp(path.join(repoRoot, 'guideline-src', shared), path.join(root, 'guideline-src', shared), { recursive: true });
      await mkdir(path.join(root, 'guideline-src/g'), { recursive: true });
      await writeFile(path.join(root, 'guideline-src/g/guideline.yaml'), guidelineYaml);
      await writeFile(path.join(root, 'guideline-src/g/references.yaml'), '- id: "1"\n');
      await writeFile(path.join(root, 'guideline-src/g/13-aterfall.md'), text);
      const run = runNode(guidelineBin, ['check', '--no-cache'], { cwd: root });
      results.push({ label, megabytes: Buffer.byteLength(text) / 1_000_000, lines: text.split('\n').length, run });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
  return results;
}
