import type { Diagnostic } from '@guideline-as-code/types';
import { h } from 'hastscript';
import { word } from '../i18n.js';
import { findingKind, findingLabel } from './finding-note.js';
import { withInlineCode } from './inline-code.js';
import { page, type PageFrame } from './layout.js';
import { sitePaths } from './site-paths.js';

/**
 * All findings of the guideline in one table: kind (icon and words), rule id, message, place.
 * A finding in a chapter links to its note in the chapter page; others name file:line:column.
 */
export function findingsPage(diagnostics: readonly Diagnostic[], chapterFiles: ReadonlySet<string>, frame: PageFrame): string {
  const { language } = frame;
  const rows = diagnostics.map((diagnostic, index) => {
    const source = diagnostic.source;
    const where = source ? `${source.file}:${source.start.line}:${source.start.column}` : '–';
    const place = source && chapterFiles.has(source.file) ? h('a', { href: `${sitePaths.chapter(source.file)}#${sitePaths.findingId(index)}` }, where) : where;
    return h(`tr.finding-row.finding-${findingKind(diagnostic)}`, { id: `row-${index + 1}` }, [
      h('td', findingLabel(diagnostic, language)),
      h('td', h('code', diagnostic.ruleId)),
      h('td', [...withInlineCode(diagnostic.message[language]), ...(diagnostic.suppressed ? [h('br'), h('strong', `${word('reason', language)}:`), ` ${diagnostic.suppressed.reason}`] : [])]),
      h('td', place),
    ]);
  });
  const table = h('table.findings-table', [
    h('thead', [h('tr', [h('th', { scope: 'col' }, word('severity', language)), h('th', { scope: 'col' }, word('rule', language)), h('th', { scope: 'col' }, word('message', language)), h('th', { scope: 'col' }, word('where', language))])]),
    h('tbody', rows),
  ]);
  return page(word('findings', language), [h('h1', word('findings', language)), rows.length === 0 ? h('p', word('noFindings', language)) : table], frame);
}
