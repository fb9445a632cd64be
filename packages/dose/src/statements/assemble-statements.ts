import type { DoseDiagnostic } from '../dose-types.js';
import { formatAmountText } from '../format/format-amount.js';
import { formatRange } from '../format/format-number.js';
import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { NearNames } from '../lexicon/near-names.js';
import type { PremedicationCue } from '../grammar/read-cues.js';
import { attributeAmount } from './amount-attribution.js';
import { drugAfterAmount } from './drug-after-amount.js';
import { isContentAmount, restatementAfter } from './not-a-dose.js';
import { CONVERSION_REACH, CYCLES_BEFORE_NAME_GAP, DILUENT_GAP, DILUENT_STRENGTHS, MODIFIER_GAP, MODIFIERS, hourGapFits, isFrequencyCap, isTimesPerDay } from './assembler-rules.js';
import {
  alternativeRoutesFinding,
  blockedInheritanceFinding,
  bracketedOtherDrugFinding,
  competingNamesFinding,
  courseTotalFinding,
  unitsProductFinding,
  perWeekFinding,
  roleFinding,
  bracketedFractionationFinding,
  dailyTotalFinding,
  detachedCourseLengthFinding,
  excludedDrugFinding,
  hourCourseLengthFinding,
  minCourseLengthFinding,
  limitPerPeriodFinding,
  listedDrugsFinding,
  sequencedDrugFinding,
  unitsOfStrengthFinding,
  unknownDrugFinding,
  withoutDrugFinding,
} from './attribution-findings.js';
import { emptyDose, extendDraft, hasSchedule, type Draft } from './draft.js';
import { drugRoleOf, givenBeforeAnticancer, sentenceDrugs, unclearRole } from './drug-role.js';
import { bracketedFractionationMismatch, mergeTotalFirst, mergeUpToTotal, restatedCourseTotal } from './merge-total-first.js';
import { isBracketedAfter } from './listed-drugs.js';
import { bindMention, mentionOf, type ElementOf, type Mention } from './mention.js';
import { PERIOD_DOSE_NOUNS, dailyTotalOf } from './daily-total.js';
import { misspeltNamesIn } from './misspelt-names.js';
import { productNameTail } from './product-name.js';
import { nameRegimen } from './name-regimen.js';
import type { ReadSpan } from './partial-reading.js';
import { COUNTED_IN_A_WEEK } from '../grammar/read-radiation.js';
import { freshSentence, type SentenceState } from './sentence-state.js';
import { combinationOf, shareField, shareModifier } from './shared-modifiers.js';
import { unsharedListSchedules } from './comma-list-schedule.js';
import { attachCourseLength, attachCycleDays, attachCycleInterval, attachRestart, attachTimesPerDay, shareDuration } from './cycle-modifiers.js';
import { acceptLimit } from './limit-target.js';
import { positionInRespectiveSeries } from './respective-amounts.js';
import { noteCue } from './sentence-cues.js';
import { StatementLinks } from './statement-links.js';

/** Words that start an interval (`var 28:e dag`), not a count per period (`5 dagar i veckan`). */
const EVERY = ['var', 'varje', 'varannan', 'every'];

/** `à`, `á`: the strength of each unit (`2 tabletter à 500 mg`). */
const PER_UNIT = ['à', 'á'];

/** Words that introduce a route (`givet som intravenös infusion`, `ges som subkutan injektion`). */
const ROUTE_INTRODUCERS = ['givet', 'given', 'givna', 'ges', 'som', 'administrerat', 'administreras', 'as'];
import { amountTableKind, tableRowFinding } from './equivalence-table.js';

/**
 * Turns elements into dose statements, one sentence at a time: an amount or radiotherapy
 * phrase starts a statement; a drug named earlier in the sentence carries over to a later bare
 * amount; schedules, cycles, routes and limits attach to the statement they follow (or to the
 * drug they precede); `(KarPak)` after a combination names its regimen.
 */

/** Words saying that the drugs of a sentence are given in turn (`växelvis med`, `alternerande med`). */
const ALTERNATING = ['växelvis', 'alternerande', 'omväxlande', 'alternating', 'alternately'];

/** The most tokens a restated amount takes (`1,4 mg / m2`). */
const RESTATED_AMOUNT_TOKENS = 5;

export class StatementAssembler {
  readonly drafts: Draft[] = [];
  readonly diagnostics: DoseDiagnostic[] = [];
  private readonly links: StatementLinks;
  /** See `alternation`. */
  private alternationIndex: { nextWord: Int32Array; nextStop: Int32Array } | null = null;
  private sentence = 0;
  /** Index in `elements` of the element that started the current mention. */
  private mentionIndex = -1;
  /** Index in `elements` of the element being accepted. */
  private index = 0;
  /** The sentence being read. */
  private s: SentenceState = freshSentence(0);
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
  /** Sentences with a word that gives a dose (`ges`, `doseras`, `rekommenderad dos`, `Dos:`). */
  readonly dosingSentences = new Set<number>();
  /** Tokens inside any element, which are never taken for an unknown drug between two doses. */
  readonly inElement: Uint8Array;
  /**
   * Modifiers a statement took in: those it covers right after they were accepted, and those written
   * before an amount that a statement or a name took (see `unreadModifierFindings`).
   */
  readonly taken = new Set<Element>();
  /** `högst 4 g per dygn`: the period of a limit per period, read with the limit. */
  private readonly limitPeriods = new Set<Element>();

  constructor(
    private readonly text: string,
    private readonly stream: TokenStream,
    private readonly elements: readonly Element[],
    private readonly near: NearNames,
    /** The heading above the text, which may say that a table of amounts is an equivalence table. */
    private readonly heading = '',
  ) {
    this.links = new StatementLinks(stream, elements);
    this.inElement = new Uint8Array(stream.length);
    for (const element of elements) this.inElement.fill(1, element.first, element.next);
  }

