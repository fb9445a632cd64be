import type { Diagnostic } from '@guideline-as-code/model';
import { LineIndex } from '../text/line-index.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Decodes a source file as UTF-8. Bytes that are not UTF-8 are reported at their line and
 * column and read as U+FFFD, so the rest of the file is still checked. A byte-order mark is
 * dropped (it is not text); NUL characters are reported.
 */
export function decodeSource(file: string, bytes: Uint8Array, diagnostics: Diagnostic[]): string {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
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
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    diagnostics.push({
      ruleId: 'control-character',
      severity: 'error',
      message: {
        en: 'This file contains a NUL character, which is never part of guideline text; remove it.',
        sv: 'Filen innehåller ett NUL-tecken, som aldrig hör till riktlinjetext; ta bort det.',
      },
      source: new LineIndex(file, text).span(nul, nul + 1),
    });
  }
  return text;
}
