import type { RegimenComponentNode } from '@guideline-as-code/model';
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
      const missing = [...new Set(rows.flatMap((row) => row.notStated))].filter((field) => fieldNames[field]);
      if (missing.length === 0) continue;
      const list = (language: 'en' | 'sv') => missing.map((field) => fieldNames[field]![language]).join(', ');
      report({
        message: {
          en: `Regimen \`${regimen.name}\` does not state: ${list('en')}. Apps get these as “not stated”.`,
          sv: `Regimen \`${regimen.name}\` anger inte: ${list('sv')}. Appar får dem som ”ej angivet”.`,
        },
        source: regimen.source,
      });
    }
  },
});
