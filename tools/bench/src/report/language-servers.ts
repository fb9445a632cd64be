import { markdownTable, ms, msSpread } from '../format.js';
import type { MachineInfo } from '../machine.js';
import type { LanguageServerResult, LanguageServerTimes } from '../measure/language-servers.js';
import { percentile, spread } from '../stats.js';
import { realChapterPath } from '../paths.js';

export const languageServerHeading = '## Language server: diagnostics as you type, against unified-language-server';

/** The aim for the first diagnostics after opening a chapter. */
const firstAimMs = 150;

export function renderLanguageServers(result: LanguageServerResult, machine: MachineInfo, loadAtEnd: number): string[] {
  const { ours, peer, oursWithoutEarlyReading, oursNothingKept } = result;
  const startRow = (t: LanguageServerTimes) => [
    `\`${t.label}\``,
    msSpread(spread(t.initializeMs)),
    msSpread(spread(t.firstDiagnosticsMs)),
    msSpread(spread(t.launchToFirstMs)),
    t.ownCheckMs ? msSpread(spread(t.ownCheckMs)) : 'no hovers',
    t.afterReadAheadMs ? msSpread(spread(t.afterReadAheadMs)) : '—',
  ];
  const editRow = (t: LanguageServerTimes) => [`\`${t.label}\``, ms(spread(t.editMs).median), ms(percentile(t.editMs, 95)), `${ms(Math.min(...t.editMs))}–${ms(Math.max(...t.editMs))}`];
  const median = (t: LanguageServerTimes) => spread(t.editMs).median;
  const p95 = (t: LanguageServerTimes) => percentile(t.editMs, 95);
  const first = spread(ours.firstDiagnosticsMs).median;
  const firstEver = spread(oursNothingKept.firstDiagnosticsMs).median;
  const launch = (t: LanguageServerTimes) => spread(t.launchToFirstMs).median;
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
    `Written by \`pnpm bench:lsp\` (tools/bench, \`src/measure/language-servers.ts\`). The servers run as editors run them, a child process spoken to over stdio by a real LSP client, on a copy of \`${realChapterPath}\` with its guideline, lexicon and vocabulary. ` +
      `**Start:** ${result.starts} fresh processes each, started in the project folder as editors start them: spawn to the \`initialize\` answer, then \`didOpen\` right after \`initialized\` (as an editor opening the file) to the first \`publishDiagnostics\` of that version, and spawn to those first diagnostics (what a user who opens a chapter in a new editor waits for). Ours keeps the findings of its last check of the guideline as on disk in the project (addressed by every source's text, the rule settings and a hash of its code), so a new server opening an unchanged chapter publishes them before its own check ends: those are all the findings, never a partial answer. It is measured as it is usually started (a server ran in the project before), with nothing kept (the first opening ever), and with nothing kept and without its early reading (\`--no-early-reading\`); for ours, also \`didOpen\` to the answer to a hover on a dose, which waits for its own check; and ours with \`didOpen\` once it has ended its work-done progress of reading the guidelines ahead (as when a chapter is opened in a running editor). ` +
      `**Edits:** ours and the peer stay up and take turns; each edit types a new sentence into a paragraph in the middle of the chapter and sends the whole text (\`didChange\`), timed to the \`publishDiagnostics\` of that version; ${result.edits} edits after ${result.warmUpEdits} warm-up edits. Wall time, median (min–max).`,
    '',
    markdownTable(
      ['server', 'spawn → initialized', 'didOpen → first diagnostics', 'spawn → first diagnostics', 'didOpen → hover answered (own check done)', 'didOpen → first diagnostics, after reading ahead'],
      [startRow(ours), startRow(oursNothingKept), startRow(oursWithoutEarlyReading), startRow(peer)],
    ),
    '',
    markdownTable(['server', 'didChange → diagnostics, median', 'p95', 'min–max'], [editRow(ours), editRow(peer)]),
    '',
    ...(busy
      ? [`**The machine was busy** (load ${machine.load.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end, on ${machine.cores} cores): every figure is inflated, the peer's as much as ours since they take turns, and a second thread finds no free core, so the early reading costs more than it saves. Rerun on a quiet machine for the record.`, '']
      : []),
    'Targets:',
    '',
    `- Median didChange → diagnostics no higher than the peer's: ${ms(median(ours))} against ${ms(median(peer))}, ${mark(median(ours) <= median(peer))}.${median(ours) <= median(peer) ? '' : ` ${whyEditsSlower}`}`,
    `- p95 no higher than the peer's: ${ms(p95(ours))} against ${ms(p95(peer))}, ${mark(p95(ours) <= p95(peer))}.${p95(ours) <= p95(peer) ? '' : ` ${whyEditsSlower}`}`,
    `- First diagnostics under ${firstAimMs} ms after opening: ${ms(first)} when the file is opened at once in a project where a server ran before, ${mark(first < firstAimMs)}; ` +
      `${ms(firstEver)} on the first opening ever, ${mark(firstEver < firstAimMs)}${firstEver < firstAimMs ? '' : ` (${whyFirstSlower})`}; ` +
      `${ms(warmFirst)} when it is opened after the server has read the guidelines ahead, ${mark(warmFirst < firstAimMs)}. ` +
      `From spawn to the first diagnostics: ${ms(launch(ours))}, ${ms(launch(oursNothingKept))} with nothing kept, ${ms(launch(oursWithoutEarlyReading))} with nothing kept and without the early reading, against ${ms(launch(peer))} for the peer's few syntax rules.`,
    '',
  ];
}

const whyEditsSlower =
  'An edit reads again only the blocks whose reading can differ (the edited paragraph, and the blocks after it in its section, whose statements are numbered after its own); the rest of the chapter is replayed from the readings kept per block. What remains is the dose grammar on those blocks, every rule on the whole guideline and the publishing, where the peer parses the chapter and runs a few syntax rules. On a loaded machine the two lie within each other’s noise.';
const whyFirstSlower =
  'a chapter opened at once waits for the first, cold reading of the guideline: the lexicon\'s YAML files and the chapter read while the code is still interpreted. The early reading runs that in a worker thread while the server loads its code and answers `initialize`, which pays only where a core is free';
