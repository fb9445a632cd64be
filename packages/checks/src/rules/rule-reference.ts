import { defineRule } from '../define-rule.js';

/** A decision rule (`::villkor`) that names a regimen the guideline does not define. */
export const ruleReference = defineRule({
  id: 'rule-reference',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\nDostarlimab rekommenderas vid dMMR.\n::villkor[mmr-status är dMMR]{regim=dostarlimabb}\n' }],
      pass: [
        {
          markdown:
            '# 13 Återfall\n\nDostarlimab 500 mg var 3:e vecka rekommenderas vid dMMR.\n::villkor[mmr-status är dMMR]{regim=dostarlimab}\n\n:::regimen[Dostarlimab]{#dostarlimab}\n| Läkemedel | Dos | Intervall |\n| --- | --- | --- |\n| dostarlimab | 500 mg | var 3:e vecka |\n:::\n',
        },
      ],
    },
  },
  check({ index, report }) {
    for (const rule of index.ofType('rule')) {
      for (const regimen of rule.regimens) {
        if (index.get(regimen)?.type === 'regimen') continue;
        const key = regimen.replace(/^regimen:/, '');
        const known = index.ofType('regimen').map((r) => `\`${r.key}\``).join(', ') || '–';
        report({
          message: {
            en: `Rule \`${rule.key}\` names regimen \`${key}\`, which is not defined; defined regimens are ${known}.`,
            sv: `Regeln \`${rule.key}\` anger regimen \`${key}\`, som inte är definierad; definierade regimer är ${known}.`,
          },
          source: rule.source,
        });
      }
    }
  },
});
