import { defineRule } from '../define-rule.js';
import { allDoses } from '../doses/component-values.js';
import { doseSource, drugEntries } from '../doses/lexicon-drug.js';

/**
 * A dose whose drug is known only from the substance index (a substance of the WHO ATC index
 * with no lexicon entry): the dose keeps its drug, but no range, dose kind or role can be
 * checked, so the editor is told instead of the dose passing silently.
 */
export const drugNotInLexicon = defineRule({
  id: 'drug-not-in-lexicon',
  docs: {
    examples: {
      fail: [
        { markdown: '# 13 Återfall\n\nVid smärta ges tapentadol 50 mg.\n' },
        { markdown: '# 13 Återfall\n\nVid oro kan klonazepam 0,5 mg ges.\n' },
      ],
      pass: [
        { markdown: '# 13 Återfall\n\nVid illamående ges ondansetron 8 mg iv.\n' },
        { markdown: '# 13 Återfall\n\nVid smärta ges morfin 10 mg sc.\n' },
      ],
    },
  },
  check({ guideline, index, report }) {
    const entryOf = drugEntries(guideline.lexicon);
    for (const dose of allDoses(index)) {
      const drug = entryOf(dose);
      if (drug?.tier !== 'atc-index') continue;
      const what = `\`${drug.name}\` (${drug.inn}, ATC ${drug.atc.code})`;
      report({
        message: {
          en: `Dose of ${what}: the substance is in the WHO ATC index, but the drug lexicon has no entry for it, so no plausible range, dose kind or role is checked.`,
          sv: `Dos av ${what}: substansen finns i WHO:s ATC-index, men läkemedelslexikonet har ingen post för den, så inget rimligt intervall, doseringssätt eller roll kontrolleras.`,
        },
        fix: {
          en: `Add an entry \`guideline-src/lexicon/${drug.id}.yaml\` with its dose kinds and plausible ranges, each with its source (see guideline-src/lexicon/README.md).`,
          sv: `Lägg till en post \`guideline-src/lexicon/${drug.id}.yaml\` med doseringssätt och rimliga intervall, vart och ett med sin källa (se guideline-src/lexicon/README.md).`,
        },
        source: doseSource(dose),
      });
    }
  },
});