  run(): void {
    this.elements.forEach((element, index) => {
      this.stream.work.steps++;
      this.index = index;
      if (element.kind === 'mention') {
        this.namingSentences.add(this.sentence);
        if (!this.isDiluentAside(element)) this.mentionIndex = index;
        this.s.mentions.push(element);
      }
      if (!MODIFIERS.has(element.kind)) this.read.push({ first: element.first, next: element.next });
      if (element.kind === 'sentence-end') this.sentenceEnds.add(element.first);
      this.accept(element, this.elements[index + 1]);
      if (MODIFIERS.has(element.kind) && this.coversNow(element)) this.taken.add(element);
    });
    this.endSentence(this.stream.length);
    // Findings of misspelt names are added per sentence, after those of its doses.
    this.diagnostics.sort((a, b) => a.start - b.start);
  }

  private accept(element: Element, following: Element | undefined): void {
    const open = this.s.open;
    // `4 mg i 100 ml NaCl 9 mg/ml eller Glukos 50 mg/ml intravenöst`: modifiers after the diluent are the dose's.
    const near = open !== null && element.first - Math.max(open.next, this.s.diluentNext, this.s.asideNext) <= MODIFIER_GAP ? open : null;
    const rightBefore = following !== undefined && following.first === element.next ? following : undefined;
    // `Pertuzumab 840 mg som startdos, därefter 420 mg`, `8 mg/kg initialt, därefter 6 mg/kg`: a phase named
    // right after a dose (or after `som`), with no amount right after it, is that dose's, not the next one's.
    if (element.kind === 'phase-cue' && open !== null && open.dose.phaseKind === null && this.namesPhaseOf(open, element, rightBefore)) {
      open.dose.phaseKind = element.phase;
      extendDraft(open, element.next);
      return;
    }
    // `(fyra 40 mg kapslar) som en daglig engångsdos`: what follows the aside is still the dose's.
    if (element.kind === 'strength' && open !== null && this.inAsideOf(open, element.first)) this.s.asideNext = element.next;
    if (noteCue(this.s, element)) return;
    switch (element.kind) {
      case 'sentence-end':
        return this.endSentence(element.next);
      case 'mention':
        return this.acceptMention(element);
      case 'amount':
        return this.acceptAmount(element, following);
      case 'radiation': {
        if (element.first === this.s.thresholdNext) return;
        if (mergeTotalFirst(this.s.open, element, this.stream) || mergeUpToTotal(this.s.open, element, this.stream)) return;
        const mismatch = bracketedFractionationMismatch(this.s.open, element, this.stream);
        if (mismatch !== null) {
          const written = this.slice(element.first, element.next);
          this.diagnostics.push(bracketedFractionationFinding(written, mismatch, this.stream.startOf(element.first), this.stream.endOf(element.next - 1)));
        }
        // `2 Gy x 6 (totalt 12 Gy)`: the course's total said again; one that is not its product is reported.
        const restated = restatedCourseTotal(this.s.open, element, this.stream);
        if (restated?.merged === true) return;
        if (restated !== null) {
          const total = this.slice(element.first, element.next);
          this.diagnostics.push(courseTotalFinding(total, restated.product, this.stream.startOf(element.first), this.stream.endOf(element.next - 1)));
        }
        const draft = this.startDraft(element.first, element.next, element.first);
        draft.stated = element.fractionation;
        if (element.perWeek !== null) this.diagnostics.push(perWeekFinding(this.slice(element.perWeek.first, element.perWeek.next), this.stream.startOf(element.perWeek.first), this.stream.endOf(element.perWeek.next - 1)));
        draft.dose.unit = 'Gy';
        draft.dose.doseKind = 'radiation';
        return;
      }
      case 'route':
        if (near !== null && this.acceptAlternativeRoute(near, element)) return;
        if (rightBefore?.kind === 'mention' || rightBefore?.kind === 'amount') this.s.preRoute = element;
        // `Bisfosfonater iv (zoledronat 4 mg)`: the route reaches over the bracket to the name it opens with.
        else if (this.opensBracketOnName(element, following)) {
          this.s.preRoute = { ...element, next: element.next + 1 };
          this.taken.add(element);
        }
        // `10–20 mg (1–2 tabletter à 10 mg) peroralt`: the dose's route said again.
        else if (near !== null && near.dose.route === element.route && element.first - near.next <= 1) extendDraft(near, element.next);
        // `X 3 mg/kg och Y 1 mg/kg iv dag 1`: a route standing with the days of the cycle is the combination's, like the days.
        else if (near?.dose.route === null && rightBefore?.kind === 'cycle-days') shareModifier(this.drafts, near, element, 'route', element.route, this.stream, true);
        else if (near?.dose.route === null) this.attachRoute(near, element);
        // `Docetaxel Intravenös infusion 250 ml … 75 mg/m²`: a route between a name and its amount.
        else if (open === null && this.s.mention !== null && !this.s.mention.used && this.s.mention.route === null) {
          this.s.mention.route = element.route;
          this.taken.add(element);
        }
        return;
      case 'schedule':
        if (this.limitPeriods.has(element)) return void this.taken.add(element);
        // `vb, max 2 gånger per dygn`: a cap on an as-needed dose, which the graph cannot hold; left unread, it is reported.
        if (isFrequencyCap(this.stream, element)) return;
        // `5 fraktioner per vecka`, `5 dagar i veckan`: how many a week, no interval between doses; left unread, it is reported.
        // (`i 5 dagar var 28:e dag` is an interval: days 1–5 of each 28.)
        if (this.stream.isWord(element.first - 1, COUNTED_IN_A_WEEK) && !this.stream.isWord(element.first, EVERY)) return;
        // `MPA 200 mg dagligen växelvis med tamoxifen 20 mg x 2 varannan vecka`: the weeks of an alternation
        // (each drug every other week), not a 14-day interval of the dose; left unread, it is reported.
        if (element.intervalDays.low > 1 && this.saysAlternating(element.first)) return;
        // `Dygnsdos 8–32 mg`: a schedule right before an amount with no dose open before it; a noun
        // for the daily dose (`…, dygnsdos 60 mg`) always names the amount after it.
        // `var 3:e vecka (Q3W)`: the interval said again in brackets.
        if (near !== null && this.restatesInterval(near, element)) return extendDraft(near, near.next === element.first ? element.next : element.next + 1);
        const namesNext = rightBefore?.kind === 'amount' && (near === null || this.stream.isWord(element.first, PERIOD_DOSE_NOUNS));
        if (rightBefore?.kind === 'mention' || namesNext) this.s.preSchedule = element;
        else if (near !== null && element.intervalDays.low < 1) attachTimesPerDay(this.drafts, near, element, this.stream);
        else if (near !== null) attachCycleInterval(this.drafts, near, element, this.stream);
        return;
      case 'cycle-days':
        if (near !== null) attachCycleDays(this.drafts, near, element, this.stream);
        // `Doxorubicin dag 1 60 mg/m2`: days between a name and its amount are that dose's.
        else if (this.s.open === null && rightBefore?.kind === 'amount' && this.s.mention?.next === element.first && !this.s.mention.used) this.s.preDays = element;
        // `Dag 1: paklitaxel …, karboplatin …`, `Dag 1 | Paklitaxel | … | 175 mg/m²` (a regimen table's
        // row), `Dag 1 Karboplatin …`: days that head the sentence go to each of its doses.
        else if (this.s.open === null && this.headsSentence(element, following)) {
          this.s.days = element;
          this.readWhole(element);
        }
        return;
      case 'hour-gap':
        // `vb, högst var 4:e timme`: the shortest gap between doses given as needed, no rhythm; left unread, it is reported.
        if (isFrequencyCap(this.stream, element)) return;
        if (near !== null && hourGapFits(near, element.hours)) extendDraft(near, element.next);
        // `8 mg var 8:e timme`: with no times per day stated, every 8th hour gives them (3 a day).
        else if (near !== null && gapGivesTimesPerDay(this.stream, near, element)) {
          const intervalDays = { low: element.hours / 24, high: element.hours / 24 };
          attachTimesPerDay(this.drafts, near, { first: element.first, next: element.next, intervalDays }, this.stream);
        }
        return;
      case 'restart':
        if (near !== null) attachRestart(this.drafts, near, element, this.stream);
        return;
      case 'cycle-length':
        if (near !== null) attachRestart(this.drafts, near, element, this.stream);
        return;
      case 'conversion-cue': {
        const last = this.s.lastInSentence;
        this.s.conversionUntil = element.next + CONVERSION_REACH;
        // `10 mg morfin po motsvarar …`: the drug named after the amount does not save it.
        if (last !== null && element.first - last.next <= CONVERSION_REACH) this.dropDraft(last);
        return;
      }
      case 'basis':
        if (open !== null && element.first - open.next <= 2) {
          extendDraft(open, element.next);
          this.s.basis = { draft: open, next: element.next };
        }
        return;
      case 'pause':
        if (near?.dose.pause === null) this.attach(near, element.next, (d) => (d.pause = element.pause));
        return;
      case 'cycles':
        return this.acceptCycles(element, following, near);
      case 'times': {
        const mention = this.s.mention;
        if (mention !== null && mention.next === element.first) this.startCycleOnly(element, mention, mention.prefixFirst, element.next);
        // `Cisplatin 50 mg/m2 + doxorubicin 60 mg/m2 var 3:e vecka x 6`: cycles after a shared interval are the combination's too.
        else if (open?.next === element.first && open.dose.cycles === null && !isTimesPerDay(open, element.cycles)) {
          shareModifier(this.drafts, open, element, 'cycles', element.cycles, this.stream, true);
        } else if (open !== null && element.first - open.next <= 1 && open.dose.timesPerDay === null && isTimesPerDay(open, element.cycles)) {
          const { low, high } = element.cycles;
          this.attach(open, element.next, (d) => (d.timesPerDay = { low: low ?? 1, high: high ?? low ?? 1 }));
        }
        return;
      }
      case 'duration':
        // A limit such as `dock maximalt 2 år` may close a long sentence; it belongs to the last dose.
        if (open?.dose.maxDuration === null) {
          shareDuration(this.drafts, open, element.duration);
          extendDraft(open, element.next);
        }
        return;
      case 'course-length':
        // `Megestrolacetat 80 mg x 2 i 3 veckor växelvis med tamoxifen …`: the length of each turn, not of the
        // treatment, which no field holds; left unread, it is reported.
        if (this.sentenceSaysAlternating(element.first)) return;
        // `Tamoxifen 20 mg dagligen i 5 år`, `… dag 1, totalt 6 månader`: right after a schedule, the length of the treatment.
        if (near !== null && (element.first === near.next || (element.first === near.next + 1 && this.stream.isPunct(near.next, ',')))) {
          attachCourseLength(this.drafts, near, element);
        } else {
          // Set apart from the schedule by other words (`… i kombination med kapecitabin under 6 månader`): reported, not guessed.
          const last = this.s.lastInSentence;
          if (last !== null && last.dose.maxDuration === null && hasSchedule(last)) {
            const words = this.slice(element.first, element.next);
            // Reported once, by this finding: its words are not left over for another.
            this.readWhole(element);
            this.diagnostics.push(detachedCourseLengthFinding(words, formatAmountText(last.dose), this.stream.startOf(element.first), this.stream.endOf(element.next - 1)));
          }
        }
        return;
      case 'min-course-length':
        // `Letrozol 2,5 mg dagligen i minst 5 år`: a shortest length, which no field holds; reported where a dose's schedule has it.
        if (near !== null && hasSchedule(near)) {
          const words = this.slice(element.first, element.next);
          this.readWhole(element);
          this.diagnostics.push(minCourseLengthFinding(words, formatAmountText(near.dose), this.stream.startOf(element.first), this.stream.endOf(element.next - 1)));
        }
        return;
      case 'infusion-time': {
        // `Folinsyra 15 mg var 6:e timme i 48 timmar`: after a rhythm in hours, how long the doses go on, not how long one runs.
        const previous = this.elements[this.index - 1];
        if (near !== null && previous?.kind === 'hour-gap' && previous.next === element.first) {
          this.read.push({ first: element.first, next: element.next });
          const words = this.slice(element.first, element.next);
          this.diagnostics.push(hourCourseLengthFinding(words, formatAmountText(near.dose), this.stream.startOf(element.first), this.stream.endOf(element.next - 1)));
          return;
        }
        // `100 mg/m2 givet som en 3-timmars intravenös infusion var tredje vecka`: the dose reaches over it.
        if (near !== null) extendDraft(near, element.next);
        return;
      }
      case 'equivalent-note':
        // `200 mg aciklovir (eller motsvarande) två gånger dagligen`: the dose reaches over it.
        if (near !== null) extendDraft(near, element.next);
        return;
      case 'joiner':
      case 'cycle-point':
        return;
    }
  }

