import { findingIds, findingRegistry, type FindingOrigin, type RegisteredFindingId } from '@guideline-as-code/types';
import type { Rule, RuleExample } from '../define-rule.js';

/** Section titles and lead-ins, in the order the documentation lists the origins. */
const origins: Record<FindingOrigin, { title: string; lead: string }> = {
  reading: {
    title: 'Reading the sources',
    lead: 'Reported before any rule runs, when a file, its YAML or the chapter’s Markdown cannot be read as intended.',
  },
  dose: { title: 'Reading doses', lead: 'Reported by the dose grammar while it reads the doses of a sentence.' },
  lexicon: { title: 'The drug lexicon', lead: 'Reported while the drug lexicon (`guideline-src/lexicon/*.yaml` and the substance index `atc-index.tsv`) is read.' },
  schema: { title: 'Schema validation', lead: 'The knowledge graph is validated against its published JSON Schema.' },
  rule: {
    title: 'Consistency rules',
    lead: 'The rules of `@guideline-as-code/checks`, run on the knowledge graph. Each has examples that are run as tests.',
  },
  suppression: { title: 'Acknowledgements', lead: 'Findings about `<!-- guideline-ignore … -->` comments themselves.' },
  config: { title: 'Configuration', lead: 'Findings about `guideline.config.json`.' },
  internal: { title: 'The tool itself', lead: 'A bug in the tool, not in the guideline.' },
};

/**
 * The findings documentation (docs/rules.md), generated from the registry of finding ids and
 * the rules' examples so that it cannot drift from the code: a test compares it with the
 * committed file.
 */
export function renderRulesDocs(rules: readonly Rule<never>[]): string {
  const lines = [
    '<!-- Generated from packages/types/src/findings and packages/checks/src/rules by `pnpm --filter @guideline-as-code/checks docs`. Do not edit. -->',
    '',
    '# Findings',
    '',
    'Every finding of `guideline check` has one of these ids. Configure a rule in',
    '`guideline.config.json` (`"rules": { "<id>": "off" | "info" | "warning" | "error" }`), or',
    'acknowledge one finding in the source with `<!-- guideline-ignore <id>: <reason> -->`',
    'directly before the paragraph, list item or table it concerns.',
    '',
    '| Id | Default | What it reports |',
    '| --- | --- | --- |',
    ...findingIds.map((id) => `| [\`${id}\`](#${id}) | ${findingRegistry[id].severity} | ${findingRegistry[id].summary.en} |`),
    '',
  ];
  const examplesOf = new Map<string, Rule<never>['docs']['examples']>(rules.map((rule) => [rule.id, rule.docs.examples]));
  for (const origin of Object.keys(origins) as FindingOrigin[]) {
    const ids = findingIds.filter((id) => findingRegistry[id].origin === origin);
    if (ids.length === 0) continue;
    lines.push(`## ${origins[origin].title}`, '', origins[origin].lead, '');
    for (const id of ids) lines.push(...describe(id, examplesOf.get(id)));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function describe(id: RegisteredFindingId, examples: Rule<never>['docs']['examples'] | undefined): string[] {
  const { severity, summary, why, kinds } = findingRegistry[id];
  return [
    `### ${id}`,
    '',
    `**${summary.en}**`,
    '',
    `*${summary.sv}*`,
    '',
    `Default severity: \`${severity}\`.`,
    '',
    ...(kinds ? [kinds.en, '', `*${kinds.sv}*`, ''] : []),
    why.en,
    '',
    `*${why.sv}*`,
    '',
    ...(examples ? [...renderExamples('Reported', examples.fail), ...renderExamples('Not reported', examples.pass)] : []),
  ];
}

function renderExamples(title: string, list: readonly RuleExample[]): string[] {
  return list.flatMap((example) => [
    `${title}:`,
    '',
    '````markdown',
    example.markdown.trimEnd(),
    '````',
    '',
    ...(example.references ? ['with `references.yaml`:', '', '```yaml', example.references.trimEnd(), '```', ''] : []),
    ...(example.trials ? ['with `trials.yaml`:', '', '```yaml', example.trials.trimEnd(), '```', ''] : []),
  ]);
}
