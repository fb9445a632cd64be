import type { Severity } from '../diagnostic.js';
import type { LocalizedText } from '../localized-text.js';

/**
 * Where a finding comes from: the stage of the pipeline that reports it. `reading` covers
 * files, YAML and the chapter's Markdown; `dose` the dose grammar; `rule` the consistency
 * rules of the checks package; `schema` the JSON Schema validation.
 */
export type FindingOrigin = 'reading' | 'dose' | 'lexicon' | 'rule' | 'schema' | 'suppression' | 'config' | 'internal';

/** What the registry says about one finding id, as the documentation shows it. */
export interface FindingEntry {
  /** The severity a diagnostic of this id has unless the configuration or the message says otherwise. */
  severity: Severity;
  /** What the finding reports, in a sentence. */
  summary: LocalizedText;
  /** Why it matters, for editors. */
  why: LocalizedText;
  /**
   * Present on a family of ids: diagnostics carry `<id>:<kind>`, e.g. `schema:required`, and a
   * `guideline-ignore` comment may name the family or one kind.
   */
  kinds?: LocalizedText;
}

/** A registry entry with its origin, which the origin's file supplies once for all its ids. */
export interface FindingDefinition extends FindingEntry {
  origin: FindingOrigin;
}

/** Stamps every entry of one origin's file with that origin, keeping the ids as literal types. */
export function findingsOf<const Id extends string>(origin: FindingOrigin, entries: Record<Id, FindingEntry>): Record<Id, FindingDefinition> {
  const result = {} as Record<Id, FindingDefinition>;
  for (const id of Object.keys(entries) as Id[]) result[id] = { ...entries[id], origin };
  return result;
}
