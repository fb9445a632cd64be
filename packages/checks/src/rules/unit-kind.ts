import { doseKindProblem } from '@guideline-as-code/dose';
import { defineRule } from '../define-rule.js';
import { doseSource, drugEntries } from '../doses/lexicon-drug.js';
import { unitLooksWrong } from '../doses/unit-looks-wrong.js';
import { allDoses } from '../doses/component-values.js';

/**
 * A dose written in a kind (flat, per m², per kg, AUC) that the drug is never given in, or
 * whose number belongs to another kind the drug is given in (`karboplatin 5 mg/m2`).
 */
export const unitKind = defineRule({
  id: 'unit-kind',
  severity: 'error',
  docs: {
    summary: {
      en: 'A dose is written in a kind the drug is given in: flat (`mg`), per body surface (`mg/m2`), per weight (`mg/kg`) or as a target AUC.',
      sv: 'En dos skrivs i ett slag som läkemedlet ges i: fast (`mg`), per kroppsyta (`mg/m2`), per vikt (`mg/kg`) eller som mål-AUC.',
    },
    why: {
      en: '`dostarlimab 500 mg/m2` would be about 900 mg for an average adult: the unit, not only the number, must be right.',
      sv: '`dostarlimab 500 mg/m2` blir ungefär 900 mg för en genomsnittlig vuxen: enheten måste stämma, inte bara talet.',
    },
    examples: {
      fail: [
        { markdown: '# 13 Återfall\n\nDostarlimab 500 mg/m2 var 3:e vecka rekommenderas.\n' },
        { markdown: '# 13 Återfall\n\nKombinationen karboplatin 5 mg/m2 och paklitaxel 175 mg/m2 används.\n' },
      ],
      pass: [{ markdown: '# 13 Återfall\n\nDostarlimab 500 mg var 3:e vecka rekommenderas.\n' }],
    },
  },
  check({ guideline, index, report }) {
    const entryOf = drugEntries(guideline.lexicon);
    for (const dose of allDoses(index)) {
      const drug = entryOf(dose);
      if (!drug) continue;
      const problem = doseKindProblem(dose, drug);
      const message = problem ? { en: `${problem.message.en}.`, sv: `${problem.message.sv}.` } : unitLooksWrong(dose, drug);
      if (message) report({ message, source: doseSource(dose) });
    }
  },
});
