import { LineIndex, type Diagnostic } from '@guideline-as-code/types';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * C0 control characters other than tab, line feed, carriage return and form feed, and DEL.
 * They are never guideline text and are invisible in most editors (a NUL from a broken
 * export, a backspace pasted from a terminal); Markdown reads NUL as U+FFFD.
 */
const controlCharacter = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/**
 * Decodes a source file as UTF-8. Bytes that are not UTF-8 are reported at their line and
 * column and read as U+FFFD, so the rest of the file is still checked. A byte-order mark is
 * dropped (it is not text); control characters such as NUL are reported.
 */
export function decodeSource(file: string, bytes: Uint8Array, diagnostics: Diagnostic[]): string {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    // Not UTF-8: decode again, leniently, and report where the first bad byte stands.
    text = lenientUtf8.decode(bytes);
    const at = text.indexOf('\uFFFD');
    diagnostics.push({
      ruleId: 'encoding',
      severity: 'error',
      message: {
        en: 'This file is not valid UTF-8 (perhaps saved as Latin-1 or Windows-1252); the unreadable bytes were replaced by �. Save the file as UTF-8.',
        sv: 'Filen är inte giltig UTF-8 (kanske sparad som Latin-1 eller Windows-1252); oläsbara byte ersattes med �. Spara filen som UTF-8.',
      },
      source: new LineIndex(file, text).span(Math.max(0, at), Math.max(0, at) + 1),
    });
  }
  reportControlCharacters(file, text, diagnostics);
  return text;
}

/** One finding per file, at the first control character, with how many there are. */
function reportControlCharacters(file: string, text: string, diagnostics: Diagnostic[]): void {
  const found = [...text.matchAll(controlCharacter)];
  const first = found[0];
  if (!first) return;
  const code = `U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = first[0] === '\u0000' ? 'NUL' : code;
  diagnostics.push({
    ruleId: 'control-character',
    severity: 'error',
    message: {
      en: `This file contains ${found.length} control character(s) such as ${name} (${code}), which are never part of guideline text; remove them.`,
      sv: `Filen innehåller ${found.length} styrtecken som ${name} (${code}), som aldrig hör till riktlinjetext; ta bort dem.`,
    },
    source: new LineIndex(file, text).span(first.index, first.index + 1),
  });
}
