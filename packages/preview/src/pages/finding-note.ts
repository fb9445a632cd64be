import type { Diagnostic } from '@guideline-as-code/types';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { word } from '../i18n.js';
import type { SiteLanguage } from '../site-input.js';
import { withInlineCode } from './inline-code.js';

/** Icons beside the words, so that severity never rests on colour alone. */
const icons = { error: '✖', warning: '▲', info: 'ℹ', acknowledged: '✔' } as const;

/** The kind of a finding as the site shows it: its severity, or acknowledged. */
export function findingKind(diagnostic: Diagnostic): keyof typeof icons {
  return diagnostic.suppressed ? 'acknowledged' : diagnostic.severity;
}

/** The label of a finding: "Fel", "Varning", or "Kvitterat (varning)". */
export function findingLabel(diagnostic: Diagnostic, language: SiteLanguage): string {
  const severity = word(diagnostic.severity, language);
  return diagnostic.suppressed ? `${word('acknowledged', language)} (${severity.toLowerCase()})` : severity;
}

/** A finding shown where it is: icon, label, rule id, message, and the reason of an acknowledgement. */
export function findingNote(diagnostic: Diagnostic, language: SiteLanguage, id: string): Element {
  const kind = findingKind(diagnostic);
  return h(`span.finding.finding-${kind}`, { id, role: 'note', dataRule: diagnostic.ruleId, dataKind: kind }, [
    h('span.finding-icon', { ariaHidden: 'true' }, icons[kind]),
    ' ',
    h('strong.finding-label', findingLabel(diagnostic, language)),
    ' ',
    h('code.finding-rule', diagnostic.ruleId),
    ': ',
    h('span.finding-message', withInlineCode(diagnostic.message[language])),
    ...(diagnostic.suppressed ? [' ', h('span.finding-reason', [h('strong', `${word('reason', language)}:`), ' ', diagnostic.suppressed.reason])] : []),
    ...(!diagnostic.suppressed && diagnostic.fix ? [' ', h('span.finding-fix', [h('strong', `${word('fix', language)}:`), ' ', ...withInlineCode(diagnostic.fix[language])])] : []),
  ]);
}
