import type { GraphNode, RecommendationNode, RuleNode, SectionNode, StatementNode } from '@guideline-as-code/model';
import { h } from 'hastscript';
import { word } from '../i18n.js';
import { conditionText } from '../readings/condition-text.js';
import type { PreviewGuideline } from '../site-input.js';
import { page, type PageFrame } from './layout.js';
import { sitePaths } from './site-paths.js';

/**
 * The index of recommendations: each with its grade (words and marks, not colour alone), the
 * readable condition of its rule, its section, and a link to its place in the chapter. Rules
 * on a statement of the prose (not a recommendation bullet) are listed too.
 */
export function recommendationsPage(guideline: PreviewGuideline, frame: PageFrame): string {
  const { language } = frame;
  const nodes = guideline.graph.nodes;
  const byId = new Map<string, GraphNode>(nodes.map((node) => [node.id, node]));
  const rules = nodes.filter((node): node is RuleNode => node.type === 'rule');
  const targets = nodes.filter((node): node is RecommendationNode | StatementNode =>
    node.type === 'recommendation' || (node.type === 'statement' && rules.some((rule) => rule.recommendation === node.id)),
  );
  const rows = targets.map((target) => {
    const rule = rules.find((candidate) => candidate.recommendation === target.id);
    const section = byId.get(target.section) as SectionNode | undefined;
    const grade = target.type === 'recommendation' && !target.grade.notStated ? target.grade.value : undefined;
    const link = `${sitePaths.chapter(target.source.file)}#${target.type === 'recommendation' ? sitePaths.nodeId(target.id) : sitePaths.spanId(target.source)}`;
    return h('tr', { id: `rec-${sitePaths.nodeId(target.id)}` }, [
      h('td', section ? section.number : ''),
      h('td', [h('a', { href: link }, target.text.value)]),
      h('td', grade ? h(`span.grade.grade-${grade.length}`, `(${grade})`) : h('span.not-stated', word('noGrade', language))),
      h('td', rule ? [rule.condition ? conditionText(rule.condition, guideline.patientFacts, language) : rule.conditionText.value, ' ', h('code', rule.conditionText.value)] : '–'),
    ]);
  });
  return page(word('recommendations', language), [
    h('h1', word('recommendations', language)),
    h('table.recommendations-table', [
      h('thead', [h('tr', [h('th', { scope: 'col' }, word('section', language)), h('th', { scope: 'col' }, word('recommendation', language)), h('th', { scope: 'col' }, word('grade', language)), h('th', { scope: 'col' }, word('condition', language))])]),
      h('tbody', rows),
    ]),
  ], frame);
}
