import { findingDefinition, type Diagnostic, type FindingId, type Source } from '@guideline-as-code/types';
import { ruleDocumentationUrl, rulesDocumentationUrl } from '@guideline-as-code/checks';
import type { Language } from './language.js';

/**
 * SARIF 2.1.0, for code-scanning tools. Acknowledged findings carry an in-source
 * suppression with the editor's reason, as SARIF intends.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], language: Language, toolVersion: string): string {
  const ruleIds = [...new Set(diagnostics.map((diagnostic) => diagnostic.ruleId))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'guideline',
            version: toolVersion,
            informationUri: rulesDocumentationUrl,
            rules: ruleIds.map((id) => describeRule(id, language)),
          },
        },
        language,
        results: diagnostics.map((diagnostic) => ({
          ruleId: diagnostic.ruleId,
          ruleIndex: ruleIds.indexOf(diagnostic.ruleId),
          level: diagnostic.severity === 'info' ? 'note' : diagnostic.severity,
          message: { text: diagnostic.message[language] },
          locations: diagnostic.source ? [physical(diagnostic.source)] : [],
          ...(diagnostic.related?.length
            ? {
                relatedLocations: diagnostic.related.map((related, id) => ({
                  id,
                  ...physical(related.source),
                  ...(related.message ? { message: { text: related.message[language] } } : {}),
                })),
              }
            : {}),
          ...(diagnostic.suppressed ? { suppressions: [{ kind: 'inSource', justification: diagnostic.suppressed.reason }] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function describeRule(id: FindingId, language: Language) {
  const { summary, why, severity } = findingDefinition(id);
  return {
    id,
    shortDescription: { text: summary[language] },
    fullDescription: { text: why[language] },
    helpUri: ruleDocumentationUrl(id),
    defaultConfiguration: { level: severity === 'info' ? 'note' : severity },
  };
}

function physical(source: Source) {
  return {
    physicalLocation: {
      artifactLocation: { uri: source.file },
      region: { startLine: source.start.line, startColumn: source.start.column, endLine: source.end.line, endColumn: source.end.column },
    },
  };
}
