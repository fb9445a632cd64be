import type { Diagnostic, Source } from '@guideline-as-code/types';
import type { LexiconEntrySource } from '@guideline-as-code/model';
import { compileSubstanceIndex, drugEntryFromSource, substanceRowEntry, type DrugEntry, type SubstanceIndex } from '@guideline-as-code/dose';
import type { SourceFile } from '../guideline-sources.js';
import { countParse } from '../parse-counts.js';
import { readValidSource } from '../sources/read-source.js';
import type { DrugVocabularyEntry } from '../vocabulary/vocabulary-nodes.js';
import { readYaml } from '../yaml/yaml-file.js';
import { lexiconFinding, withUsableRanges } from './lexicon-facts.js';
import { factsOfFile, lexiconFact, type LexiconFacts } from './lexicon-values.js';
import { indexNameSpans, isSubstanceIndex, readSubstanceIndex } from './read-substance-index.js';

/** The drugs of the lexicon and what is wrong in its files. */
export interface LoadedLexicon {
  /** The entries (one YAML file each). */
  drugs: DrugEntry[];
  /** The spans of the values a drug node states, by file (every file, valid or not). */
  facts: LexiconFacts;
  /** The substance index (`atc-index.tsv`) as compact lines with lookup tables, null when the lexicon has none. */
  substances: SubstanceIndex | null;
  diagnostics: Diagnostic[];
}

/**
 * Reads the drug lexicon (one YAML file per drug) into drug entries, each fact with its place
 * in its file. Each file is validated against the lexicon's JSON Schema with the precompiled
 * validator: a value that breaks it is reported at its line and column and left out, and an
 * entry that is then incomplete is left out whole. What the schema cannot say is checked
 * here: a range that goes backwards or lacks its dose kind, an id or a name used by two
 * entries (the later one loses it). Files are read in path order, so that the result does not
 * depend on the order of a directory listing. The substance index (`atc-index.tsv`, substances
 * of the WHO ATC index with no entry) is read after the entries, so an entry always keeps its
 * names and id over an index line. Never throws on content.
 */
export function loadLexicon(files: readonly SourceFile[]): LoadedLexicon {
  const diagnostics: Diagnostic[] = [];
  const drugs: DrugEntry[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  const facts: LexiconFacts = {};
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted.filter((candidate) => !isSubstanceIndex(candidate))) {
    const yaml = readYaml(file.path, file.text);
    facts[file.path] = factsOfFile(yaml, file.text);
    diagnostics.push(...yaml.diagnostics);
    if (yaml.diagnostics.some((finding) => finding.severity === 'error' && finding.ruleId === 'yaml-syntax')) continue;
    const read = readValidSource<LexiconEntrySource>('lexiconEntry', yaml, diagnostics);
    if (read.value === undefined) continue;
    const entry = withUsableRanges(drugEntryFromSource(read.value, { of: read.sourceOf, valueOf: (part, key) => yaml.sourceAt([...read.pathOf(part), key]) }), diagnostics);
    if (ids.has(entry.id)) {
      diagnostics.push(lexiconFinding('lexicon-duplicate-id', yaml.sourceAt(['id']), `Entry id \`${entry.id}\` is already used by another lexicon file`, `Id \`${entry.id}\` används redan av en annan lexikonfil`));
      continue;
    }
    ids.add(entry.id);
    const written = yaml.value as Partial<Record<'names' | 'brands', unknown[]>>;
    const place: NamePlace = (name, list) => (list === 'name' ? yaml.sourceAt(['name']) : yaml.sourceAt([list, written[list]?.indexOf(name) ?? 0]));
    const taken = claimNames(entry, owners, place, diagnostics);
    drugs.push({ ...entry, names: entry.names.filter((name) => !taken.has(name)), brands: entry.brands.filter((name) => !taken.has(name)) });
  }
  const substances = readIndexOnce(sorted.filter(isSubstanceIndex), ids, owners, diagnostics);
  return { drugs, facts, substances, diagnostics };
}

/**
 * The substance index, its lines checked against the entries: a line whose id or one of whose
 * names an entry already has is stale (the importer leaves such substances out) and is left out
 * whole with the finding, so an entry always wins and no substance is half there.
 */
