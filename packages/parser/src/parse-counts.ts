/**
 * How many times this process has parsed Markdown and YAML text, and read the drug lexicon
 * (its YAML files together). Parsing is what the caches
 * and the trees handed over by remark are there to save; counting it lets a test prove that
 * they do, without timing anything.
 */
const counts = { markdown: 0, yaml: 0, lexicon: 0 };

export type ParseKind = keyof typeof counts;

export function countParse(kind: ParseKind): void {
  counts[kind]++;
}

/** The parses so far; compare two readings to see what a piece of work parsed. */
export function parseCounts(): Readonly<Record<ParseKind, number>> {
  return { ...counts };
}
