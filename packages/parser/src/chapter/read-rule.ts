import type { LeafDirective } from 'mdast-util-directive';
import { factsOf, parseCondition, toJsonLogic } from '@guideline-as-code/conditions';
import type { RecommendationNode, RuleNode, StatementNode } from '@guideline-as-code/model';
import type { Field } from '@guideline-as-code/types';
import { attributeSpans } from '../text/directive-attributes.js';
import { silent, statedAt } from '../text/stated.js';
import { inlineText } from '../text/inline-text.js';
import type { ChapterState } from './state.js';

/** The directive of a decision rule: `::villkor[mmr-status är dMMR]{regim=dostarlimab}`. */
export const ruleDirectiveNames = new Set(['villkor', 'condition']);

/**
 * Reads a decision rule written next to a recommendation: its condition over patient facts,
 * the recommendation it applies (the bullet it stands in, or a sentence of the paragraph
 * before it, chosen with `mening="Vid dMMR"` when the paragraph has several) and the
 * regimens it gives (`regim=karpak,dostarlimab`).
 */
export function readRule(node: LeafDirective, state: ChapterState, recommendation?: RecommendationNode): void {
  const section = state.section!;
  const source = state.lines.span(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const { text } = inlineText(node, state.text, state.lines);
  const leading = text.text.length - text.text.trimStart().length;
  const conditionText = text.text.trim();
  const parsed = parseCondition(conditionText, state.vocabulary.facts);
  if (parsed.problem) {
    state.diagnostics.push({
      ruleId: 'rule-condition',
      severity: 'error',
      message: { en: parsed.problem.en, sv: parsed.problem.sv },
      source: text.span(leading + parsed.problem.start, leading + parsed.problem.end),
    });
  }
  const regimenKeys = (node.attributes?.['regim'] ?? node.attributes?.['regimen'] ?? '').split(/[,\s]+/).filter(Boolean);
  const target = recommendation ?? targetStatement(node, state);
  if (!target) return;
  const count = (state.ruleCounts.get(section.id) ?? 0) + 1;
  state.ruleCounts.set(section.id, count);
  // A rule in a recommendation bullet without an id is reported once, for the recommendation.
  if (!node.attributes?.id && !recommendation) {
    state.diagnostics.push({
      ruleId: 'missing-id',
      severity: 'error',
      message: {
        en: 'This decision rule has no id; add one: `::villkor[…]{#short-name}`.',
        sv: 'Beslutsregeln saknar id; lägg till ett: `::villkor[…]{#kort-namn}`.',
      },
      source,
    });
  }
  const rule = state.builder.add<RuleNode>({
    id: `rule:${node.attributes?.id ?? `${section.number}:${count}`}`,
    type: 'rule',
    source,
    key: node.attributes?.id ?? `${section.number}:${count}`,
    conditionText: statedAt(conditionText, text.span(leading, leading + conditionText.length), state.text),
    condition: parsed.condition,
    jsonLogic: parsed.condition ? toJsonLogic(parsed.condition) : null,
    facts: parsed.condition ? factsOf(parsed.condition) : [],
    recommendation: target.id,
    regimens: regimenKeys.map((key) => `regimen:${key}`),
    regimenLink: regimenLink(regimenKeys, node, state),
  });
  state.builder.link('contains', section.id, rule.id);
  state.builder.link('refersTo', rule.id, target.id);
  for (const regimen of rule.regimens) state.builder.link('refersTo', rule.id, regimen);
}

/** The regimen keys with the span of the `regim=…` attribute that writes them. */
function regimenLink(keys: string[], node: LeafDirective, state: ChapterState): Field<string[]> {
  if (keys.length === 0) return silent;
  const attributes = attributeSpans(state.text, state.lines, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const place = attributes.get('regim') ?? attributes.get('regimen');
  return place ? statedAt(keys, place, state.text) : silent;
}

/** The sentence before the directive that the rule is about; reported when it cannot be told. */
function targetStatement(node: LeafDirective, state: ChapterState): StatementNode | null {
  const start = node.attributes?.['mening'] ?? node.attributes?.['sentence'];
  const candidates = start ? state.lastStatements.filter((statement) => statement.text.value.startsWith(start)) : state.lastStatements;
  if (candidates.length === 1) return candidates[0]!;
  const source = state.lines.span(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const [en, sv] = start
    ? [`No sentence of the paragraph before starts with \`${start}\`.`, `Ingen mening i stycket före börjar med \`${start}\`.`]
    : candidates.length === 0
      ? ['A `::villkor` rule must follow the paragraph or stand in the bullet it is about.', 'En `::villkor`-regel måste stå efter stycket eller i punkten den gäller.']
      : [
          `The paragraph before has ${candidates.length} sentences; say which one the rule is about with \`mening="…"\` (its first words).`,
          `Stycket före har ${candidates.length} meningar; ange vilken regeln gäller med \`mening="…"\` (dess första ord).`,
        ];
  state.diagnostics.push({ ruleId: 'rule-target', severity: 'error', message: { en, sv }, source });
  return null;
}
