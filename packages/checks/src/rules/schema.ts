import { validateGraph } from '@guideline-as-code/model';
import { defineRule } from '../define-rule.js';

/**
 * The graph must validate against the published JSON Schema. Findings are reported as
 * `schema:<keyword>` at the source position of the node concerned. The YAML and JSON sources
 * (lexicon, references, trials, patient facts, guideline.yaml, guideline.config.json) are
 * validated against their own schemas when they are read, with the same `schema:<keyword>`
 * ids at the line and column of the YAML or JSON value.
 */
export const schema = defineRule({
  id: 'schema',
  docs: {
    examples: {
      fail: [],
      pass: [{ markdown: '# 13 Återfall\n\nText.\n' }],
    },
  },
  check({ guideline, report }) {
    // Nodes of chapters read on their own were validated then (their findings came with the chapter).
    const validated = guideline.validatedNodes;
    const rest = validated.size === 0 ? guideline.graph : { ...guideline.graph, nodes: guideline.graph.nodes.filter((node) => !validated.has(node.id)) };
    for (const diagnostic of validateGraph(rest)) {
      report({ message: diagnostic.message, source: diagnostic.source, kind: diagnostic.ruleId.replace(/^schema:/, '') });
    }
  },
});
