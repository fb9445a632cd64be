import type { RegimenComponentNode, RegimenNode } from '@guideline-as-code/model';
import type { Field } from '@guideline-as-code/types';
import { regimenFieldNames as fieldNames } from '@guideline-as-code/parser';
import { defineRule } from '../define-rule.js';

/** A regimen with fields the text does not give (`ej angivet`): published as not stated, and pointed out. */
export const regimenIncomplete = defineRule({
  id: 'regimen-incomplete',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\nKarboplatin AUC 5 ges.\n\n:::regimen[Karboplatin]{#karboplatin}\n| Läkemedel | Dos | Intervall |\n| --- | --- | --- |\n| karboplatin | AUC 5 | ej angivet |\n:::\n' }],
      pass: [{ markdown: '# 13 Återfall\n\nKarboplatin AUC 5 ges iv var 3:e vecka i 6 cykler under maximalt 1 år.\n\n:::regimen[Karboplatin]{#karboplatin}\n| Läkemedel | Dos | Väg | Intervall | Cykler | Maximal behandlingstid |\n| --- | --- | --- | --- | --- | --- |\n| karboplatin | AUC 5 | iv | var 3:e vecka | 6 | 1 år |\n:::\n' }],
    },
  },
  check({ index, report }) {
    for (const regimen of index.ofType('regimen')) {
      const rows = index.targets(regimen.id, 'contains').filter((node): node is RegimenComponentNode => node.type === 'regimenComponent');
      const missing = [...new Set(rows.flatMap((row) => unstated(row, regimen.kind)))];
      if (missing.length === 0) continue;
      const list = (language: 'en' | 'sv') => missing.map((field) => fieldNames[field]?.[language] ?? field).join(', ');
      report({
        message: {
          en: `Regimen \`${regimen.name.value}\` does not state: ${list('en')}. Apps get ${missing.length === 1 ? 'this' : 'these'} as “not stated”.`,
          sv: `Regimen \`${regimen.name.value}\` anger inte: ${list('sv')}. Appar får ${missing.length === 1 ? 'det' : 'dem'} som ”ej angivet”.`,
        },
        source: regimen.source,
      });
    }
  },
});

/**
 * The table fields a row does not state, by their names in messages. In a drug regimen a
 * missing column leaves a field unsaid; in a radiotherapy regimen only a cell that says
 * `ej angivet` does, since drug columns do not apply to a fractionation.
 */
function unstated(row: RegimenComponentNode, kind: RegimenNode['kind']): string[] {
  const cells: [string, Field<unknown>][] = [
    ['drug', row.drugName],
    ['dose', row.amount.notStated ? row.fractionation : row.amount],
    ['interval', row.intervalDays],
    ['route', row.route],
    ['cycles', row.cycles.notStated ? row.cyclesInWords : row.cycles],
    ['maxDuration', row.maxDuration],
  ];
  return cells.filter(([, field]) => field.notStated && (kind === 'drug' || field.source !== null)).map(([name]) => name);
}