  /** A modifier read on its own (heading days or cycles, a schedule before an amount) or reported by a finding of its own. */
  private readWhole(element: Element): void {
    this.read.push({ first: element.first, next: element.next });
    this.taken.add(element);
  }

  /** Whether the statement being read covers the modifier just accepted: it attached it. */
  private coversNow(element: Element): boolean {
    const draft = this.s.open ?? this.s.lastInSentence;
    return draft !== null && draft.first <= element.first && draft.next >= element.next;
  }

  /** Whether a phase cue stands right after a dose (`8 mg/kg initialt`, `840 mg som startdos`) rather than before the next amount. */
  private namesPhaseOf(open: Draft, cue: Element, rightAfterCue: Element | undefined): boolean {
    if (rightAfterCue?.kind === 'amount') return false;
    return open.next === cue.first || (open.next === cue.first - 1 && this.stream.isWord(open.next, ['som', 'as']));
  }

  /** Whether a schedule in brackets right after a dose gives the dose's interval again. */
  private restatesInterval(draft: Draft, schedule: ElementOf<'schedule'>): boolean {
    const interval = draft.dose.intervalDays;
    if (interval === null || interval.low !== schedule.intervalDays.low || interval.high !== schedule.intervalDays.high) return false;
    // `1,5 mg/m2/dag som intravenös infusion under 30 minuter dagligen`: every day, said twice.
    if (draft.next === schedule.first) return interval.low === 1 && interval.high === 1;
    return draft.next === schedule.first - 1 && this.stream.isPunct(draft.next, '(') && this.stream.isPunct(schedule.next, ')');
  }

