import type { LocalizedText } from '@guideline-as-code/types';
import { defineRule } from '../define-rule.js';

/** What a message calls each kind of node whose id an editor writes. */
const kinds: Record<string, LocalizedText> = {
  trial: { en: 'trial', sv: 'studie' },
  regimen: { en: 'regimen', sv: 'regim' },
  rule: { en: 'decision rule', sv: 'beslutsregel' },
  recommendation: { en: 'recommendation', sv: 'rekommendation' },
  drug: { en: 'drug', sv: 'läkemedel' },
};

/**
 * Two trials, regimens or decision rules with the same id. The second keeps a `~2` suffix in
 * the graph so that both are read; published ids must be unique, so it is an error.
 * (Section numbers and references have rules of their own.)
 */
export const duplicateId = defineRule({
  id: 'duplicate-id',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\nText.\n::villkor[alltid]{#samma}\n\nMer text.\n::villkor[alltid]{#samma}\n' }],
      pass: [{ markdown: '# 13 Återfall\n\nText.\n::villkor[alltid]{#en}\n\nMer text.\n::villkor[alltid]{#annan}\n' }],
    },
  },
  check({ index, report }) {
    for (const [type, kind] of Object.entries(kinds)) {
      for (const node of index.ofType(type as 'trial')) {
        const suffix = /~\d+$/.exec(node.id);
        if (!suffix) continue;
        const first = index.get(node.id.slice(0, suffix.index));
        const id = node.id.slice(node.id.indexOf(':') + 1, suffix.index);
        report({
          message: { en: `The ${kind.en} id \`${id}\` is used twice.`, sv: `Id:t \`${id}\` för ${kind.sv} används två gånger.` },
          source: node.source,
          ...(first ? { related: [{ source: first.source, message: { en: 'first use', sv: 'första förekomsten' } }] } : {}),
        });
      }
    }
  },
});