function readIndexOnce(files: readonly SourceFile[], ids: Set<string>, owners: Map<string, string>, diagnostics: Diagnostic[]): SubstanceIndex | null {
  const [file] = files;
  if (file === undefined) return null;
  const index = readSubstanceIndex(file, diagnostics);
  const rows = index.rows.filter((row) => {
    const entry = substanceRowEntry(index.file, index.date, row);
    if (ids.has(entry.id)) {
      diagnostics.push(lexiconFinding('lexicon-duplicate-id', entry.position, `Substance-index id \`${entry.id}\` is already a lexicon entry, so the line is left out; run tools/lexicon-import again`, `Id \`${entry.id}\` i substansindexet är redan en post i lexikonet, så raden används inte; kör tools/lexicon-import igen`));
      return false;
    }
    const clash = [entry.name, ...entry.names].find((name) => owners.has(name.normalize('NFC').toLowerCase()));
    if (clash !== undefined) {
      const owner = owners.get(clash.normalize('NFC').toLowerCase()) ?? '';
      diagnostics.push(lexiconFinding('lexicon-duplicate-name', entry.position,
        `Name \`${clash}\` of substance-index line \`${entry.id}\` is already a name of \`${owner}\`, so the line is left out; run tools/lexicon-import again`,
        `Namnet \`${clash}\` på raden \`${entry.id}\` i substansindexet är redan ett namn för \`${owner}\`, så raden används inte; kör tools/lexicon-import igen`));
      return false;
    }
    ids.add(entry.id);
    claimNames(entry, owners, () => entry.position, diagnostics);
    return true;
  });
  return compileSubstanceIndex(index.file, index.date, rows);
}

/**
 * The drug lexicon as kept in a cache: its entries and facts, and the substance index as
 * compact lines with its lookup tables (its findings are kept beside them).
 */
export interface CompiledLexicon {
  entries: DrugEntry[];
  facts: LexiconFacts;
  substances: SubstanceIndex | null;
}

/** Reads the drug lexicon, adding its findings to `diagnostics`. */
export function readLexicon(files: readonly SourceFile[], diagnostics: Diagnostic[]): CompiledLexicon {
  countParse('lexicon');
  const { drugs, facts, substances, diagnostics: found } = loadLexicon(files);
  diagnostics.push(...found);
  return { entries: drugs, facts, substances };
}

/**
 * What the parser needs of each drug to recognise its names in prose. A substance of the index
 * states its name and INN at their cells of its line.
 */
export function drugVocabulary(drugs: readonly DrugEntry[], facts: LexiconFacts): DrugVocabularyEntry[] {
  return drugs.map((drug) => drug.tier === 'atc-index' ? indexVocabulary(drug) : ({
    id: drug.id,
    name: lexiconFact(facts, drug.position, ['name'], drug.name),
    inn: lexiconFact(facts, drug.position, ['inn'], drug.inn),
    atc: lexiconFact(facts, drug.position, ['atc', 'code'], drug.atc.code),
    // The INN alone is not a name to look for: pegylated liposomal doxorubicin shares `doxorubicin`.
    names: [drug.name, ...drug.names, ...drug.brands],
    source: drug.position,
  }));
}

function indexVocabulary(drug: DrugEntry): DrugVocabularyEntry {
  const spans = indexNameSpans(drug);
  const stated = (value: string, source: Source) => ({ notStated: false as const, value, source, text: value });
  return {
    id: drug.id,
    name: stated(drug.name, spans.name),
    inn: stated(drug.inn, spans.inn),
    atc: stated(drug.atc.code, drug.atc.codePosition),
    names: [drug.name, ...drug.names],
    source: drug.position,
  };
}

/** Where a name is written: `name`, or an item of `names` or `brands` (found in the file as written). */
type NamePlace = (name: string, list: 'name' | 'names' | 'brands') => Source;

/** Records who owns each name (case-insensitive); returns the names this entry may not have because another has them. */
function claimNames(entry: DrugEntry, owners: Map<string, string>, place: NamePlace, diagnostics: Diagnostic[]): Set<string> {
  const taken = new Set<string>();
  const named: [string, 'name' | 'names' | 'brands'][] = [
    [entry.name, 'name'],
    ...entry.names.map((name): [string, 'names'] => [name, 'names']),
    ...entry.brands.map((name): [string, 'brands'] => [name, 'brands']),
  ];
  for (const [name, list] of named) {
    const key = name.normalize('NFC').toLowerCase();
    const owner = owners.get(key);
    if (owner === undefined) {
      owners.set(key, entry.id);
    } else if (owner !== entry.id) {
      diagnostics.push(lexiconFinding('lexicon-duplicate-name', place(name, list),
        `Name \`${name}\` of \`${entry.id}\` is already a name of \`${owner}\``,
        `Namnet \`${name}\` för \`${entry.id}\` är redan ett namn för \`${owner}\``));
      taken.add(name);
    }
  }
  return taken;
}