  /** Days at the start of a sentence, before a colon, a table's cell mark or a drug's name. */
  private headsSentence(days: ElementOf<'cycle-days'>, following: Element | undefined): boolean {
    // `| Dag 1 | Oxaliplatin | 85 mg/m2 |`: a table row opens with its cell mark.
    const rowStart = this.stream.isPunct(this.s.first, '|') && days.first === this.s.first + 1;
    if (days.first !== this.s.first && !rowStart) return this.stream.isPunct(days.next, ':');
    return this.stream.isPunct(days.next, ':', '|') || (following?.kind === 'mention' && following.first === days.next && following.entry.kind === 'drug');
  }

  /**
   * `Docetaxel … 250 ml Natriumklorid 9 mg/ml infusion 75 mg/m²`: a diluent (lexicon role)
   * named after a drug is what the drug is given in; the drug keeps its later amount.
   */
  private isDiluentAside(element: ElementOf<'mention'>): boolean {
    return element.entry.kind === 'drug' && element.entry.role === 'diluent' && this.s.mention !== null && this.s.mention.entry.kind === 'drug';
  }

  /**
   * `4 mg i 100 ml NaCl 9 mg/ml eller Glukos 50 mg/ml`: a diluent (and its concentration) that
   * follows the open dose closely, or another diluent just before it, is what the dose is given
   * in; what follows it still counts as next to the dose.
   */
  private noteDiluent(element: ElementOf<'mention'>): void {
    const open = this.s.open;
    if (open === null || element.first - Math.max(open.next, this.s.diluentNext) > DILUENT_GAP) return;
    const strength = this.stream.at(element.next)?.kind === 'number' ? this.stream.phrase(element.next + 1, DILUENT_STRENGTHS) : -1;
    this.s.diluentNext = strength === -1 ? element.next : strength;
  }

  /** `Bisfosfonater iv (zoledronat 4 mg)`: a bracket opens between a route and the name after it. */
  private opensBracketOnName(route: Element, following: Element | undefined): boolean {
    return following?.kind === 'mention' && following.first === route.next + 1 && this.stream.isPunct(route.next, '(');
  }

  private acceptMention(element: ElementOf<'mention'>): void {
    const { mention, open } = this.s;
    const stream = this.stream;
    // `Betapred 8 mg iv före paklitaxel`: given before an anticancer drug, as premedication is.
    if (givenBeforeAnticancer(stream, element)) this.s.premedicationCue ??= 'timing';
    if (this.isDiluentAside(element)) return this.noteDiluent(element);
    // `500 mg bosutinib`: the name was already given to the amount before it.
    if (this.s.nameAfterAmount?.element === element) {
      this.s.mention = this.s.nameAfterAmount.mention;
      this.s.nameAfterAmount = null;
      // `100 mg intravenöst metylprednisolon`: the route between them is the dose's.
      const route = this.s.preRoute;
      if (route !== null && route.next === element.first && open !== null && open.dose.route === null) open.dose.route = route.route;
      this.s.preRoute = null;
      return;
    }
    // `1,23 mg/m2 (motsvarande 1,4 mg/m2 eribulinmesylat)`: the dose said again, as its salt; what follows the bracket is still the dose's.
    if (open !== null && open.drugEntry === element.entry && this.restatesOpenDose(open, element)) {
      extendDraft(open, element.next + 1);
      return;
    }
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
    if (this.s.mention !== null && this.s.mention.entry !== element.entry) this.s.limitCue = null;
    this.s.mention = mentionOf(element, this.s.preSchedule, this.s.preRoute);
    if (this.s.mention.intervalDays !== null && this.s.preSchedule !== null) this.taken.add(this.s.preSchedule);
    if (this.s.mention.route !== null && this.s.preRoute !== null) this.taken.add(this.s.preRoute);
    // `Letrozol Sandoz 2,5 mg`: the company after a substance is part of the product's name.
    if (element.entry.kind === 'drug') {
      const tail = productNameTail(stream, element.next, this.near, this.inElement);
      this.s.mention.next = tail;
      this.s.mention.nameNext = tail;
    }
    this.s.preSchedule = null;
    this.s.preRoute = null;
    this.s.open = null;
    const cycles = this.s.preCycles;
    this.s.preCycles = null;
    if (cycles !== null && element.first - cycles.next <= CYCLES_BEFORE_NAME_GAP) {
      // `Sex cykler paklitaxel 175 mg/m2 var tredje vecka`: the count is the cycles of the amount right after the name.
      const following = this.elements[this.index + 1];
      if (following?.kind === 'amount' && following.first === this.s.mention.next) {
        this.s.mention.cycles = cycles;
        this.s.mention.prefixFirst = Math.min(this.s.mention.prefixFirst, cycles.first);
      } else {
        this.startCycleOnly(cycles, this.s.mention, cycles.first, element.next);
      }
    }
  }

