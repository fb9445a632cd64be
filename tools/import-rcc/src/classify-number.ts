/**
 * Telling citation numbers from numbers that are not citations.
 *
 * In the plain text a citation is a bare digit run after the last word of a clause:
 * "sjukdom 83153154." Most numbers in a clinical text are something else: doses, counts,
 * years, trial names, section numbers. Each rule below recognises one kind of number that is
 * not a citation and says why; the rules run in order and the first that matches decides.
 * A number that survives all of them and stands where citations stand is split into citation
 * numbers. Where the text allows two readings we report instead of guessing.
 */
import { splitGluedCitations, type ReferenceRange } from './split-citations.js';
import { ABBREVIATIONS, COUNT_LABELS, DATE_WORDS, FUNCTION_WORDS, TRIAL_SERIES, UNIT } from './word-lists.js';

/** A number token as printed, e.g. "83153154", "0,97", "13.3.2.1", "1:1". */
export const NUMBER_TOKEN = /\d+(?:[.,:]\d+)*/gu;

export interface NumberContext {
  readonly token: string;
  /** Paragraph text before the token. */
  readonly before: string;
  /** Paragraph text after the token. */
  readonly after: string;
}

export type NotCitationReason =
  | 'section-number'
  | 'decimal'
  | 'ratio'
  | 'hyphenated-word'
  | 'range'
  | 'not-standalone'
  | 'thousands-group'
  | 'sentence-initial'
  | 'multiplier'
  | 'quantity'
  | 'year'
  | 'trial-number'
  | 'count'
  | 'followed-by-text';

export type Classification =
  | { readonly kind: 'citation'; readonly numbers: readonly number[] }
  | { readonly kind: 'not-citation'; readonly reason: NotCitationReason }
  | { readonly kind: 'report'; readonly message: string };

/** The context of a token, cut into the pieces the rules look at. */
interface Ctx extends NumberContext {
  readonly prev: string | undefined;
  readonly next: string | undefined;
  readonly charBefore: string | undefined;
  readonly charAfter: string | undefined;
}

type Rule = (c: Ctx) => NotCitationReason | undefined;

const SPACE = /\s/u; // includes U+00A0, which the chapter uses between number and unit

function lastWord(text: string): string | undefined {
  const words = text.trimEnd().split(/\s+/u);
  const word = words[words.length - 1];
  return word === '' ? undefined : word;
}

function firstWord(text: string): string | undefined {
  const word = text.trimStart().split(/\s+/u)[0];
  return word === '' ? undefined : word;
}

/** The word without case and surrounding symbols: ">grad" → "grad", "våren," → "våren". */
function bare(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/^[^\p{L}\p{N}]+|[.,;:!?]+$/gu, '');
}

/** "13.3.2.1": Swedish decimals use a comma, so dotted numbers are section numbers. */
const sectionNumber: Rule = (c) =>
  c.token.includes('.') || ['avsnitt', 'kapitel'].includes(bare(c.prev)) ? 'section-number' : undefined;

/** "13,1", "0,97": a decimal number is a measurement. */
const decimal: Rule = (c) => (c.token.includes(',') ? 'decimal' : undefined);

/** "1:1" randomisation ratios. */
const ratio: Rule = (c) => (c.token.includes(':') ? 'ratio' : undefined);

/** "158-studien", "3-årsöverlevnaden": the number is part of a hyphenated word (a trial, a period). */
const hyphenatedWord: Rule = (c) => (/^[-–]\p{L}/u.test(c.after) ? 'hyphenated-word' : undefined);

/** "50–75", "20-30": either end of a numeric range. */
const range: Rule = (c) => (/^[-–]\d/u.test(c.after) || /\d[-–]$/u.test(c.before) ? 'range' : undefined);

/**
 * Citations stand alone: whitespace before, and whitespace, clause punctuation or the end of the
 * paragraph after. "MPA160", "mg/m2", "(arm 1)", "3:e", "89,4%" are parts of other tokens.
 */
const notStandalone: Rule = (c) => {
  const before = c.charBefore === undefined || SPACE.test(c.charBefore);
  const after = c.charAfter === undefined || SPACE.test(c.charAfter) || /^[.,;:!?](\s|$)/u.test(c.after);
  return before && after ? undefined : 'not-standalone';
};

/** "1 000 mg/dag": Swedish groups thousands with a space, so "000" is not a separate number. */
const thousandsGroup: Rule = (c) =>
  (/^\d{3}$/u.test(c.token) && /\d\s$/u.test(c.before)) || /^\d{1,3}$/u.test(c.token) && /^\s\d{3}(?!\d)/u.test(c.after)
    ? 'thousands-group'
    : undefined;

