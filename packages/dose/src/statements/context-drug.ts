import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import { drugNamedIn, type HeadingDrug } from './heading-drug.js';

/**
 * How many sentences before a dose are looked at for its drug. Prose names a drug and gives its
 * dose in the next sentence or two (`Oxikodon 10 mg/ml. Till patienter utan … rekommenderas
 * 2,5–5 mg`); further back the drug may well be another.
 */
export const SENTENCES_LOOKED_BACK = 3;

/**
 * Words that say the drug an earlier sentence names is one not to give (`Cisplatin ska undvikas
 * …`, `… är kontraindicerat`, `ges inte`): its drug is not passed on.
 */
const SPEAKS_AGAINST = /(?<!\p{L})(inte|ej|icke|aldrig|undvik\p{L}*|kontraindi\p{L}*|intolerans\p{L}*|allergi\p{L}*|överkänslig\p{L}*|not|never|avoid\p{L}*|contraindicat\p{L}*)(?!\p{L})/iu;

/**
 * Words that make the drug named within a few words after them a point in time (`Efter avslutad
 * behandling med cisplatin …`, `… före karboplatin`): the dose that follows may be of another drug.
 */
const TIME_REFERENCE = /(?<!\p{L})(efter|före|innan|after|before|following)(?!\p{L})/iu;

/** How many words before a drug's name `TIME_REFERENCE` is looked for. */
const TIME_REFERENCE_REACH = 4;

/** Whether the drug whose name starts at `nameAt` of sentence `said` is named as a point in time. */
function namedAsTime(said: string, nameAt: number): boolean {
  const words = said.slice(0, nameAt).split(/[^\p{L}]+/u).filter(Boolean);
  return words.slice(-TIME_REFERENCE_REACH).some((word) => TIME_REFERENCE.test(word));
}

/** Words of a dose's sentence that say its drug is another than the one before (`I stället ges …`). */
const ANOTHER_DRUG = /(?<!\p{L})(stället|istället|alternativt|annars|instead|alternatively|otherwise)(?!\p{L})/iu;

/** What the sentences before a dose say of its drug. */
export type EarlierSentencesDrug = HeadingDrug | 'several' | 'none';

/** A sentence of the paragraph before the text: the drug it names, its text, and whether it gives a dose, and one with no drug. */
export interface EarlierSentence {
  drug: EarlierSentencesDrug;
  text: string;
  druglessDose: boolean;
  givesDose: boolean;
}

/**
 * The drug of the nearest of the `SENTENCES_LOOKED_BACK` sentences before sentence `sentence` of
 * the text (then of `earlier()`, what the paragraph's sentences before the text name, nearest first) that
 * names any: that drug when it names exactly one, `several` when it names two, a regimen or a
 * compound (no drug is given then), `none` when none of them names a drug (the headings decide).
 * A sentence on the way that gives a dose with no drug (`druglessSentences`, `druglessDose`: a name
 * the lexicon does not know) is `several`: that dose is another drug's.
 * A drug that the sentence naming it speaks against (`SPEAKS_AGAINST`) or names as a point in time
 * (`TIME_REFERENCE`), or that the dose's sentence says is not the one meant (`ANOTHER_DRUG`), is
 * `several` too: which drug is meant is not clear.
 */
export function earlierSentencesDrug(
  sentence: number,
  spans: readonly { first: number; next: number }[],
  stream: TokenStream,
  elements: readonly Element[],
  text: string,
  druglessSentences: ReadonlySet<number>,
  earlier: () => readonly EarlierSentence[],
): EarlierSentencesDrug {
  const another = () => ANOTHER_DRUG.test(sentenceText(stream, text, spans[sentence]));
  let looked = 0;
  for (let index = sentence - 1; index >= 0 && looked < SENTENCES_LOOKED_BACK; index--, looked++) {
    const span = spans[index];
    if (span === undefined) continue;
    // `Mannitol 20 g ges före.` with a name the lexicon does not know: its dose is another drug's.
    if (druglessSentences.has(index)) return 'several';
    const found = drugNamedIn(stream, elements, text, span, 'several');
    const start = stream.startOf(span.first);
    if (found !== 'none') return passedOn(found, sentenceText(stream, text, span), found === 'several' ? 0 : found.start - start, another, { sentence: null });
  }
  if (looked === SENTENCES_LOOKED_BACK) return 'none';
  for (const [index, { drug, text: said, druglessDose }] of earlier().slice(0, SENTENCES_LOOKED_BACK - looked).entries()) {
    if (druglessDose) return 'several';
    if (drug !== 'none') return passedOn(drug, said, drug === 'several' ? 0 : drug.start, another, { sentence: index });
  }
  return 'none';
}

/**
 * The drug an earlier sentence (`said`, the name at `nameAt` in it) names, as passed on to the
 * dose: `several` when it names more than one, speaks against it, names it as a point in time, or
 * the dose's sentence sets it aside (`another`).
 */
function passedOn(found: HeadingDrug | 'several', said: string, nameAt: number, another: () => boolean, from: { sentence: number | null }): EarlierSentencesDrug {
  if (found === 'several' || SPEAKS_AGAINST.test(said) || namedAsTime(said, nameAt) || another()) return 'several';
  return { ...found, from };
}

/** The text of the sentence with tokens `span`. */
function sentenceText(stream: TokenStream, text: string, span: { first: number; next: number } | undefined): string {
  return span === undefined || span.next <= span.first ? '' : text.slice(stream.startOf(span.first), stream.endOf(span.next - 1));
}
