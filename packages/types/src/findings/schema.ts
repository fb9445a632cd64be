import { findingsOf } from './finding-definition.js';

/** Findings of JSON Schema validation; each diagnostic names the failed keyword, e.g. `schema:required`. */
export const schemaFindings = findingsOf('schema', {
  schema: {
    severity: 'error',
    summary: {
      en: 'The knowledge graph, and every YAML or JSON source it is built from (lexicon, references, trials, patient facts, guideline metadata, configuration), validates against its JSON Schema.',
      sv: 'Kunskapsgrafen, och varje YAML- eller JSON-källa den byggs från (lexikon, referenser, studier, patientfakta, vårdprogrammets metadata, inställningar), följer sitt JSON-schema.',
    },
    why: {
      en: 'Apps rely on the published schema; a graph that breaks it would break them. A misspelt or mistyped key in a source file would otherwise be silently ignored.',
      sv: 'Appar förlitar sig på det publicerade schemat; en graf som bryter mot det skulle få dem att fallera. En felstavad eller feltypad nyckel i en källfil skulle annars tyst ignoreras.',
    },
    kinds: {
      en: 'Each finding names the JSON Schema keyword that failed: `schema:required`, `schema:type`, `schema:pattern`, …',
      sv: 'Varje fynd anger det JSON Schema-nyckelord som inte uppfylldes: `schema:required`, `schema:type`, `schema:pattern`, …',
    },
  },
});

/** Ids that stand for a family of findings `<id>:<kind>`. */
export type FindingFamily = keyof typeof schemaFindings;