/** "76 % rapporterade …": citations follow a word; a number that opens a sentence is data. */
const sentenceInitial: Rule = (c) => {
  if (c.prev === undefined) return 'sentence-initial';
  if (ABBREVIATIONS.has(c.prev.toLowerCase())) return undefined;
  return /[.!?:(]$/u.test(c.prev) ? 'sentence-initial' : undefined;
};

/** "4 Gy x 5": the number of fractions or cycles, not citation 5. */
const multiplier: Rule = (c) => (['x', '×', 'gånger'].includes(bare(c.prev)) ? 'multiplier' : undefined);

/** A number followed by a unit is a measurement. */
const quantity: Rule = (c) => (c.next !== undefined && SPACE.test(c.charAfter ?? '') && UNIT.test(c.next) ? 'quantity' : undefined);

const YEAR = /^(?:19|20)\d\d$/u;

/** "våren 2022.", "från 2010,": after a date word a 19xx/20xx number is a year, although 20,22 would split. */
const year: Rule = (c) => (YEAR.test(c.token) && DATE_WORDS.has(bare(c.prev)) ? 'year' : undefined);

/** "GOG 209", "Keynote 775,": the number belongs to the trial name. */
const trialNumber: Rule = (c) => (c.token.length <= 4 && TRIAL_SERIES.has(c.prev ?? '') ? 'trial-number' : undefined);

const countLabel: Rule = (c) => (COUNT_LABELS.has(bare(c.prev)) ? 'count' : undefined);

/** Rules in the order they are tried; the first that matches decides. */
const RULES: readonly Rule[] = [
  sectionNumber, decimal, ratio, hyphenatedWord, range, notStandalone, thousandsGroup,
  sentenceInitial, multiplier, quantity, year, trialNumber, countLabel,
];

/** A clause ends here: full stop, comma, semicolon etc. followed by space, or end of paragraph. */
function atClauseEnd(after: string): boolean {
  return after === '' || /^[.,;:!?](\s|$)/u.test(after);
}

function describe(options: readonly (readonly number[])[]): string {
  return options.map((o) => o.join(', ')).join(' | ');
}

/** Classifies one number token in its paragraph context. */
export function classifyNumber(context: NumberContext, refs: ReferenceRange): Classification {
  const c: Ctx = {
    ...context,
    prev: lastWord(context.before),
    next: firstWord(context.after),
    charBefore: context.before.at(-1),
    charAfter: context.after[0],
  };
  for (const rule of RULES) {
    const reason = rule(c);
    if (reason) return { kind: 'not-citation', reason };
  }
  const split = splitGluedCitations(c.token, refs);
  const shown = `"${c.prev ?? ''} ${c.token}"`;

  // Mid-sentence, only a run too long to be a quantity (5+ digits, as Swedish text groups
  // thousands with spaces) is read as glued citations: "subtyp 166167168 mars 2022".
  if (!atClauseEnd(c.after)) {
    if (c.token.length <= 4) return { kind: 'not-citation', reason: 'followed-by-text' };
    if (split.kind === 'unique') return { kind: 'citation', numbers: split.numbers };
    if (split.kind === 'ambiguous') return { kind: 'report', message: `${shown}: glued citations split equally well as ${describe(split.options)}` };
    return { kind: 'report', message: `${shown}: long number followed by text that is no valid citation group in ${refs.min}–${refs.max}` };
  }

  // At the end of a clause: where citations stand, unless the word before makes it doubtful.
  if (c.prev && !/[\p{L}\p{N}%)”"’]$/u.test(c.prev)) {
    return { kind: 'report', message: `${shown}: number at the end of a clause after a symbol; citation or data?` };
  }
  if (FUNCTION_WORDS.has(bare(c.prev))) {
    return { kind: 'report', message: `${shown}: number after "${c.prev}" at the end of a clause; count or citation?` };
  }
  if (c.token.length <= 4 && c.prev && /^\p{Lu}[\p{Lu}\d-]+$/u.test(c.prev)) {
    return { kind: 'report', message: `${shown}: number after the name "${c.prev}"; identifier or citation?` };
  }
  if (YEAR.test(c.token)) {
    return split.kind === 'none'
      ? { kind: 'not-citation', reason: 'year' }
      : { kind: 'report', message: `${shown}: year or citations (${split.kind === 'unique' ? split.numbers.join(', ') : describe(split.options)})?` };
  }
  if (split.kind === 'unique') return { kind: 'citation', numbers: split.numbers };
  if (split.kind === 'ambiguous') return { kind: 'report', message: `${shown}: glued citations split equally well as ${describe(split.options)}` };
  return { kind: 'report', message: `${shown}: stands where a citation would but is no valid citation group in ${refs.min}–${refs.max}` };
}
