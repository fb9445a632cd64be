import { findingsOf } from './finding-definition.js';

/** Findings of JSON Schema validation; each diagnostic names the failed keyword, e.g. `schema:required`. */
export const schemaFindings = findingsOf('schema', {
  schema: {
    severity: 'error',
    summary: {
      en: 'The knowledge graph built from the sources validates against its JSON Schema.',
      sv: 'Kunskapsgrafen som byggs från källorna följer sitt JSON-schema.',
    },
    why: {
      en: 'Apps rely on the published schema; a graph that breaks it would break them.',
      sv: 'Appar förlitar sig på det publicerade schemat; en graf som bryter mot det skulle få dem att fallera.',
    },
    kinds: {
      en: 'Each finding names the JSON Schema keyword that failed: `schema:required`, `schema:type`, `schema:pattern`, …',
      sv: 'Varje fynd anger det JSON Schema-nyckelord som inte uppfylldes: `schema:required`, `schema:type`, `schema:pattern`, …',
    },
  },
});

/** Ids that stand for a family of findings `<id>:<kind>`. */
export type FindingFamily = keyof typeof schemaFindings;
