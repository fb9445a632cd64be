import type { Diagnostic } from '@guideline-as-code/model';
import { loadLexicon, type DrugEntry } from '@guideline-as-code/dose';
import type { SourceFile } from '../guideline-sources.js';
import type { DrugVocabularyEntry } from '../vocabulary/vocabulary-nodes.js';

/**
 * Reads the drug lexicon. Its structural problems (a missing source, a bad ATC code) are
 * reported with file:line:column; the lexicon's own messages are in English, as its
 * maintainers write it, with a Swedish lead-in for editors.
 */
export function readLexicon(files: readonly SourceFile[], diagnostics: Diagnostic[]): DrugEntry[] {
  const lexicon = loadLexicon(files);
  for (const problem of lexicon.diagnostics) {
    const at = { line: problem.line, column: problem.column, offset: problem.offset };
    diagnostics.push({
      ruleId: problem.ruleId,
      severity: 'error',
      message: { en: `${problem.message}.`, sv: `Fel i läkemedelslexikonet: ${problem.message}.` },
      source: { file: problem.file, start: at, end: at },
    });
  }
  return lexicon.drugs;
}

/** What the parser needs of each drug to recognise its names in prose. */
export function drugVocabulary(drugs: readonly DrugEntry[]): DrugVocabularyEntry[] {
  return drugs.map((drug) => ({
    id: drug.id,
    inn: drug.inn,
    atc: drug.atc?.code ?? null,
    // The INN alone is not a name to look for: pegylated liposomal doxorubicin shares `doxorubicin`.
    names: [drug.name, ...drug.names, ...drug.brands],
    source: drug.position,
  }));
}
