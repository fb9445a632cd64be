import { markdownTable } from '../format.js';
import { memoryBoundMiB, type LargeFileResult } from '../measure/one-large-file.js';

/** The section on one 10 MB chapter: time and peak memory, against the 512 MiB bound. */
export function renderOneLargeFile(results: readonly LargeFileResult[]): string[] {
  const rows = results.map(({ label, megabytes, lines, run }) => [
    label,
    `${megabytes.toFixed(2)} MB, ${lines} lines`,
    `${(run.wallMs / 1000).toFixed(1)} s`,
    `${(run.cpuMs / 1000).toFixed(1)} s`,
    `${Math.round(run.maxRssMiB)} MiB`,
    String(run.exitCode),
    run.maxRssMiB <= memoryBoundMiB ? '**met**' : '**missed**',
  ]);
  return [
    '## Issue 12: one 10 MB chapter',
    '',
    `\`guideline check --no-cache\` through the bin on a project whose only chapter is 10 MB of Swedish prose, once on a single line and once as paragraphs of two lines; one run each. Peak RSS is the process's own \`maxRSS\`. Bound: at most ${memoryBoundMiB} MiB for any input up to 10 MB.`,
    '',
    markdownTable(['chapter', 'size', 'wall', 'CPU', 'peak RSS', 'exit', `≤ ${memoryBoundMiB} MiB`], rows),
    '',
  ];
}