  private acceptAmount(element: ElementOf<'amount'>, following: Element | undefined): void {
    const { stream } = this;
    const { mention } = this.s;
    if (element.first === this.s.thresholdNext || element.first <= this.s.conversionUntil) {
      // `500 mg (2 injektioner à 250 mg) im var 4:e vecka`: the dose in units, said again in brackets; what follows is still the dose's.
      if (this.restatesInUnits(element)) return;
      // `2 tabletter à 500 mg 3 gånger per dygn`: the strength of each of a number of units, given on a schedule, is a dose the grammar cannot state.
      if (this.stream.isWord(element.first - 1, PER_UNIT) && following?.kind === 'schedule' && following.first === element.next) {
        const first = this.unitCountStart(element.first - 1);
        this.read.push({ first, next: following.next });
        // Reported whole by this finding: its count (`2 tabletter`) is not left over for another.
        this.inElement.fill(1, first, following.next);
        this.diagnostics.push(unitsOfStrengthFinding(this.slice(first, following.next), stream.startOf(first), stream.endOf(following.next - 1)));
      }
      return;
    }
    if (mention !== null && mention.first === this.s.nameCueNext && mention.next === element.first) return;
    // `AUC 5 (ca 600 mg)`: the amount restates the statement before it; `84 mg laktos`: product content.
    if (element.first < this.s.restatedUntil || isContentAmount(stream, this.s, element)) return;
    // `Morfin 10 mg x 6, dygnsdos 60 mg`: the day's total of the dose before, said again, is no second
    // dose; a total that does not match it (`dygnsdos 80 mg`) is reported and read as written.
    // (`maximal dygnsdos 16 mg` is a limit, read below, not a total.)
    const total = this.s.limitCue === null ? dailyTotalOf(this.s.lastInSentence, this.s.preSchedule, element, stream) : null;
    if (total?.matches === true) {
      this.read.push({ first: total.first, next: element.next });
      if (this.s.preSchedule !== null) this.taken.add(this.s.preSchedule);
      // The total restates the dose, so what follows it (`… dos på 2500 mg/m2) i 14 dagar följt av 7 dagars uppehåll`) is still the dose's.
      if (this.s.lastInSentence !== null) extendDraft(this.s.lastInSentence, element.next);
      this.s.preSchedule = null;
      return;
    }
    if (total !== null) this.diagnostics.push(dailyTotalFinding(this.slice(element.first, element.next), total.expected, stream.startOf(element.first), stream.endOf(element.next - 1), total.period));
    // `högst 4 g per dygn`: a period right after the limit's amount makes it a maximum per period.
    const perPeriod = following?.kind === 'schedule' && following.first === element.next;
    const limit = acceptLimit(this.s, element, perPeriod);
    // The period is the limit's, reported with it; it is no schedule of the dose before (`Morfin 5 mg högst 30 mg per dygn`).
    if (limit === 'per-period' && following !== undefined) this.limitPeriods.add(following);
    if (limit === 'per-period') this.diagnostics.push(limitPerPeriodFinding(this.slice(element.first, element.next), stream.startOf(element.first), stream.endOf(element.next - 1)));
    if (limit !== false) return;
    const isAuc = element.amount.doseKind === 'auc';
    const routeBefore = this.s.preRoute !== null && this.s.preRoute.next === element.first ? this.s.preRoute : null;
    const attribution = attributeAmount(
      { stream, elements: this.elements, mentionIndex: this.mentionIndex, near: this.near, inElement: this.inElement },
      this.s,
      element,
      routeBefore,
    );
    const { unknown, reachable, blocker } = attribution;
    // `Cisplatin och etoposid … 75 mg/m2 respektive 100 mg/m2`: the list's drugs in order.
    const respective = attribution.listed.length > 1 ? positionInRespectiveSeries(this.elements, this.index, attribution.listed.length, stream) : -1;
    const respectiveName = attribution.listed[respective];
    const listed = respectiveName === undefined ? attribution.listed : [];
    const { given: nameAfter, competing } = drugAfterAmount(this.elements, this.index, this.s, attribution, stream);
    const named =
      respectiveName?.kind === 'mention' ? mentionOf(respectiveName, null, null)
      : nameAfter !== null ? mentionOf(nameAfter, null, null)
      : competing !== null ? null
      : attribution.named;
    // An AUC with no drug next to it is not a dose (e.g. `tillförlitlighet (AUC 0,97)`), unless written
    // with its unit and no `AUC` (`5-7 mg/ml.min`, see `readAucByUnit`); a target AUC (`Denna regim AUC 5`,
    // above the 1 a ROC area never exceeds) is reported, as no dose is published from it.
    const aucByUnit = stream.at(element.first)?.kind === 'number' && stream.isWord(element.next - 1, ['min', 'ml']);
    if (isAuc && unknown === null && named === null && !aucByUnit) {
      if (element.amount.amount.low > 1) {
        this.diagnostics.push(withoutDrugFinding(`AUC ${formatRange(element.amount.amount)}`, stream.startOf(element.first), stream.endOf(element.next - 1)));
      }
      return;
    }
    // A drug of a `respektive` series is named in the list before: the statement is its amount.
    const ownName = nameAfter === null && respectiveName === undefined && named !== null && !named.used ? named : null;
    const nameFirst = ownName?.prefixFirst ?? unknown?.index ?? element.first;
    const first = Math.min(nameFirst, routeBefore?.first ?? nameFirst);
    const daysBefore = this.s.preDays !== null && this.s.preDays.next === (routeBefore?.first ?? element.first) ? this.s.preDays : null;
    const draft = this.startDraft(first, element.next, element.first);
    const dose = draft.dose;
    dose.amount = element.amount.amount;
    dose.unit = element.amount.unit;
    dose.doseKind = element.amount.doseKind;
    const scheduleBefore = this.s.preSchedule !== null && this.s.preSchedule.next === (routeBefore?.first ?? element.first) ? this.s.preSchedule : null;
    this.s.preSchedule = null;
    if (scheduleBefore !== null) this.readWhole(scheduleBefore);
    if (routeBefore !== null) this.taken.add(routeBefore);
    if (daysBefore !== null) {
      dose.days = daysBefore.days;
      this.taken.add(daysBefore);
    }
    dose.intervalDays = element.amount.intervalDays ?? ownName?.intervalDays ?? scheduleBefore?.intervalDays ?? null;
    dose.route = routeBefore?.route ?? ownName?.route ?? null;
    if (ownName?.cycles != null) {
      dose.cycles = ownName.cycles.cycles;
      this.taken.add(ownName.cycles);
    }
    if (named !== null) bindMention(draft, named, this.slice(named.first, named.nameNext));
    if (nameAfter !== null && named !== null) {
      extendDraft(draft, nameAfter.next);
      this.s.nameAfterAmount = { element: nameAfter, mention: named };
    }
    if (this.s.phaseCue !== null && element.first - this.s.phaseCue.next <= MODIFIER_GAP) dose.phaseKind = this.s.phaseCue.kind;
    this.s.phaseCue = null;
    // `paklitaxel (175 mg/m2)`: the closing parenthesis belongs to the statement.
    if (stream.isPunct(element.first - 1, '(') && first < element.first - 1 && stream.isPunct(element.next, ')')) draft.next++;
    const restated = restatementAfter(stream, element.next);
    if (restated !== -1) {
      extendDraft(draft, restated);
      this.s.restatedUntil = restated;
    }
    const amount = formatAmountText(dose);
    const start = stream.startOf(first);
    const end = stream.endOf(element.next - 1);
    if (unknown !== null) {
      dose.drugText = unknown.text;
      this.diagnostics.push(unknownDrugFinding(unknown, amount));
    } else if (competing !== null && attribution.named !== null) {
      const earlier = this.slice(attribution.named.first, attribution.named.nameNext);
      this.diagnostics.push(competingNamesFinding(amount, earlier, this.slice(competing.first, competing.next), start, end));
    } else if (attribution.excluded && attribution.reachable !== null) {
      const excluded = this.slice(attribution.reachable.first, attribution.reachable.nameNext);
      this.diagnostics.push(excludedDrugFinding(amount, excluded, start, end));
    } else if (attribution.sequencedAfter !== null && attribution.reachable !== null) {
      const name = this.slice(attribution.reachable.first, attribution.reachable.nameNext);
      this.diagnostics.push(sequencedDrugFinding(amount, name, this.slice(attribution.sequencedAfter.first, attribution.sequencedAfter.next), start, end));
    } else if (listed.length === 2 && isBracketedAfter(listed, stream)) {
      const [name, bracketed] = listed.map((entry) => this.slice(entry.first, entry.next));
      this.diagnostics.push(bracketedOtherDrugFinding(amount, name ?? '', bracketed ?? '', start, end));
    } else if (listed.length > 1) {
      const names = listed.map((entry) => `\`${this.slice(entry.first, entry.next)}\``).join(', ');
      this.diagnostics.push(listedDrugsFinding(amount, names, start, end));
    } else if (blocker !== -1 && reachable !== null) {
      const earlier = this.slice(reachable.first, reachable.nameNext);
      // `B12`: a letter code is shown with its number.
      const wordNext = stream.at(blocker + 1)?.kind === 'number' && stream.at(blocker + 1)?.spaceBefore === false ? blocker + 2 : blocker + 1;
      this.diagnostics.push(blockedInheritanceFinding(amount, this.slice(blocker, wordNext), earlier, start, end));
    } else if (named === null) {
      const finding = withoutDrugFinding(amount, start, end);
      this.diagnostics.push(finding);
      this.withoutDrug.set(draft, finding);
    }
  }

