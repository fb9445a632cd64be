import type { Match, TokenStream } from './token-stream.js';

const LOADING = [
  ['laddningsdos'], ['laddningsdosen'], ['startdos'], ['initialdos'], ['initialdosen'], ['första', 'dosen'], ['första', 'dos'], ['initialt'],
  ['första', 'gången'], ['loading', 'dose'], ['initial', 'dose'], ['first', 'dose'], ['initially'],
];
const MAINTENANCE = [['underhållsdos'], ['underhållsdosen'], ['underhållsbehandling'], ['maintenance', 'dose'], ['maintenance']];

/**
 * `laddningsdos 8 mg/kg`, `underhållsdos 6 mg/kg`: the phase of the amount that follows; right
 * after a dose (`8 mg/kg initialt`, `840 mg som startdos`), the phase of that dose.
 */
export function readPhaseCue(stream: TokenStream, at: number): Match<'loading' | 'maintenance'> | null {
  const loading = stream.phrase(at, LOADING);
  if (loading !== -1) return { value: 'loading', next: loading };
  const maintenance = stream.phrase(at, MAINTENANCE);
  return maintenance === -1 ? null : { value: 'maintenance', next: maintenance };
}

/** Words that name premedication. */
const PREMEDICATION_WORDS = [
  ['premedicering'], ['premedicinering'], ['premedicin'], ['premedication'], ['premedicated'], ['premedicineras'], ['premediceras'],
  ['premedicinera'], ['premedicera'], ['premedicinerad'], ['premedicinerade'], ['premedicerad'], ['premedicerade'], ['premedicineringen'],
  ['premediceringen'],
];
/** Phrases that only say when a drug is given. */
const BEFORE_TREATMENT = [
  ['före', 'behandling'], ['före', 'behandlingen'], ['före', 'infusion'], ['före', 'infusionen'], ['före', 'kemoterapi'],
  ['före', 'cytostatika'], ['före', 'start'], ['innan', 'behandling'], ['innan', 'infusionen'], ['before', 'infusion'],
  ['före', 'varje', 'infusion'], ['före', 'varje', 'behandling'], ['före', 'varje', 'kur'], ['före', 'kuren'],
  ['innan', 'infusion'], ['innan', 'varje', 'infusion'], ['before', 'treatment'], ['before', 'chemotherapy'],
  ['before', 'each', 'infusion'], ['före', 'administrering'], ['före', 'administreringen'], ['innan', 'administrering'],
  ['before', 'administration'],
];

/**
 * `premedicering` (`explicit`), `före behandling` (`timing`): a supportive drug in the sentence is
 * given as premedication; see `drugRoleOf` for what each kind decides.
 */
export function readPremedicationCue(stream: TokenStream, at: number): Match<PremedicationCue> | null {
  const named = stream.phrase(at, PREMEDICATION_WORDS);
  if (named !== -1) return { value: 'explicit', next: named };
  const timing = stream.phrase(at, BEFORE_TREATMENT);
  return timing === -1 ? null : { value: 'timing', next: timing };
}

export type PremedicationCue = 'explicit' | 'timing';

const SCHEDULE_NAMES = [['schemat', 'för'], ['schema', 'för'], ['regimen', 'för'], ['regimen'], ['regimet'], ['schedule', 'for']];

/**
 * `enligt schemat för Nivolumab 240 mg`: the drug and amount that follow name a regimen (the
 * schedule of a regimen page) rather than state a dose.
 */
export function readScheduleNameCue(stream: TokenStream, at: number): Match<true> | null {
  const next = stream.phrase(at, SCHEDULE_NAMES);
  return next === -1 ? null : { value: true, next };
}

const CONVERSION_VERBS = [['motsvarar'], ['motsvarar', 'cirka'], ['motsvarar', 'ca'], ['är', 'ekvipotent', 'med'], ['equals'], ['corresponds', 'to']];

/**
 * `10 mg morfin po motsvarar cirka 3–5 mg sc`: a conversion between two amounts; neither side is
 * a dose. (`80 mg/m2 veckovis, motsvarande 240 mg/m2 per cykel` is another form: the dose stays,
 * and only the amount after `motsvarande` is not a dose, as a threshold.)
 */
export function readConversionCue(stream: TokenStream, at: number): Match<true> | null {
  const next = stream.phrase(at, CONVERSION_VERBS);
  return next === -1 ? null : { value: true, next };
}

const OVERDOSE = [
  ['intox'], ['intoxikation'], ['intoxikationen'], ['överdos'], ['överdosen'], ['överdoser'], ['överdosering'], ['överdoseringen'],
  ['förgiftning'], ['toxisk', 'dos'], ['toxiska', 'doser'], ['letal', 'dos'], ['dödlig', 'dos'], ['overdose'], ['overdosage'],
  ['intoxication'],
];

/**
 * `Toxicitet enl FASS: 48 mg gav lindrig intox`, `Vid överdosering med 2 g …`: the amounts of
 * the sentence are observations of an overdose, not doses (unless the sentence also gives a dose,
 * see `readDosingCue`).
 */
export function readOverdoseCue(stream: TokenStream, at: number): Match<true> | null {
  const next = stream.phrase(at, OVERDOSE);
  return next === -1 ? null : { value: true, next };
}

const PREPARATION = [
  ['löses'], ['löses', 'upp'], ['lös', 'upp'], ['upplöses'], ['späds'], ['spädes'], ['bereds'], ['rekonstitueras'],
  ['rekonstituera'], ['stamlösning'], ['stamlösningen'], ['dissolve'], ['dissolved'], ['reconstitute'], ['reconstituted'],
];

/**
 * `Daunorubicin 20 mg löses i 4 ml sterilt vatten`, `10 ml per 100 mg, ger stamlösning 10 mg/ml`:
 * the sentence prepares a vial; its flat masses are what the vial holds, not doses (unless the
 * sentence also gives a dose, see `readDosingCue`).
 */
export function readPreparationCue(stream: TokenStream, at: number): Match<true> | null {
  if (stream.at(at)?.kind !== 'word') return null;
  const next = stream.phrase(at, PREPARATION);
  return next === -1 ? null : { value: true, next };
}

const DOSING = [
  ['ges'], ['ge'], ['ska', 'ges'], ['bör', 'ges'], ['administreras'], ['doseras'], ['rekommenderas'], ['rekommenderad', 'dos'],
  ['rekommenderade', 'dosen'], ['den', 'rekommenderade', 'dosen'], ['dos', ':'], ['dosering', ':'], ['give'], ['is', 'given'],
  ['administered'], ['recommended', 'dose'],
];

/**
 * A word that gives a dose (`ges`, `ge`, `doseras`, `rekommenderad dos`, `Dos:`): in a sentence
 * about an overdose it keeps the sentence's amounts doses (`Vid överdosering ges naloxon 0,4 mg
 * iv`), and it is the dose cue a drug taken from the heading needs.
 */
export function readDosingCue(stream: TokenStream, at: number): Match<true> | null {
  const next = stream.phrase(at, DOSING);
  return next === -1 ? null : { value: true, next };
}
