import { markdownTable, ms, msSpread } from '../format.js';
import type { MachineInfo } from '../machine.js';
import type { LanguageServerResult, LanguageServerTimes } from '../measure/language-servers.js';
import { percentile, spread } from '../stats.js';
import { realChapterPath } from '../paths.js';

export const languageServerHeading = '## Language server: diagnostics as you type, against unified-language-server';

/** The aim for the first diagnostics after opening a chapter. */
const firstAimMs = 150;

export function renderLanguageServers(result: LanguageServerResult, machine: MachineInfo, loadAtEnd: number): string[] {
  const { ours, peer } = result;
  const row = (t: LanguageServerTimes) => [
    `\`${t.label}\``,
    msSpread(spread(t.initializeMs)),
    msSpread(spread(t.firstDiagnosticsMs)),
    t.afterReadAheadMs ? msSpread(spread(t.afterReadAheadMs)) : 'reads nothing ahead',
    ms(spread(t.editMs).median),
    ms(percentile(t.editMs, 95)),
    `${ms(Math.min(...t.editMs))}–${ms(Math.max(...t.editMs))}`,
  ];
  const median = (t: LanguageServerTimes) => spread(t.editMs).median;
  const p95 = (t: LanguageServerTimes) => percentile(t.editMs, 95);
  const first = spread(ours.firstDiagnosticsMs).median;
  const warmFirst = ours.afterReadAheadMs ? spread(ours.afterReadAheadMs).median : first;
  const busy = machine.load > machine.cores * 0.5;
  const mark = (met: boolean) => (met ? '**met**' : '**missed**');
  return [
    languageServerHeading,
    '',
    markdownTable(
      ['machine', 'cores', 'node', 'date', 'commit', 'load at start / end'],
      [[machine.cpu, machine.cores, machine.node, machine.date, machine.commit, `${machine.load.toFixed(1)} / ${loadAtEnd.toFixed(1)}`]],
    ),
    '',
    `Written by \`pnpm bench:lsp\` (tools/bench, \`src/measure/language-servers.ts\`). Both servers run as editors run them, a child process spoken to over stdio by a real LSP client, on a copy of \`${realChapterPath}\` with its guideline, lexicon and vocabulary. ` +
      `**Start:** ${result.starts} fresh processes each: spawn to the \`initialize\` answer, then \`didOpen\` right after \`initialized\` (as an editor opening the file) to the first \`publishDiagnostics\` of that version; for ours also \`didOpen\` once it has ended its work-done progress of reading the guidelines ahead (as when a chapter is opened in a running editor). ` +
      `**Edits:** both servers stay up and take turns; each edit types a new sentence into a paragraph in the middle of the chapter and sends the whole text (\`didChange\`), timed to the \`publishDiagnostics\` of that version; ${result.edits} edits after ${result.warmUpEdits} warm-up edits. Wall time, median (min–max).`,
    '',
    markdownTable(['server', 'spawn → initialized', 'didOpen → first diagnostics', 'the same after reading ahead', 'didChange → diagnostics, median', 'p95', 'min–max'], [row(ours), row(peer)]),
    '',
    ...(busy
      ? [`**The machine was busy** (load ${machine.load.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end, on ${machine.cores} cores): every figure is inflated, the peer's as much as ours since they take turns. Rerun on a quiet machine for the record.`, '']
      : []),
    'Targets:',
    '',
    `- Median didChange → diagnostics no higher than the peer's: ${ms(median(ours))} against ${ms(median(peer))}, ${mark(median(ours) <= median(peer))}.${median(ours) <= median(peer) ? '' : ` ${whyEditsSlower}`}`,
    `- p95 no higher than the peer's: ${ms(p95(ours))} against ${ms(p95(peer))}, ${mark(p95(ours) <= p95(peer))}.${p95(ours) <= p95(peer) ? '' : ` ${whyEditsSlower}`}`,
    `- First diagnostics under ${firstAimMs} ms after opening: ${ms(first)} when the file is opened at once, ${mark(first < firstAimMs)}${first < firstAimMs ? '' : ` (${whyFirstSlower})`}; ` +
      `${ms(warmFirst)} when it is opened after the server has read the guidelines ahead, ${mark(warmFirst < firstAimMs)}.`,
    '',
  ];
}

const whyEditsSlower =
  'Only the top-level blocks an edit touched are parsed again, but the parser keeps what it read from a chapter (prose, doses, mentions) by the hash of the whole chapter, so an edit anywhere reads the whole chapter into the graph again, which is most of the time of an edit in a CPU profile; then every rule runs, where the peer parses the chapter and runs a few syntax rules. Keeping readings per block, in the parser, is the next step. On a loaded machine the two medians lie within each other’s noise.';
const whyFirstSlower =
  'the server starts reading the guidelines ahead as soon as it is initialized, but the file is opened at once, so the first diagnostics still wait for the first, cold run of the checker: reading the lexicon and the other sources, and parsing and reading the chapter while the code is still interpreted';
