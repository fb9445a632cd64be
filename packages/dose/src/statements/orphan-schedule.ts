import type { DoseDiagnostic } from '../dose-types.js';
import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';

/** Elements that say how a course repeats: `Ny kur dag 22`, `Cykellängd 21 dagar`. */
const REPEAT_KINDS: ReadonlySet<Element['kind']> = new Set(['restart', 'cycle-length']);
/** Counts of cycles: the course's when the sentence opens with them (`Totalt 6 cykler.`) or gives them (`Behandlingen ges i 6 cykler.`). */
const CYCLE_KINDS: ReadonlySet<Element['kind']> = new Set(['cycles', 'times']);
/** Verbs that make an interval the course's: `Upprepas var 21:a dag`, `Kuren upprepas var tredje vecka`. */
const REPEAT_VERBS = ['upprepas', 'upprepa', 'repeteras', 'repeat', 'repeated'];
/** Verbs that give cycles now (`ges i 6 cykler`); a past tense tells of a study (`Studien pågick i 3 kurer`). */
const GIVING_VERBS = ['ges', 'given', 'is', 'are'];

/**
 * Sentences that say how a course repeats (`Upprepas var 21:a dag.`, `Ny kur dag 22.`, `Totalt 6
 * cykler.`) but hold no dose and name no drug, after a sentence with a dose (`hasDoseBefore`): the
 * schedule is not given to the doses before it, so each is reported rather than lost in silence.
 * Sentences are `spans` of tokens of `text`; `withDoses` and `naming` say which sentences have doses or name
 * a drug or regimen.
 */
export function orphanScheduleFindings(
  text: string,
  stream: TokenStream,
  elements: readonly Element[],
  spans: readonly { first: number; next: number }[],
  withDoses: ReadonlySet<number>,
  naming: ReadonlySet<number>,
  hasDoseBefore: (sentence: number) => boolean,
): DoseDiagnostic[] {
  const findings: DoseDiagnostic[] = [];
  let element = 0;
  for (const [sentence, span] of spans.entries()) {
    const inSentence: Element[] = [];
    while (element < elements.length && elements[element]!.first < span.next) {
      if (elements[element]!.first >= span.first) inSentence.push(elements[element]!);
      element++;
    }
    if (withDoses.has(sentence) || naming.has(sentence)) continue;
    const repeats = repeatsCourse(stream, span, inSentence);
    if (repeats.length === 0 || !hasDoseBefore(sentence)) continue;
    const start = stream.startOf(repeats[0]!.first);
    const end = stream.endOf(repeats.at(-1)!.next - 1);
    findings.push(orphanScheduleFinding(text.slice(start, end), start, end));
  }
  return findings;
}

/** The elements of a sentence that say how the course repeats: a restart or cycle length, an interval with a repeat verb, cycles given. */
function repeatsCourse(stream: TokenStream, span: { first: number; next: number }, elements: readonly Element[]): Element[] {
  let repeats = false;
  let gives = false;
  for (let index = span.first; index < span.next; index++) {
    repeats ||= stream.isWord(index, REPEAT_VERBS);
    gives ||= stream.isWord(index, GIVING_VERBS);
  }
  return elements.filter(
    (element) =>
      REPEAT_KINDS.has(element.kind) ||
      (repeats && element.kind === 'schedule') ||
      (CYCLE_KINDS.has(element.kind) && (repeats || gives || element.first === span.first || stream.isWord(span.first, ['totalt', 'total']))),
  );
}

function orphanScheduleFinding(written: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-partial-reading',
    message: {
      en: `\`${written}\` says how the treatment repeats in a sentence without a dose; it is not given to the doses before it (write it in the sentence of the dose)`,
      sv: `\`${written}\` säger hur behandlingen upprepas i en mening utan dos; det läggs inte till doserna före (skriv det i dosens mening)`,
    },
    start,
    end,
  };
}
