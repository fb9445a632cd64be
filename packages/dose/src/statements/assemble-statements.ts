import type { DoseDiagnostic, OpenRange } from '../dose-types.js';
import { formatAmountText } from '../format/format-amount.js';
import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { NearNames } from '../lexicon/near-names.js';
import { emptyDose, extendDraft, type Draft } from './draft.js';
import { bindMention, mentionOf, type ElementOf, type Mention } from './mention.js';
import { nameRegimen } from './name-regimen.js';
import { StatementLinks } from './statement-links.js';
import { listedDrugsBefore } from './listed-drugs.js';
import { misspeltNameFinding, misspeltNamesIn } from './misspelt-names.js';
import { compoundBefore, unknownDrugBefore, type UnknownDrugWord } from './unknown-drug-before.js';
import { mergeTotalFirst } from './merge-total-first.js';
import { combinationOf, modifierTargets, shareField, type ModifierField } from './shared-modifiers.js';
import { limitOf, type LimitKind } from '../grammar/read-limit.js';
import { drugRoleOf } from './drug-role.js';
import type { PremedicationCue } from '../grammar/read-cues.js';
import type { ReadSpan } from './partial-reading.js';
import { wordBlockingInheritance } from './inheritance-blocker.js';

/** Trailing modifiers attach to a statement only when at most this many tokens stand between. */
const MODIFIER_GAP = 3;
/** `karboplatin (AUC 5)`: an AUC is a dose only right after its drug, */
const AUC_GAP = 2;

/**
 * …or anywhere later in the clause when the lexicon says the drug is dosed by AUC
 * (`karboplatin doseras till mål-AUC 4`, a regimen table's `5 x(GFR + 25) mg`).
 */
function aucReaches(mention: Mention, element: ElementOf<'amount'>): boolean {
  if (element.first - mention.next <= AUC_GAP) return true;
  return mention.entry.kind === 'drug' && mention.entry.doseKinds.some((fact) => fact.kind === 'auc');
}
/** `sju cykler KarPak`, `six cycles of KarPak`: a count of cycles just before a name. */
const CYCLES_BEFORE_NAME_GAP = 2;

/** Elements that only count as read when a statement took them in (a schedule left beside a dose was not read). */
const MODIFIERS: ReadonlySet<Element['kind']> = new Set([
  'schedule', 'pause', 'cycles', 'times', 'duration', 'route', 'cycle-days', 'restart', 'cycle-length',
]);

/** A conversion (`motsvarar`) takes in the amounts this many tokens before and after it. */
const CONVERSION_REACH = 3;

/** Above this, `x N` right after an amount is a number of cycles; up to it, doses per day. */
const MOST_TIMES_PER_DAY = 3;

/** `8 mg x 2`, `1000 mg/m² p.o. x2`: how many times a day, never a number of cycles. */
function isTimesPerDay(draft: Draft, count: OpenRange): boolean {
  return draft.dose.amount !== null && draft.dose.unit !== 'Gy' && count.high !== null && count.high <= MOST_TIMES_PER_DAY;
}

/**
 * Turns elements into dose statements, one sentence at a time: an amount or radiotherapy
 * phrase starts a statement; a drug named earlier in the sentence carries over to a later bare
 * amount; schedules, cycles, routes and limits attach to the statement they follow (or to the
 * drug they precede); `(KarPak)` after a combination names its regimen.
 */