  /** Whether the sentence, before the end (`.` or `;`) of the clause of token `at`, says its drugs alternate. */
  private sentenceSaysAlternating(at: number): boolean {
    const { nextWord, nextStop } = this.alternation();
    return (nextWord[this.s.first] ?? Infinity) < (nextStop[at] ?? Infinity);
  }

  /** Whether the sentence, before token `before`, says its drugs alternate (`växelvis`, `alternerande`). */
  private saysAlternating(before: number): boolean {
    return (this.alternation().nextWord[this.s.first] ?? Infinity) < before;
  }

  /**
   * For each token, where the next word of alternation (`växelvis`) and the next `.` or `;` stand
   * (the stream's length when none): found in one backward pass the first time they are asked for,
   * so that asking for each schedule of a long sentence stays linear.
   */
  private alternation(): { nextWord: Int32Array; nextStop: Int32Array } {
    if (this.alternationIndex !== null) return this.alternationIndex;
    const { stream } = this;
    const nextWord = new Int32Array(stream.length + 1).fill(stream.length);
    const nextStop = new Int32Array(stream.length + 1).fill(stream.length);
    for (let index = stream.length - 1; index >= 0; index--) {
      nextWord[index] = stream.isWord(index, ALTERNATING) ? index : (nextWord[index + 1] ?? stream.length);
      nextStop[index] = stream.isPunct(index, '.', ';') ? index : (nextStop[index + 1] ?? stream.length);
    }
    this.alternationIndex = { nextWord, nextStop };
    return this.alternationIndex;
  }

