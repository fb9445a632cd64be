/**
 * The importer's report: everything an editor must look at after an import. Skipped lines and
 * ambiguities are listed with their line numbers, so nothing is dropped or decided silently.
 */
import type { ImportResult } from './import-chapter.js';
import type { LineNote } from './sections.js';
import type { ReferencesMerge } from './references.js';

/** "152, 153, 154, 160" → "152–154, 160". */
export function compactNumbers(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j++;
    parts.push(j - i >= 2 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

function section(title: string, notes: readonly LineNote[]): string[] {
  if (notes.length === 0) return [`${title}: none`];
  return [`${title}: ${notes.length}`, ...notes.map((n) => `  line ${n.line}: ${n.message}`)];
}

export interface ReportOptions {
  readonly input: string;
  readonly output: string;
  readonly references?: ReferencesMerge & { readonly file: string };
  readonly verbose?: boolean;
}

export function formatReport(result: ImportResult, options: ReportOptions): string {
  const lines = [
    `import-rcc: ${options.input} → ${options.output}`,
    `chapter: ${result.headings[0] ?? '?'} ${result.title}`,
    `sections: ${result.headings.length} (${result.headings.join(', ')})`,
    `recommendations: ${result.recommendations.items} bullets, ${result.recommendations.graded} with an evidence grade`,
    `citations: ${result.citationGroups} citation groups, ${result.citationKeys} citation keys, ${result.cited.length} distinct numbers (${compactNumbers(result.cited)})`,
    ...section('skipped lines', result.skipped),
    ...section('ambiguities (left as printed; decide and edit the Markdown)', result.ambiguities),
    ...section('notes', result.notes),
  ];
  if (options.references) {
    const r = options.references;
    lines.push(`${r.file}: ${r.added.length} entries added${r.added.length ? ` (${compactNumbers(r.added)})` : ''}, ${r.kept} existing entries kept unchanged`);
  }
  if (options.verbose) {
    lines.push('numbers:');
    for (const d of result.decisions) {
      const r = d.result;
      const what = r.kind === 'citation' ? `citation ${r.numbers.join(', ')}` : r.kind === 'not-citation' ? `not a citation (${r.reason})` : `reported: ${r.message}`;
      lines.push(`  line ${d.line}: "${d.token}" ${what}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
