/**
 * Turns the real chapter (number `from`, e.g. 13) into chapter `to` of a synthetic guideline:
 * the front matter's `chapter:`, every section heading (`## 13.3.2.1 …` → `## N.3.2.1 …`),
 * cross-references (`avsnitt 13.3.2.1`), the section cells of regimen tables (`13, 13.3.1`),
 * and every id that must be unique in a guideline's graph: `{#karpak …}` → `{#karpak-N …}`,
 * with the rules' `regim=` references renamed likewise. Prose numbers such as `13,1 månader`
 * or citations `[@133]` stay as they are, and so does the `guideline-ignore` comment.
 */
export function renumberChapter(text: string, from: number, to: number): string {
  const number = String(from);
  const section = new RegExp(`\\b${number}((?:\\.\\d+)*)\\b(?![,.]\\d)`, 'g');
  const renumber = (fragment: string) => fragment.replace(section, (_, rest: string) => `${to}${rest}`);
  const suffix = (id: string) => `${id}-${to}`;
  return text
    .split('\n')
    .map((line) => {
      if (line.startsWith('chapter:')) return line.replace(/^chapter:\s*\d+\s*$/, `chapter: ${to}`);
      if (/^#{1,6} /.test(line)) line = line.replace(/^(#{1,6} )(\S+)/, (_, hashes: string, first: string) => hashes + renumber(first));
      // A table row of a regimen block: the last cell lists the sections that state the dose.
      if (line.startsWith('|')) line = line.replace(/\|([^|]*)\|\s*$/, (cell: string) => renumber(cell));
      return line
        .replace(/(avsnitt\s+)(\d+(?:\.\d+)*)/gi, (_, word: string, ref: string) => word + renumber(ref))
        .replace(/\{#([\w-]+)/g, (_, id: string) => `{#${suffix(id)}`)
        .replace(/\bregim=(?:"([^"]*)"|([\w-]+))/g, (_, quoted: string | undefined, bare: string | undefined) =>
          quoted !== undefined
            ? `regim="${quoted
                .split(',')
                .map((id) => suffix(id.trim()))
                .join(', ')}"`
            : `regim=${suffix(bare!)}`,
        );
    })
    .join('\n');
}
