import type { DecisionRule } from '../../runtime/rule-types.js';
import type { DocFor } from '../../typescript/literal-expression.js';

/** JSDoc for the rules literal: each rule's condition as written, its recommendation and where it stands. */
export function ruleDocs(rules: readonly DecisionRule[]): DocFor {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return (path) => {
    const rule = path.length === 1 && typeof path[0] === 'string' ? byId.get(path[0]) : undefined;
    if (!rule) return undefined;
    const { recommendation } = rule;
    const grade = recommendation.grade.notStated ? '' : ` ${recommendation.grade.text}`;
    return [
      `När: \`${rule.conditionText.value}\``,
      '',
      `${recommendation.text.value}${grade}`,
      '',
      `Avsnitt ${recommendation.section.number} ${recommendation.section.title} — ${recommendation.source.file}:${recommendation.source.start.line}`,
    ].join('\n');
  };
}
