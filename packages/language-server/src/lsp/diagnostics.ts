import { DiagnosticSeverity, type DiagnosticRelatedInformation, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocumentationUrl } from '@guideline-as-code/checks';
import type { Diagnostic, LocalizedText, Source } from '@guideline-as-code/types';
import type { ServerSettings } from '../settings.js';
import { fileUri } from '../workspace/locate.js';
import { findingData } from './finding-data.js';
import { rangeOf } from './positions.js';

const acknowledgedWord: LocalizedText = { sv: 'godtagen', en: 'acknowledged' };
const relatedWord: LocalizedText = { sv: 'samma fynd', en: 'same finding' };
const severities = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** Where the document being reported on is. */
export interface DocumentPlace {
  document: TextDocument;
  root: string;
  relative: string;
}

/**
 * A finding as an editor shows it: the message in the chosen language with the fix under it,
 * the rule id as `code` linking to the rule's documentation, the related places (the other
 * statement of the same dose) as related information. An acknowledged finding is a hint that
 * gives the reason, or left out when the settings say so.
 */
export function toLspDiagnostic(finding: Diagnostic & { source: Source }, place: DocumentPlace, settings: ServerSettings): LspDiagnostic | null {
  const { language } = settings;
  if (finding.suppressed && !settings.showAcknowledged) return null;
  const acknowledged = finding.suppressed ? ` [${acknowledgedWord[language]}: ${finding.suppressed.reason}]` : '';
  const fix = finding.fix ? `\n${finding.fix[language]}` : '';
  const related: DiagnosticRelatedInformation[] = (finding.related ?? []).map((other) => ({
    location: {
      uri: fileUri(place.root, other.source.file),
      range: rangeOf(other.source, other.source.file === place.relative ? place.document : undefined),
    },
    message: other.message?.[language] ?? relatedWord[language],
  }));
  return {
    range: rangeOf(finding.source, place.document),
    severity: finding.suppressed ? DiagnosticSeverity.Hint : severities[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocumentationUrl(finding.ruleId) },
    source: 'guideline',
    message: finding.message[language] + acknowledged + fix,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data: findingData(finding, place.document.version),
  };
}

/** The findings of one file, as LSP diagnostics. */
export function documentDiagnostics(findings: readonly Diagnostic[], place: DocumentPlace, settings: ServerSettings): LspDiagnostic[] {
  const diagnostics: LspDiagnostic[] = [];
  for (const finding of findings) {
    if (finding.source?.file !== place.relative) continue;
    const diagnostic = toLspDiagnostic(finding as Diagnostic & { source: Source }, place, settings);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}
