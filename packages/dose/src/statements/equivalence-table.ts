import type { DoseDiagnostic } from '../dose-types.js';
import type { TokenStream } from '../grammar/token-stream.js';
import { hasSchedule, type Draft } from './draft.js';

/**
 * Words that say the amounts of a table or list are equivalent to one another (a conversion or
 * potency table), not doses to give: `ekvivalenta doser`, `jämförbara doser`, `ekvipotent`,
 * `ekvianalgetisk`, `omräkning`, `konvertering`, and their English forms.
 */
const EQUIVALENCE_WORD =
  /^(ekvivalen|ekvipoten|ekvianalget|jämförbar|omräkning|konverter|equivalen|equipoten|equianalges|conversion|converting)/;

/** What an equivalence table or a table row of amounts is, when a sentence is one. */
export type AmountTableKind = 'equivalence' | 'columns';

/**
 * Whether the drafts of one sentence are the cells of an equivalence or conversion table rather
 * than doses. Two structures make a sentence such a table, and only when none of its amounts has
 * a schedule (an interval, days, times per day or cycles: a dose list states when to give):
 *
 * - `equivalence`: an equivalence word stands in the sentence or in the heading above it, and the
 *   amounts belong to at least two different drugs (`Jämförbara doser: Betametason: 0,60 mg
 *   Dexametason: 0,75 mg …`), so the drugs are set side by side, not given together;
 * - `columns`: two amounts stand right next to each other with no word between them (`Morfin
 *   10 mg 30 mg`, `120 mg 80 mg 16 mg`): cells of the columns of a flattened table, which no
 *   Swedish dose phrase writes, and whose column headings the reading has lost.
 *
 * Passing: `Cisplatin 75 mg/m2 och etoposid 100 mg/m2 dag 1 var 3:e vecka` (a schedule, no
 * equivalence word, no amounts side by side) stays two doses.
 */
export function amountTableKind(
  drafts: readonly Draft[],
  stream: TokenStream,
  first: number,
  next: number,
  heading: string,
): AmountTableKind | null {
  if (drafts.length < 2 || drafts.some(hasSchedule)) return null;
  const amountAt = new Set(drafts.map((draft) => draft.amountFirst));
  if (drafts.some((draft) => draft.dose.doseKind !== 'radiation' && amountAt.has(draft.amountNext))) return 'columns';
  const drugs = new Set(drafts.map((draft) => draft.dose.drug).filter((drug) => drug !== null));
  if (drugs.size < 2) return null;
  for (let i = first; i < next; i++) {
    const token = stream.tokens[i];
    if (token?.kind === 'word' && EQUIVALENCE_WORD.test(token.lower)) return 'equivalence';
  }
  return heading.toLowerCase().split(/[^\p{L}]+/u).some((word) => EQUIVALENCE_WORD.test(word)) ? 'equivalence' : null;
}

/**
 * The finding of a row of amounts side by side with no equivalence word: the column headings
 * that say what each amount is were lost, so none is read as a dose, and the row is reported.
 */
export function tableRowFinding(rowText: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `Amounts stand side by side as the columns of a table (\`${rowText}\`); it is not clear which of them, if any, is a dose`,
      sv: `Mängderna står sida vid sida som kolumner i en tabell (\`${rowText}\`); det framgår inte vilken av dem, om någon, som är en dos`,
    },
    start,
    end,
  };
}
