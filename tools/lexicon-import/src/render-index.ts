import type { IndexSubstance } from './build-index.js';
import { GENERATED_MARKER } from './render-entry.js';

/** The file name of the substance index in the lexicon folder. */
export const INDEX_FILE = 'atc-index.tsv';

/** The column header line of the index. */
export const INDEX_COLUMNS = ['id', 'name', 'inn', 'atc', 'names', 'moiety'].join('\t');

/**
 * The text of the substance index: the generated marker, the WHOCC attribution and what the
 * columns hold, then one substance a line. One compact file, read on every check, rather than
 * thousands of YAML files; the same substances always give the same bytes.
 */
export function renderIndex(substances: readonly IndexSubstance[], indexDate: string): string {
  const header = [
    GENERATED_MARKER,
    `# Substance index: every single substance of the WHO ATC/DDD Index (WHO Collaborating Centre for Drug Statistics Methodology, https://atcddd.fhi.no/atc_ddd_index/), index as published on ${indexDate}, that the lexicon has no entry for.`,
    '# Use requires reference to the WHOCC; no commercial use (https://atcddd.fhi.no/copyright_disclaimer/).',
    '# Swedish names: the spelling rules of tools/lexicon-import/src/swedish-spelling.ts, or tools/lexicon-import/data/index-names.yaml, which gives the page of each.',
    '# One substance a line, separated by tabs: id, Swedish name, INN, ATC codes (separated by spaces; the first is the main code), other names (separated by |), and for a salt or ester the id of its active moiety where the lexicon or this index has that substance (tools/lexicon-import/src/active-moiety.ts; empty otherwise).',
    '# No role, dose kind or plausible range: a dose of one of these drugs is read, and reported as a drug the lexicon has no entry for.',
  ];
  const rows = substances.map((substance) => [substance.id, substance.name, substance.inn, substance.codes.join(' '), substance.names.join('|'), substance.moiety ?? ''].join('\t'));
  return [...header, INDEX_COLUMNS, ...rows, ''].join('\n');
}