export class StatementAssembler {
  readonly drafts: Draft[] = [];
  readonly diagnostics: DoseDiagnostic[] = [];
  private readonly links: StatementLinks;
  private sentence = 0;
  private sentenceFirst = 0;
  private mention: Mention | null = null;
  /** Index in `elements` of the element that started the current mention. */
  private mentionIndex = -1;
  /** The names found in the current sentence, whose words are never misspellings. */
  private sentenceMentions: Element[] = [];
  /** The statement that trailing modifiers attach to. */
  private open: Draft | null = null;
  private lastInSentence: Draft | null = null;
  /** Modifiers written before the name or amount they belong to. */
  private preRoute: ElementOf<'route'> | null = null;
  private preSchedule: ElementOf<'schedule'> | null = null;
  private preCycles: ElementOf<'cycles'> | null = null;
  /** `Dag 1:` heading the sentence: the days of every dose in it that states none. */
  private sentenceDays: ElementOf<'cycle-days'> | null = null;
  /** `Doser över`: the amount right after it is a threshold. */
  private thresholdNext = -1;
  /** `motsvarar`: amounts starting before this token are one side of a conversion, not doses. */
  private conversionUntil = -1;
  /** `schemat för`: a drug right after it, and its amount, name a regimen. */
  private nameCueNext = -1;
  /** `maxdos`: amounts after it in the sentence are limits, until another drug is named. */
  private limitCue: LimitKind | null = null;
  /** `kroppsyta` after a statement: a flat amount right after it is the table's maximum dose. */
  private basis: { draft: Draft; next: number } | null = null;
  /** `laddningsdos`, `underhållsdos`: the phase of the next amount. */
  private phaseCue: { kind: 'loading' | 'maintenance'; next: number } | null = null;
  /** `peg-filgrastim`: a word holding a known name, which may be another drug than the mention. */
  private compound: ElementOf<'compound'> | null = null;
  /** The sentence names a drug given before the treatment (`före behandling`). */
  private premedicationCue: PremedicationCue | null = null;
  /** Every token span a statement or a non-dose element read, for the partial-reading check. */
  readonly read: ReadSpan[] = [];
  readonly sentenceEnds = new Set<number>();
  /** Doses reported `dose-without-drug`, with their finding (a heading may still give them a drug). */
  readonly withoutDrug = new Map<Draft, DoseDiagnostic>();
  /** Token span of each sentence, by sentence number. */
  readonly sentenceSpans: { first: number; next: number }[] = [];
  /** Sentences that name a drug or regimen, and sentences that say premedication. */
  readonly namingSentences = new Set<number>();
  readonly premedicationSentences = new Map<number, PremedicationCue>();
  /** Tokens inside any element, which are never taken for an unknown drug between two doses. */
  readonly inElement: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly stream: TokenStream,
    private readonly elements: readonly Element[],
    private readonly near: NearNames,
  ) {
    this.links = new StatementLinks(stream, elements);
    this.inElement = new Uint8Array(stream.length);
    for (const element of elements) this.inElement.fill(1, element.first, element.next);
  }

  run(): void {
    this.elements.forEach((element, index) => {
      this.stream.work.steps++;
      if (element.kind === 'mention') {
        this.namingSentences.add(this.sentence);
        if (!this.isDiluentAside(element)) this.mentionIndex = index;
        this.sentenceMentions.push(element);
      }
      if (!MODIFIERS.has(element.kind)) this.read.push({ first: element.first, next: element.next });
      if (element.kind === 'sentence-end') this.sentenceEnds.add(element.first);
      this.accept(element, this.elements[index + 1]);
    });
    this.endSentence(this.stream.length);
    // Findings of misspelt names are added per sentence, after those of its doses.
    this.diagnostics.sort((a, b) => a.start - b.start);
  }

  private accept(element: Element, following: Element | undefined): void {
    const open = this.open;
    const near = open !== null && element.first - open.next <= MODIFIER_GAP ? open : null;
    const rightBefore = following !== undefined && following.first === element.next ? following : undefined;
    switch (element.kind) {
      case 'sentence-end':
        return this.endSentence(element.next);
      case 'mention':
        return this.acceptMention(element);
      case 'amount':
        return this.acceptAmount(element);
      case 'radiation': {
        if (element.first === this.thresholdNext) return;
        if (mergeTotalFirst(this.open, element)) return;
        const draft = this.startDraft(element.first, element.next, element.first);
        draft.stated = element.fractionation;
        draft.dose.unit = 'Gy';
        draft.dose.doseKind = 'radiation';
        return;
      }
      case 'route':
        if (rightBefore?.kind === 'mention' || rightBefore?.kind === 'amount') this.preRoute = element;
        else if (near?.dose.route === null) this.attach(near, element.next, (d) => (d.route = element.route));
        // `Docetaxel Intravenös infusion 250 ml … 75 mg/m²`: a route between a name and its amount.
        else if (open === null && this.mention !== null && !this.mention.used) this.mention.route ??= element.route;
        return;
      case 'schedule':
        // `Dygnsdos 8–32 mg`: a schedule right before an amount with no dose open before it.
        if (rightBefore?.kind === 'mention' || (rightBefore?.kind === 'amount' && near === null)) this.preSchedule = element;
        else if (near !== null && element.intervalDays.high < 1) this.attachTimesPerDay(near, element);
        else if (near !== null) this.share(near, element, 'intervalDays', element.intervalDays);
        return;
      case 'cycle-days':
        // `Trastuzumab 600 mg sc och pertuzumab 420 mg iv dag 1`: days of the cycle are the whole combination's.
        if (near !== null && near.dose.days === null) {
          shareField(combinationOf(this.drafts, near), 'days', element.days);
          extendDraft(near, element.next);
        }
        // `Dag 1: paklitaxel …, karboplatin …`: days that head the sentence go to each of its doses.
        else if (this.open === null && this.stream.isPunct(element.next, ':')) {
          this.sentenceDays = element;
          this.read.push({ first: element.first, next: element.next });
        }
        return;
      case 'restart':
        if (near !== null) {
          this.share(near, element, 'cycleLengthDays', element.cycleLengthDays);
          // `x 2 /dag dag 1–14, cykelintervall 21 dagar`: with days of a cycle, the interval is the cycle's.
          if (near.dose.days !== null && near.dose.intervalDays !== null && near.dose.intervalDays.high <= 1) near.dose.intervalDays = null;
          this.share(near, element, 'intervalDays', { low: element.cycleLengthDays, high: element.cycleLengthDays });
        }
        return;
      case 'cycle-length':
        if (near !== null) this.share(near, element, 'cycleLengthDays', element.cycleLengthDays);
        return;
      case 'threshold':
        this.thresholdNext = element.next;
        return;
      case 'name-cue':
        this.nameCueNext = element.next;
        return;
      case 'conversion-cue':
        this.conversionUntil = element.next + CONVERSION_REACH;
        if (open !== null && open === this.lastInSentence && element.first - open.next <= CONVERSION_REACH) this.dropDraft(open);
        return;
      case 'limit-cue':
        this.limitCue = element.limit;
        return;
      case 'phase-cue':
        this.phaseCue = { kind: element.phase, next: element.next };
        return;
      case 'compound':
        this.compound = element;
        return;
      case 'premedication-cue':
        // `premedicering` outranks a mere `före behandling` in the same sentence.
        if (this.premedicationCue !== 'explicit') this.premedicationCue = element.cue;
        return;
      case 'basis':
        if (open !== null && element.first - open.next <= 2) {
          extendDraft(open, element.next);
          this.basis = { draft: open, next: element.next };
        }
        return;
      case 'pause':
        if (near?.dose.pause === null) this.attach(near, element.next, (d) => (d.pause = element.pause));
        return;
      case 'cycles':
        return this.acceptCycles(element, following, near);
      case 'times': {
        const mention = this.mention;
        if (mention !== null && mention.next === element.first) this.startCycleOnly(element.cycles, mention, mention.prefixFirst, element.next);
        else if (open?.next === element.first && open.dose.cycles === null && !isTimesPerDay(open, element.cycles)) {
          this.attach(open, element.next, (d) => (d.cycles = element.cycles));
        } else if (open !== null && element.first - open.next <= 1 && open.dose.timesPerDay === null && isTimesPerDay(open, element.cycles)) {
          const { low, high } = element.cycles;
          this.attach(open, element.next, (d) => (d.timesPerDay = { low: low ?? 1, high: high ?? low ?? 1 }));
        }
        return;
      }
      case 'duration':
        // A limit such as `dock maximalt 2 år` may close a long sentence; it belongs to the last dose.
        if (open?.dose.maxDuration === null) this.attach(open, element.next, (d) => (d.maxDuration = element.duration));
        return;
      case 'joiner':
        return;
    }
  }

  /**
   * `Docetaxel … 250 ml Natriumklorid 9 mg/ml infusion 75 mg/m²`: a diluent (lexicon role)
   * named after a drug is what the drug is given in; the drug keeps its later amount.
   */
  private isDiluentAside(element: ElementOf<'mention'>): boolean {
    return element.entry.kind === 'drug' && element.entry.role === 'diluent' && this.mention !== null && this.mention.entry.kind === 'drug';
  }

  private acceptMention(element: ElementOf<'mention'>): void {
    const { mention, open, stream } = this;
    if (this.isDiluentAside(element)) return;
    const parenthesised = (after: number) => element.first === after + 1 && stream.isPunct(after, '(') && stream.isPunct(element.next, ')');
    // `medroxiprogesteronacetat (MPA)`: the abbreviation repeats the name.
    if (mention !== null && mention.entry === element.entry && parenthesised(mention.next)) {
      mention.next = element.next + 1;
      return;
    }
    // `karboplatin AUC5 /paklitaxel 175 mg/m2 (KarPak)`: the regimen of the combination just read.
    if (element.entry.kind === 'regimen' && open !== null && parenthesised(open.next)) {
      nameRegimen(this.drafts, element.entry.id, this.slice(element.first, element.next));
      return;
    }
    if (this.mention !== null && this.mention.entry !== element.entry) this.limitCue = null;
    this.mention = mentionOf(element, this.preSchedule, this.preRoute);
    this.preSchedule = null;
    this.preRoute = null;
    this.open = null;
    const cycles = this.preCycles;
    this.preCycles = null;
    if (cycles !== null && element.first - cycles.next <= CYCLES_BEFORE_NAME_GAP) {
      this.startCycleOnly(cycles.cycles, this.mention, cycles.first, element.next);
    }
  }

  private acceptAmount(element: ElementOf<'amount'>): void {
    const { stream, mention } = this;
    if (element.first === this.thresholdNext || element.first <= this.conversionUntil) return;
    if (mention !== null && mention.first === this.nameCueNext && mention.next === element.first) return;
    if (this.acceptLimit(element)) return;
    const isAuc = element.amount.doseKind === 'auc';
    const routeBefore = this.preRoute !== null && this.preRoute.next === element.first ? this.preRoute : null;
    const unknown =
      compoundBefore(this.compound, element, mention, stream, this.near) ??
      unknownDrugBefore(stream, routeBefore?.first ?? element.first, this.sentenceFirst, mention, this.near);
    const reachable = unknown === null && mention !== null && (!isAuc || aucReaches(mention, element)) ? mention : null;
    // `cisplatin eller karboplatin 75 mg/m2`: the amount may belong to either drug of the list.
    const listed = reachable !== null && !reachable.used ? listedDrugsBefore(this.elements, this.mentionIndex, stream) : [];
    // `cisplatin 75 mg/m2, därefter vinorelbin 25 mg/m2`: an inherited drug only when no other word could name a drug.
    const previous = this.lastInSentence;
    const blocker =
      reachable !== null && reachable.used && previous !== null
        ? wordBlockingInheritance(stream, this.inElement, previous.next, routeBefore?.first ?? element.first)
        : -1;
    const named = listed.length > 1 || blocker !== -1 ? null : reachable;
    // An AUC with no drug next to it is not a dose (e.g. `tillförlitlighet (AUC 0,97)`).
    if (isAuc && unknown === null && named === null) return;
    const ownName = named !== null && !named.used ? named : null;
    const nameFirst = ownName?.prefixFirst ?? unknown?.index ?? element.first;
    const first = Math.min(nameFirst, routeBefore?.first ?? nameFirst);
    const draft = this.startDraft(first, element.next, element.first);
    const dose = draft.dose;
    dose.amount = element.amount.amount;
    dose.unit = element.amount.unit;
    dose.doseKind = element.amount.doseKind;
    const scheduleBefore = this.preSchedule !== null && this.preSchedule.next === (routeBefore?.first ?? element.first) ? this.preSchedule : null;
    this.preSchedule = null;
    if (scheduleBefore !== null) this.read.push({ first: scheduleBefore.first, next: scheduleBefore.next });
    dose.intervalDays = element.amount.intervalDays ?? ownName?.intervalDays ?? scheduleBefore?.intervalDays ?? null;
    dose.route = routeBefore?.route ?? ownName?.route ?? null;
    if (named !== null) bindMention(draft, named, this.slice(named.first, named.nameNext));
    if (this.phaseCue !== null && element.first - this.phaseCue.next <= MODIFIER_GAP) dose.phaseKind = this.phaseCue.kind;
    this.phaseCue = null;
    // `paklitaxel (175 mg/m2)`: the closing parenthesis belongs to the statement.
    if (stream.isPunct(element.first - 1, '(') && first < element.first - 1 && stream.isPunct(element.next, ')')) draft.next++;
    const amount = formatAmountText(dose);
    if (unknown !== null) {
      dose.drugText = unknown.text;
      this.reportUnknown(unknown, amount);
    } else if (listed.length > 1) {
      const names = listed.map((entry) => `\`${this.slice(entry.first, entry.next)}\``).join(', ');
      this.report('dose-ambiguous', stream.startOf(first), stream.endOf(element.next - 1), {
        en: `Dose \`${amount}\` follows a list of drugs (${names}); it is not clear which one it belongs to`,
        sv: `Dosen \`${amount}\` står efter en uppräkning av läkemedel (${names}); det framgår inte vilket den gäller`,
      });
    } else if (blocker !== -1 && reachable !== null) {
      const word = this.slice(blocker, blocker + 1);
      const earlier = this.slice(reachable.first, reachable.nameNext);
      this.report('dose-ambiguous', stream.startOf(first), stream.endOf(element.next - 1), {
        en: `Dose \`${amount}\` follows \`${word}\`, which may name another drug; it is not given to \`${earlier}\` named earlier`,
        sv: `Dosen \`${amount}\` står efter \`${word}\`, som kan vara ett annat läkemedel; den tillskrivs inte \`${earlier}\` som nämns tidigare`,
      });
    } else if (named === null) {
      this.report('dose-without-drug', stream.startOf(first), stream.endOf(element.next - 1), {
        en: `Dose \`${amount}\` names no drug in its sentence`,
        sv: `Dosen \`${amount}\` anger inget läkemedel i sin mening`,
      });
      const finding = this.diagnostics[this.diagnostics.length - 1];
      if (finding !== undefined) this.withoutDrug.set(draft, finding);
    }
  }

  private reportUnknown(unknown: UnknownDrugWord, amount: string): void {
    const near = unknown.suggestion;
    if (near === null) {
      this.report('unknown-drug', unknown.start, unknown.end, {
        en: `\`${unknown.text}\` next to dose \`${amount}\` is not a drug in the lexicon; add it to the lexicon or correct the spelling`,
        sv: `\`${unknown.text}\` intill dosen \`${amount}\` finns inte i läkemedelslexikonet; lägg till läkemedlet där eller rätta stavningen`,
      });
      return;
    }
    const context = { en: ` next to dose \`${amount}\``, sv: ` intill dosen \`${amount}\`` };
    this.diagnostics.push({ ruleId: 'unknown-drug', ...misspeltNameFinding(unknown.text, near, context), start: unknown.start, end: unknown.end });
  }

  private acceptCycles(element: ElementOf<'cycles'>, following: Element | undefined, near: Draft | null): void {
    const { open, mention } = this;
    if (following?.kind === 'mention' && following.first - element.next <= CYCLES_BEFORE_NAME_GAP) {
      this.preCycles = element;
    } else if (near?.dose.cycles === null) {
      this.share(near, element, 'cycles', element.cycles);
    } else if (open === null && mention !== null && element.first - mention.next <= MODIFIER_GAP) {
      // `pembrolizumab/placebo 6 cykler`, `singel bevacizumab till totalt 16 cykler`: cycles without an amount.
      this.startCycleOnly(element.cycles, mention, mention.prefixFirst, element.next);
    }
  }

  /**
   * `maxdos 20 mg`, `Max ack. dos: 1000 mg/m²`, and a flat amount in a regimen table's maximum
   * column (`10 mg/m² kroppsyta 20 mg`): a limit of the statement of the same drug, never a dose.
   * A limit whose sentence holds no dose of the drug is read (not a dose) but has nowhere to go.
   */
  private acceptLimit(element: ElementOf<'amount'>): boolean {
    const basis = this.basis;
    const fromTable =
      basis !== null && element.first - basis.next <= 1 && element.amount.unit === 'mg' && basis.draft.dose.unit !== 'mg';
    if (!fromTable && this.limitCue === null) return false;
    const kind: LimitKind = fromTable ? 'max-single' : (this.limitCue ?? 'max-single');
    const target = fromTable ? basis.draft : this.lastInSentence;
    this.basis = null;
    const sameDrug = target !== null && (this.mention === null || target.drugEntry === null || target.dose.drug === this.mention.entry.id);
    if (target !== null && sameDrug) {
      const field = kind === 'max-single' ? 'maxSingleDose' : 'cumulativeMaxDose';
      target.dose[field] ??= limitOf(element.amount);
      if (fromTable) extendDraft(target, element.next);
    }
    return true;
  }

  /**
   * `1000 mg/m² två gånger dagligen`, `bid`: the interval stays as written (0.5 days, which
   * `formatDose` writes back the same way), and the times per day are stated as well.
   */
  private attachTimesPerDay(draft: Draft, element: ElementOf<'schedule'>): void {
    const times = { low: Math.round(1 / element.intervalDays.high), high: Math.round(1 / element.intervalDays.low) };
    this.share(draft, element, 'timesPerDay', times);
    this.share(draft, element, 'intervalDays', element.intervalDays);
  }

  /** Gives the modifier to its statement, and to the whole combination when set off by a comma. */
  private share<F extends ModifierField>(near: Draft, element: Element, field: F, value: Draft['dose'][F]): void {
    if (near.dose[field] !== null) return;
    const targets = modifierTargets(this.drafts, near, element.first, this.stream);
    shareField(targets, field, value);
    extendDraft(near, element.next);
  }

  private startCycleOnly(cycles: OpenRange, mention: Mention, first: number, next: number): void {
    const draft = this.startDraft(first, next, next);
    draft.dose.cycles = cycles;
    if (!mention.used) {
      draft.dose.route = mention.route;
      draft.dose.intervalDays = mention.intervalDays;
    }
    bindMention(draft, mention, this.slice(mention.first, mention.nameNext));
  }

  private startDraft(first: number, next: number, amountFirst: number): Draft {
    const previous = this.lastInSentence;
    const dose = emptyDose();
    dose.link = previous === null ? null : this.links.between(previous.next, first);
    const draft: Draft = { dose, first, next, amountFirst, amountNext: next, sentence: this.sentence, drugEntry: null, stated: null };
    if (this.sentenceDays !== null) dose.days = this.sentenceDays.days;
    this.drafts.push(draft);
    this.open = draft;
    this.lastInSentence = draft;
    this.preRoute = null;
    return draft;
  }

  /** `10 mg morfin po motsvarar …`: the statement just read was one side of a conversion, not a dose. */
  private dropDraft(draft: Draft): void {
    this.drafts.splice(this.drafts.indexOf(draft), 1);
    const finding = this.withoutDrug.get(draft);
    if (finding !== undefined) this.diagnostics.splice(this.diagnostics.indexOf(finding), 1);
    this.withoutDrug.delete(draft);
    this.read.push({ first: draft.first, next: draft.next });
    const previous = this.drafts[this.drafts.length - 1];
    this.lastInSentence = previous !== undefined && previous.sentence === this.sentence ? previous : null;
    this.open = null;
  }

  private attach(draft: Draft, next: number, set: (dose: Draft['dose']) => void): void {
    set(draft.dose);
    extendDraft(draft, next);
  }

  private endSentence(next: number): void {
    if (this.lastInSentence !== null) {
      const reported = new Set<number>();
      for (let i = this.diagnostics.length - 1; i >= 0 && (this.diagnostics[i]?.start ?? -1) >= this.stream.startOf(this.sentenceFirst); i--) {
        reported.add(this.diagnostics[i]?.start ?? -1);
      }
      this.diagnostics.push(...misspeltNamesIn(this.stream, this.sentenceFirst, next, this.sentenceMentions, this.near, reported));
    }
    for (let i = this.drafts.length - 1; i >= 0; i--) {
      const draft = this.drafts[i];
      if (draft === undefined || draft.sentence !== this.sentence) break;
      draft.dose.drugRole = drugRoleOf(draft, this.premedicationCue);
      this.read.push({ first: draft.first, next: draft.next });
    }
    if (this.premedicationCue !== null) this.premedicationSentences.set(this.sentence, this.premedicationCue);
    this.sentenceSpans.push({ first: this.sentenceFirst, next });
    this.sentence++;
    this.sentenceFirst = next;
    this.thresholdNext = -1;
    this.nameCueNext = -1;
    this.conversionUntil = -1;
    this.limitCue = null;
    this.basis = null;
    this.phaseCue = null;
    this.premedicationCue = null;
    this.compound = null;
    this.sentenceMentions = [];
    this.mention = null;
    this.open = null;
    this.lastInSentence = null;
    this.preRoute = null;
    this.preSchedule = null;
    this.preCycles = null;
    this.sentenceDays = null;
  }

  /** Source text of the tokens `[first, next)`. */
  private slice(first: number, next: number): string {
    return this.text.slice(this.stream.startOf(first), this.stream.endOf(next - 1));
  }

  private report(ruleId: DoseDiagnostic['ruleId'], start: number, end: number, message: DoseDiagnostic['message']): void {
    this.diagnostics.push({ ruleId, message, start, end });
  }
}