  /**
   * `500 mg (2 injektioner à 250 mg)`: a count of units of a strength, in brackets right after the
   * open dose, whose product is that dose. The bracket is read with the dose, so that a route or a
   * schedule after it still reaches the dose; a product that differs is left for the finding.
   */
  private restatesInUnits(strength: ElementOf<'amount'>): boolean {
    const { stream } = this;
    const open = this.s.open;
    if (open === null || !stream.isWord(strength.first - 1, PER_UNIT) || !stream.isPunct(strength.next, ')')) return false;
    const first = this.unitCountStart(strength.first - 1);
    const count = stream.at(first);
    if (first === strength.first - 1 || count?.kind !== 'number' || !stream.isPunct(first - 1, '(') || open.next !== first - 1) return false;
    const amount = open.dose.amount;
    const each = strength.amount.amount;
    if (amount === null || open.dose.unit !== strength.amount.unit || amount.low !== amount.high || each.low !== each.high) return false;
    const product = count.value * each.low;
    if (Math.abs(product - amount.low) > 1e-9) {
      const units = this.slice(first, strength.next);
      const total = formatAmountText({ ...open.dose, amount: { low: product, high: product } });
      this.diagnostics.push(unitsProductFinding(units, total, formatAmountText(open.dose), stream.startOf(first), stream.endOf(strength.next - 1)));
      return false;
    }
    this.read.push({ first: first - 1, next: strength.next + 1 });
    extendDraft(open, strength.next + 1);
    return true;
  }

  /** Where the count of units before `à` at `perUnit` starts (`1–2 tabletter à`); `perUnit` when there is none. */
  private unitCountStart(perUnit: number): number {
    const { stream } = this;
    if (stream.at(perUnit - 1)?.kind !== 'word' || stream.at(perUnit - 2)?.kind !== 'number') return perUnit;
    let first = perUnit - 2;
    while ((stream.isPunct(first - 1, '–') || stream.isPunct(first - 1, '-')) && stream.at(first - 2)?.kind === 'number') first -= 2;
    return first;
  }

  /**
   * A route after a dose is that dose's. Set off by a comma after alternative amounts of one drug
   * (`200 mg var tredje vecka eller 400 mg var sjätte vecka, givet som intravenös infusion`), it is
   * each alternative's; after a combination of drugs it stays the last one's
   * (`pembrolizumab 200 mg + lenvatinib 20 mg dagligen, peroralt`), as drugs of a combination are
   * often given by different routes.
   */
  private attachRoute(near: Draft, element: ElementOf<'route'>): void {
    let start = element.first;
    while (start > 0 && this.stream.isWord(start - 1, ROUTE_INTRODUCERS)) start--;
    const combination = this.stream.isPunct(start - 1, ',') ? combinationOf(this.drafts, near, this.stream) : [near];
    shareField(combination.every((draft) => draft.dose.drug === near.dose.drug) ? combination : [near], 'route', element.route);
    extendDraft(near, element.next);
  }

  /**
   * `Ondansetron 4–8 mg iv/po`, `iv eller po`: a second route joined to the dose's own is an
   * alternative. The graph holds one route, so the dose is published with none, and it is reported.
   * Returns whether the route was such an alternative (and so taken).
   */
  private acceptAlternativeRoute(near: Draft, element: ElementOf<'route'>): boolean {
    const joiner = this.elements[this.index - 1];
    const first = this.elements[this.index - 2];
    if (near.dose.route === null || near.dose.route === element.route || joiner?.kind !== 'joiner' || joiner.next !== element.first) return false;
    if (first?.kind !== 'route' || first.next !== joiner.first) return false;
    near.dose.route = null;
    extendDraft(near, element.next);
    this.diagnostics.push(alternativeRoutesFinding(this.slice(first.first, element.next), this.stream.startOf(first.first), this.stream.endOf(element.next - 1)));
    return true;
  }

  private acceptCycles(element: ElementOf<'cycles'>, following: Element | undefined, near: Draft | null): void {
    const { open, mention } = this.s;
    // `Cykel 1–4: doxorubicin 60 mg/m2 och cyklofosfamid 600 mg/m2`: cycles heading the sentence are every dose's, as days are.
    if (open === null && element.first === this.s.first && this.stream.isPunct(element.next, ':')) {
      this.s.cycles = element;
      this.readWhole(element);
      return;
    }
    if (following?.kind === 'mention' && following.first - element.next <= CYCLES_BEFORE_NAME_GAP) {
      this.s.preCycles = element;
    } else if (near?.dose.cycles === null) {
      // `karboplatin AUC 5 och paklitaxel 175 mg/m2 var tredje vecka i 6 cykler`: the combination's cycles.
      shareModifier(this.drafts, near, element, 'cycles', element.cycles, this.stream, true);
    } else if (open === null && mention !== null && element.first - mention.next <= MODIFIER_GAP) {
      // `pembrolizumab/placebo 6 cykler`, `singel bevacizumab till totalt 16 cykler`: cycles without an amount.
      this.startCycleOnly(element, mention, mention.prefixFirst, element.next);
    }
  }

  private startCycleOnly(element: ElementOf<'cycles' | 'times'>, mention: Mention, first: number, next: number): void {
    this.taken.add(element);
    const draft = this.startDraft(first, next, next);
    draft.dose.cycles = element.cycles;
    if (!mention.used) {
      draft.dose.route = mention.route;
      draft.dose.intervalDays = mention.intervalDays;
    }
    bindMention(draft, mention, this.slice(mention.first, mention.nameNext));
  }

  private startDraft(first: number, next: number, amountFirst: number): Draft {
    const previous = this.s.lastInSentence;
    const dose = emptyDose();
    dose.link = previous === null ? null : this.links.between(previous.next, first);
    const draft: Draft = { dose, first, next, amountFirst, amountNext: next, sentence: this.sentence, drugEntry: null, stated: null };
    if (this.s.days !== null) dose.days = this.s.days.days;
    if (this.s.cycles !== null) dose.cycles = this.s.cycles.cycles;
    this.drafts.push(draft);
    this.s.open = draft;
    this.s.lastInSentence = draft;
    this.s.preRoute = null;
    this.s.preDays = null;
    this.s.diluentNext = -1;
    this.s.asideNext = -1;
    return draft;
  }

  /**
   * Whether the name closes a bracket that opened after the open dose's amount and restates it:
   * `(motsvarande 1,4 mg/m2 eribulinmesylat)`, an equivalence cue and one amount before the name.
   */
  private restatesOpenDose(open: Draft, name: ElementOf<'mention'>): boolean {
    const cueNext = this.s.thresholdNext;
    if (!this.stream.isPunct(name.next, ')') || cueNext < open.amountNext || name.first < cueNext || name.first - cueNext > RESTATED_AMOUNT_TOKENS) return false;
    for (let at = open.amountNext; at < cueNext; at++) if (this.stream.isPunct(at, '(')) return true;
    return false;
  }

