import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Root } from 'mdast';
import type { LocalizedText } from '@guideline-as-code/types';
import type { Language } from '../settings.js';
import { readFindingData } from './finding-data.js';
import { ignoreComment, placeholderReason } from './ignore-comment.js';

const acknowledgeTitle: LocalizedText = {
  sv: 'Godta fyndet med en guideline-ignore-kommentar (ange skälet)',
  en: 'Acknowledge the finding with a guideline-ignore comment (give the reason)',
};
const replaceTitle = (text: string): LocalizedText => ({ sv: `Ersätt med ”${text}”`, en: `Replace with “${text}”` });

/**
 * The quick fixes for the diagnostics an editor asks about: replace the text with what the
 * finding suggests, where it suggests something, and acknowledge a finding that is not yet
 * acknowledged with a `guideline-ignore` comment whose placeholder reason the editor must
 * replace. Edits name the document version they were made for, so an editor refuses to apply
 * them to a newer text; a diagnostic from an older version gets none (new ones are on the way).
 */
export function quickFixes(document: TextDocument, tree: () => Root, diagnostics: readonly LspDiagnostic[], language: Language): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = readFindingData(diagnostic.data);
    if (!data || data.version !== document.version) continue;
    for (const replacement of data.replacements) {
      actions.push(action(replaceTitle(replacement.text)[language], diagnostic, document, replacement.start, replacement.end, replacement.text, true));
    }
    if (data.acknowledged) continue;
    const comment = ignoreComment(document.getText(), tree(), data.ruleId, data.start, data.end, placeholderReason[language]);
    if (comment) actions.push(action(acknowledgeTitle[language], diagnostic, document, comment.offset, comment.offset, comment.newText, false));
  }
  return actions;
}

function action(title: string, diagnostic: LspDiagnostic, document: TextDocument, start: number, end: number, newText: string, preferred: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    ...(preferred ? { isPreferred: true } : {}),
    edit: {
      documentChanges: [
        {
          textDocument: { uri: document.uri, version: document.version },
          edits: [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText }],
        },
      ],
    },
  };
}
