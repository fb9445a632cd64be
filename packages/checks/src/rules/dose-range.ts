import { doseRangeProblem } from '@guideline-as-code/dose';
import { defineRule } from '../define-rule.js';
import { doseSource, drugEntries } from '../doses/lexicon-drug.js';
import { allDoses } from '../doses/component-values.js';

/** A dose outside the lexicon's plausible range for that drug and schedule. */
export const doseRange = defineRule({
  id: 'dose-range',
  severity: 'error',
  docs: {
    summary: {
      en: 'Every dose lies within the plausible range the drug lexicon gives for the drug and its schedule.',
      sv: 'Varje dos ligger inom det rimliga intervall som läkemedelslexikonet anger för läkemedlet och schemat.',
    },
    why: {
      en: 'A misplaced decimal comma or an extra zero (`1750 mg/m2`) is the most dangerous typing error in a guideline. The ranges come from each product’s SmPC and are limits for catching such errors, not advice.',
      sv: 'Ett felplacerat decimalkomma eller en nolla för mycket (`1750 mg/m2`) är det farligaste skrivfelet i ett vårdprogram. Intervallen kommer från respektive produktresumé och är gränser för att fånga sådana fel, inte råd.',
    },
    examples: {
      fail: [
        { markdown: '# 13 Återfall\n\nI studieform har paklitaxel i dosen 1750 mg/m2 var 3:e vecka utvärderats.\n' },
        { markdown: '# 13 Återfall\n\nKombinationen karboplatin AUC 50 och paklitaxel 175 mg/m2 används.\n' },
        { markdown: '# 13 Återfall\n\nDostarlimab 5000 mg var 3:e vecka rekommenderas.\n' },
      ],
      pass: [{ markdown: '# 13 Återfall\n\nI studieform har paklitaxel i dosen 175–200 mg/m2 var 3:e vecka utvärderats.\n' }],
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