  /** Whether `at` stands in a bracket opened within a few tokens after the dose `open` (or its name after it), and still open. */
  private inAsideOf(open: Draft, at: number): boolean {
    const from = Math.max(open.next, this.s.asideNext);
    for (let index = at - 1; index >= from; index--) {
      if (this.stream.isPunct(index, ')')) return false;
      if (this.stream.isPunct(index, '(')) return index - from <= MODIFIER_GAP;
    }
    return this.s.asideNext !== -1 && at - this.s.asideNext <= MODIFIER_GAP;
  }

  /** `10 mg morfin po motsvarar …`: the statement just read was one side of a conversion, not a dose. */
  private dropDraft(draft: Draft): void {
    this.drafts.splice(this.drafts.indexOf(draft), 1);
    const finding = this.withoutDrug.get(draft);
    if (finding !== undefined) this.diagnostics.splice(this.diagnostics.indexOf(finding), 1);
    this.withoutDrug.delete(draft);
    this.read.push({ first: draft.first, next: draft.next });
    const previous = this.drafts[this.drafts.length - 1];
    this.s.lastInSentence = previous !== undefined && previous.sentence === this.sentence ? previous : null;
    this.s.open = null;
  }

  /** Every statement of the sentence was an observation, not a dose: drop them and their findings. */
  private dropSentenceDrafts(): void {
    while (this.drafts[this.drafts.length - 1]?.sentence === this.sentence) {
      const draft = this.drafts.pop() as Draft;
      const start = this.stream.startOf(draft.first);
      const end = this.stream.endOf(draft.next - 1);
      for (let i = this.diagnostics.length - 1; i >= 0; i--) {
        const finding = this.diagnostics[i];
        if (finding !== undefined && finding.start >= start && finding.end <= end) this.diagnostics.splice(i, 1);
      }
      this.withoutDrug.delete(draft);
      this.read.push({ first: draft.first, next: draft.next });
    }
    this.s.lastInSentence = null;
    this.s.open = null;
  }

  /** Drops the sentence's flat masses with nothing that gives them (no route, schedule or days). */
  private dropVialContents(): void {
    for (const draft of this.sentenceDrafts()) {
      const dose = draft.dose;
      const given = dose.route !== null || dose.intervalDays !== null || dose.days !== null || dose.timesPerDay !== null || dose.cycles !== null;
      if (dose.unit === 'mg' && !given) this.dropDraft(draft);
    }
  }

  private attach(draft: Draft, next: number, set: (dose: Draft['dose']) => void): void {
    set(draft.dose);
    extendDraft(draft, next);
  }

  private endSentence(next: number): void {
    this.dropAmountTable(next);
    // `48 mg gav lindrig intox`: a sentence about an overdose that gives no dose states none.
    if (this.s.overdose && !this.s.dosingCue) this.dropSentenceDrafts();
    // `Daunorubicin 20 mg löses i 4 ml`: a flat mass in a sentence preparing a vial is its content.
    if (this.s.preparation && !this.s.dosingCue) this.dropVialContents();
    if (this.s.lastInSentence !== null) {
      const reported = new Set<number>();
      for (let i = this.diagnostics.length - 1; i >= 0 && (this.diagnostics[i]?.start ?? -1) >= this.stream.startOf(this.s.first); i--) {
        reported.add(this.diagnostics[i]?.start ?? -1);
      }
      this.diagnostics.push(...misspeltNamesIn(this.stream, this.s.first, next, this.s.mentions, this.near, reported));
    }
    const inSentence = this.sentenceDrafts();
    const others = sentenceDrugs(inSentence, this.s.mentions);
    for (const draft of inSentence) {
      const role = drugRoleOf(draft, this.s.premedicationCue, others.fluorouracil);
      const unclear = unclearRole(draft, role, others);
      draft.dose.drugRole = unclear === null ? role : null;
      if (unclear !== null) this.diagnostics.push(roleFinding(unclear, this.slice(draft.first, draft.amountNext), this.stream.startOf(draft.first), this.stream.endOf(draft.amountNext - 1)));
      this.read.push({ first: draft.first, next: draft.next });
    }
    this.diagnostics.push(...unsharedListSchedules(inSentence, this.stream, this.text));
    if (this.s.premedicationCue !== null) this.premedicationSentences.set(this.sentence, this.s.premedicationCue);
    if (this.s.dosingCue) this.dosingSentences.add(this.sentence);
    this.sentenceSpans.push({ first: this.s.first, next });
    this.sentence++;
    this.s = freshSentence(next);
  }

  /** The drafts of the sentence being read, in order: they are the last ones made, so they are found walking back. */
  private sentenceDrafts(): Draft[] {
    let first = this.drafts.length;
    while (first > 0 && this.drafts[first - 1]?.sentence === this.sentence) first--;
    return this.drafts.slice(first);
  }

  /** An equivalence table or a row of amounts side by side (see `amountTableKind`): no doses. */
  private dropAmountTable(next: number): void {
    const cells = this.sentenceDrafts();
    const kind = amountTableKind(cells, this.stream, this.s.first, next, this.heading);
    if (kind === null) return;
    for (const draft of cells) this.dropDraft(draft);
    if (kind === 'columns') {
      const first = cells[0]?.first ?? this.s.first;
      const last = cells[cells.length - 1]?.next ?? next;
      this.diagnostics.push(tableRowFinding(this.slice(first, last), this.stream.startOf(first), this.stream.endOf(last - 1)));
    }
  }

  /** Source text of the tokens `[first, next)`. */
  private slice(first: number, next: number): string {
    return this.text.slice(this.stream.startOf(first), this.stream.endOf(next - 1));
  }
}

/**
 * `var 8:e timme` after a dose with no times per day or interval, in hours that divide the day.
 * `två doser … med 4 timmars mellanrum` counts its doses and states no daily rhythm.
 */
function gapGivesTimesPerDay(stream: TokenStream, near: Draft, gap: ElementOf<'hour-gap'>): boolean {
  if (!stream.isWord(gap.first, ['var', 'varje', 'every'])) return false;
  return near.dose.timesPerDay === null && near.dose.intervalDays === null && gap.hours < 24 && 24 % gap.hours === 0;
}
