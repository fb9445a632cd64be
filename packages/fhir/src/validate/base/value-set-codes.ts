import type { CodeSystem, CodeSystemConcept, ValueSet } from '@medplum/fhirtypes';

/** `system|code` of every concept in a value set, or undefined when it cannot be listed offline. */
export type CodeList = ReadonlySet<string>;

/**
 * Lists the codes of a base-specification value set from its definition alone: explicit concept
 * lists, and whole code systems whose content is complete. A value set built from filters, from
 * other value sets or from an external system (UCUM grammar, BCP-13 mime types, BCP-47
 * languages) cannot be listed without a terminology server; the caller says so instead of
 * guessing.
 */
export function listValueSetCodes(
  valueSetUrl: string,
  terminology: ReadonlyMap<string, ValueSet | CodeSystem>,
): CodeList | undefined {
  const valueSet = terminology.get(withoutVersion(valueSetUrl));
  if (valueSet?.resourceType !== 'ValueSet' || !valueSet.compose || valueSet.compose.exclude) return undefined;
  const codes = new Set<string>();
  for (const include of valueSet.compose.include) {
    if (!include.system || include.filter || include.valueSet) return undefined;
    if (include.concept) {
      for (const concept of include.concept) codes.add(`${include.system}|${concept.code}`);
      continue;
    }
    const codeSystem = terminology.get(include.system);
    if (codeSystem?.resourceType !== 'CodeSystem' || codeSystem.content !== 'complete') return undefined;
    addConcepts(include.system, codeSystem.concept ?? [], codes);
  }
  return codes;
}

function addConcepts(system: string, concepts: CodeSystemConcept[], codes: Set<string>): void {
  for (const concept of concepts) {
    codes.add(`${system}|${concept.code}`);
    addConcepts(system, concept.concept ?? [], codes);
  }
}

function withoutVersion(url: string): string {
  const bar = url.indexOf('|');
  return bar < 0 ? url : url.slice(0, bar);
}
