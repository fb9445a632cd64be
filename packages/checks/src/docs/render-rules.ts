import { readingFindings } from '@guideline-as-code/parser';
import type { Rule, RuleExample } from '../define-rule.js';

/**
 * The rules documentation (docs/rules.md), generated from the rule modules so that it
 * cannot drift from the code: a test compares it with the committed file.
 */
export function renderRulesDocs(rules: readonly Rule<never>[]): string {
  const lines = [
    '<!-- Generated from packages/checks/src/rules by `pnpm --filter @guideline-as-code/checks docs`. Do not edit. -->',
    '',
    '# Rules',
    '',
    'Every finding of `guideline check` names one of these rules. Configure a rule in',
    '`guideline.config.json` (`"rules": { "<id>": "off" | "info" | "warning" | "error" }`), or',
    'acknowledge one finding in the source with `<!-- guideline-ignore <id>: <reason> -->`',
    'directly before the paragraph, list item or table it concerns.',
    '',
    '| Rule | Default | What it checks |',
    '| --- | --- | --- |',
    ...rules.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} | ${rule.docs.summary.en} |`),
    '',
  ];
  lines.push(
    '## Findings while reading the sources',
    '',
    'Reported before any rule runs, when a file cannot be read as intended. They are errors or warnings as stated in the message, and can be acknowledged like rule findings.',
    '',
    '| Id | What it reports |',
    '| --- | --- |',
    ...Object.entries(readingFindings).map(([id, text]) => `| \`${id}\` | ${text.en} *${text.sv}* |`),
    '',
  );
  for (const rule of rules) {
    lines.push(`## ${rule.id}`, '', `**${rule.docs.summary.en}**`, '', `*${rule.docs.summary.sv}*`, '');
    lines.push(`Default severity: \`${rule.severity}\`.`, '', rule.docs.why.en, '', `*${rule.docs.why.sv}*`, '');
    lines.push(...examples('Reported', rule.docs.examples.fail), ...examples('Not reported', rule.docs.examples.pass));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function examples(title: string, list: readonly RuleExample[]): string[] {
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
