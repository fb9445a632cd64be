import { doseKindProblem } from '@guideline-as-code/dose';
import { defineRule } from '../define-rule.js';
import { doseSource, drugEntries } from '../doses/lexicon-drug.js';
import { unitLooksWrong } from '../doses/unit-looks-wrong.js';
import { allDoses } from '../doses/component-values.js';

/**
 * A dose written in a kind (flat, per m², per kg, AUC, million units) that the drug is never
 * given in, or whose number belongs to another kind the drug is given in (`karboplatin 5 mg/m2`).
 * A dose in million units (`500 ME`) is reported for every drug whose lexicon entry does not give
 * it in them, even an entry that states no dose kinds.
 */
export const unitKind = defineRule({
  id: 'unit-kind',
  docs: {
    examples: {
      fail: [
        { markdown: '# 13 Återfall\n\nDostarlimab 500 mg/m2 var 3:e vecka rekommenderas.\n' },
        { markdown: '# 13 Återfall\n\nKombinationen karboplatin 5 mg/m2 och paklitaxel 175 mg/m2 används.\n' },
        { markdown: '# 13 Återfall\n\nDostarlimab 500 ME var 3:e vecka rekommenderas.\n' },
      ],
      pass: [
        { markdown: '# 13 Återfall\n\nDostarlimab 500 mg var 3:e vecka rekommenderas.\n' },
        { markdown: '# 13 Återfall\n\nVid neutropeni ges filgrastim 30 ME sc dagligen.\n' },
      ],
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
