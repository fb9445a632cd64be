import { pathToFileURL } from 'node:url';
import { findingDefinition, type Diagnostic, type FindingId, type Source } from '@guideline-as-code/types';
import { ruleDocumentationUrl, rulesDocumentationUrl } from '@guideline-as-code/checks';
import { fingerprintKey, fingerprints, type TextOf } from './fingerprint.js';
import type { Language } from './language.js';

/** What a SARIF log needs beyond the findings: where the project is and how the run ended. */
export interface SarifContext {
  toolVersion: string;
  /** The project root, which the `%SRCROOT%` base URI names. */
  root: string;
  /** The exit code of this run of `check`. */
  exitCode: number;
  /** The source files' text, for fingerprints. */
  textOf: TextOf;
}

/** The base that every artifact URI is relative to: the project (repository) root. */
const sourceRoot = '%SRCROOT%';

/**
 * SARIF 2.1.0, for code scanning. Each result carries a fingerprint that survives moving the
 * text to another line (fingerprint.ts), so that code scanning tracks a finding across commits;
 * files are relative to `%SRCROOT%`; the run says how it ended. Acknowledged findings carry an
 * in-source suppression with the editor's reason, as SARIF intends.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], language: Language, context: SarifContext): string {
  const ruleIds = [...new Set(diagnostics.map((diagnostic) => diagnostic.ruleId))].sort();
  const prints = fingerprints(diagnostics, context.textOf);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'guideline',
            version: context.toolVersion,
            informationUri: rulesDocumentationUrl,
            rules: ruleIds.map((id) => describeRule(id, language)),
          },
        },
        // A file URI of a folder must end in a slash, or relative URIs resolve beside it.
        originalUriBaseIds: { [sourceRoot]: { uri: `${pathToFileURL(context.root).href.replace(/\/?$/, '/')}` } },
        // Findings do not make a run unsuccessful: exit code 1 is the check's verdict, and the tool ran to completion.
        invocations: [{ executionSuccessful: true, exitCode: context.exitCode }],
        language,
        results: diagnostics.map((diagnostic, index) => ({
          ruleId: diagnostic.ruleId,
          ruleIndex: ruleIds.indexOf(diagnostic.ruleId),
          level: diagnostic.severity === 'info' ? 'note' : diagnostic.severity,
          message: { text: diagnostic.message[language] },
          locations: diagnostic.source ? [physical(diagnostic.source)] : [],
          partialFingerprints: { [fingerprintKey]: prints[index] },
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
      // A relative URI reference: each path segment percent-encoded (a space or `å` in a file name).
      artifactLocation: { uri: source.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: sourceRoot },
      region: { startLine: source.start.line, startColumn: source.start.column, endLine: source.end.line, endColumn: source.end.column },
    },
  };
}
