import { markdownTable, mb, mib, ms, throughput, verdict } from '../format.js';
import type { CheckThroughput } from '../measure/check-throughput.js';
import type { ParseFloor } from '../measure/parse-floor.js';

export interface SizeResult {
  megabytes: number;
  floors: { raw: ParseFloor; syntax: ParseFloor };
  check: CheckThroughput;
}

/** Issue 6's table: throughput of the floors and of `check`, cost per MB and peak memory. */
export function renderThroughput(results: readonly SizeResult[]): string[] {
  const rows = results.map(({ floors, check }) => {
    const bytes = check.corpus.markdownBytes;
    const raw = throughput(bytes, floors.raw.parseCpuMs.median);
    const ours = throughput(bytes, check.timing.cpuMs.median);
    return [
      `${mb(bytes)} (${check.corpus.shape.guidelines}×${Math.ceil(check.corpus.shape.chapters / check.corpus.shape.guidelines)} ch)`,
      `${raw.toFixed(2)} MB/s`,
      `${throughput(bytes, floors.syntax.parseCpuMs.median).toFixed(2)} MB/s`,
      `${ours.toFixed(2)} MB/s (wall ${throughput(bytes, check.timing.wallMs.median).toFixed(2)})`,
      `${((ours / raw) * 100).toFixed(0)} %`,
      `${ms(check.timing.cpuMs.median / (bytes / 2 ** 20))}`,
      mib(check.timing.maxRssMiB.median),
      check.summary ? `${check.summary.errors} / ${check.summary.warnings}` : `exit ${check.timing.exitCodes.join(',')}`,
    ];
  });
  const lines = [
    '## Issue 6: throughput on a synthetic corpus',
    '',
    'The real chapter replicated into about √n guidelines × √n chapters (each chapter renumbered, with its own regimen and rule ids, so each guideline’s graph grows). ' +
      'Throughput is MB of Markdown per CPU second of a fresh process (median of the runs); the floors time the parse loop alone, after module loading; `check` is the whole process through the bin, parse cache cleared before each run.',
    '',
    markdownTable(
      ['corpus (guidelines × chapters)', 'raw remark-parse', 'parseMarkdown (GFM, front matter, directives)', '`check` (CPU; wall)', 'check / raw', 'check CPU per MB', 'peak RSS', 'errors / warnings'],
      rows,
    ),
    '',
  ];
  const largest = results.at(-1);
  const smallest = results[0];
  if (!largest || !smallest) return lines;
  const bytes = largest.check.corpus.markdownBytes;
  const share = throughput(bytes, largest.check.timing.cpuMs.median) / throughput(bytes, largest.floors.raw.parseCpuMs.median);
  const perMb = (r: SizeResult) => r.check.timing.cpuMs.median / (r.check.corpus.markdownBytes / 2 ** 20);
  const growth = perMb(largest) / perMb(smallest);
  const memory = largest.check.timing.maxRssMiB.median;
  const syntaxShare = throughput(bytes, largest.floors.syntax.parseCpuMs.median) / throughput(bytes, largest.floors.raw.parseCpuMs.median);
  const parseMsPerMb = largest.floors.syntax.parseCpuMs.median / (bytes / 2 ** 20);
  lines.push(
    `- Full \`check\` at ≥ 60 % of raw remark-parse throughput on the ${mb(bytes)} corpus: ${(share * 100).toFixed(0)} %, ${verdict(share >= 0.6, (1 - share / 0.6) * 100)}` +
      (share >= 0.6
        ? '.'
        : ` — because our syntax alone (\`parseMarkdown\`: GFM, front matter, directives) reaches only ${(syntaxShare * 100).toFixed(0)} % of raw remark-parse, ` +
          `and reading the graph, the doses and the rules add ${ms(perMb(largest) - parseMsPerMb)} per MB to its ${ms(parseMsPerMb)} (see “Where the time goes”).`),
    `- Cost per MB roughly flat (≤ 1.25×) from ${mb(smallest.check.corpus.markdownBytes)} to ${mb(bytes)}: ×${growth.toFixed(2)}, ${verdict(growth <= 1.25, (growth / 1.25 - 1) * 100)}` +
      (growth < 1 ? ' (start-up and JIT warm-up weigh less on a larger corpus).' : '.'),
    `- Peak memory under 1 GiB on the ${mb(bytes)} corpus: ${mib(memory)}, ${verdict(memory < 1024, (memory / 1024 - 1) * 100)}.`,
    '',
  );
  return lines;
}
