import { doseRangeProblem } from '@guideline-as-code/dose';
import { defineRule } from '../define-rule.js';
import { doseSource, drugEntries } from '../doses/lexicon-drug.js';
import { allDoses } from '../doses/component-values.js';

/** A dose outside the lexicon's plausible range for that drug and schedule. */
export const doseRange = defineRule({
  id: 'dose-range',
  docs: {
    examples: {
      fail: [
        { markdown: '# 13 Återfall\n\nI studieform har paklitaxel i dosen 1750 mg/m2 var 3:e vecka utvärderats.\n' },
        { markdown: '# 13 Återfall\n\nKombinationen karboplatin AUC 50 och paklitaxel 175 mg/m2 används.\n' },
        { markdown: '# 13 Återfall\n\nDostarlimab 5000 mg var 3:e vecka rekommenderas.\n' },
        { markdown: '# 13 Återfall\n\nVid neutropeni ges filgrastim 5 ME/kg sc dagligen.\n' },
      ],
      pass: [
        { markdown: '# 13 Återfall\n\nI studieform har paklitaxel i dosen 175–200 mg/m2 var 3:e vecka utvärderats.\n' },
        { markdown: '# 13 Återfall\n\nVid neutropeni ges filgrastim 0,5 ME/kg sc dagligen.\n' },
      ],
    },
  },
  check({ guideline, index, report }) {
    const entryOf = drugEntries(guideline.lexicon);
    for (const dose of allDoses(index)) {
      const drug = entryOf(dose);
      const problem = drug ? doseRangeProblem(dose, drug) : null;
      if (problem) report({ message: { en: `${problem.message.en}.`, sv: `${problem.message.sv}.` }, source: doseSource(dose) });
    }
  },
});
