import type { DoseDiagnostic } from '../dose-types.js';
import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { NearName, NearNames } from '../lexicon/near-names.js';

/** The message and fix of an `unknown-drug` finding for a word close to a lexicon name. */
export function misspeltNameFinding(word: string, near: NearName, context: { en: string; sv: string }): Pick<DoseDiagnostic, 'message' | 'fix'> {
  return {
    message: {
      en: `\`${word}\`${context.en} is not a drug in the lexicon; did you mean ${near.entry.inn}?`,
      sv: `\`${word}\`${context.sv} finns inte i läkemedelslexikonet; menade du ${near.name}?`,
    },
    fix: { en: `Write \`${near.name}\` (${near.entry.inn}) instead of \`${word}\``, sv: `Skriv \`${near.name}\` i stället för \`${word}\`` },
  };
}

/**
 * Words of a sentence that holds a dose, within a small edit distance of a lexicon name
 * (`medroxiprogeseronacetat (MPA) 160 mg`): reported as `unknown-drug` with the name as fix,
 * even where the dose still finds its drug through another name. Tokens `[first, next)`;
 * words already reported (by their start offset) and words of known names are skipped.
 */
export function misspeltNamesIn(
  stream: TokenStream,
  first: number,
  next: number,
  elements: readonly Element[],
  near: NearNames,
  reported: ReadonlySet<number>,
): DoseDiagnostic[] {
  const found: DoseDiagnostic[] = [];
  const named = new Set<number>();
  for (const element of elements) {
    if (element.kind !== 'mention' || element.next <= first || element.first >= next) continue;
    for (let index = element.first; index < element.next; index++) named.add(index);
  }
  for (let index = first; index < next; index++) {
    const token = stream.at(index);
    if (token === undefined || token.kind !== 'word' || named.has(index) || reported.has(token.start)) continue;
    const suggestion = near.nearest(token.text);
    if (suggestion === null) continue;
    found.push({ ruleId: 'unknown-drug', ...misspeltNameFinding(token.text, suggestion, { en: '', sv: '' }), start: token.start, end: token.end });
  }
  return found;
}
