import type { GraphIndex, NumberRange, OpenRange } from '@guideline-as-code/model';
import type { LocalizedText } from '@guideline-as-code/types';
import { doseReading, fieldValue, type DoseReading } from '../graph/fields.js';
import type { Language } from '../settings.js';

type Words = Record<string, LocalizedText>;

const labels = {
  title: { sv: 'Dos', en: 'Dose' },
  drug: { sv: 'Läkemedel', en: 'Drug' },
  amount: { sv: 'Mängd', en: 'Amount' },
  interval: { sv: 'Intervall', en: 'Interval' },
  pause: { sv: 'Uppehåll', en: 'Break' },
  cycles: { sv: 'Cykler', en: 'Cycles' },
  maxDuration: { sv: 'Längst', en: 'At most' },
  route: { sv: 'Administrationsväg', en: 'Route' },
  fractionation: { sv: 'Fraktionering', en: 'Fractionation' },
  regimen: { sv: 'Regim', en: 'Regimen' },
  trial: { sv: 'Studie', en: 'Trial' },
  phase: { sv: 'Fas', en: 'Phase' },
  notStated: { sv: 'ej angivet', en: 'not stated' },
  derived: { sv: 'beräknat', en: 'derived' },
  fromHeading: { sv: 'från rubriken på rad', en: 'from the heading on line' },
  fromSentence: { sv: 'från meningen på rad', en: 'from the sentence on line' },
} satisfies Words;

const roles: Words = {
  recommendation: { sv: 'rekommendation', en: 'recommendation' },
  practice: { sv: 'beskriven praxis', en: 'described practice' },
  trialArm: { sv: 'studiearm', en: 'trial arm' },
};
const doseKinds: Words = {
  flat: { sv: 'fast dos', en: 'flat dose' },
  'body-surface': { sv: 'per kroppsyta', en: 'per body surface' },
  weight: { sv: 'per kg kroppsvikt', en: 'per kg body weight' },
  auc: { sv: 'mål-AUC', en: 'target AUC' },
  radiation: { sv: 'strålbehandling', en: 'radiotherapy' },
  units: { sv: 'fast dos i miljoner enheter', en: 'flat dose in million units' },
  'units-per-weight': { sv: 'miljoner enheter per kg kroppsvikt', en: 'million units per kg body weight' },
};
const routes: Words = {
  iv: { sv: 'intravenöst (iv)', en: 'intravenous (iv)' },
  po: { sv: 'peroralt (po)', en: 'oral (po)' },
  sc: { sv: 'subkutant (sc)', en: 'subcutaneous (sc)' },
  im: { sv: 'intramuskulärt (im)', en: 'intramuscular (im)' },
  ip: { sv: 'intraperitonealt (ip)', en: 'intraperitoneal (ip)' },
};
const timeUnits: Words = {
  a: { sv: 'år', en: 'years' },
  mo: { sv: 'månader', en: 'months' },
  wk: { sv: 'veckor', en: 'weeks' },
  d: { sv: 'dagar', en: 'days' },
};

/**
 * The normalised reading of a dose statement as Markdown: what the parser understood, so
 * that an editor sees at once whether `175 mg/m2 var 3:e vecka` was read as meant.
 */
export function doseHover(node: Parameters<typeof doseReading>[0], index: GraphIndex, language: Language): string {
  const dose = doseReading(node);
  const say = (words: LocalizedText) => words[language];
  const none = `*${say(labels.notStated)}*`;
  const rows: [LocalizedText, string][] = [
    [labels.drug, drugLine(dose, language) ?? none],
    [labels.amount, dose.amount ? `${range(dose.amount, language)} ${dose.unit ?? ''}${dose.doseKind ? ` (${say(doseKinds[dose.doseKind]!)})` : ''}`.trim() : none],
    [labels.interval, dose.intervalDays ? interval(dose.intervalDays, language) : none],
    [labels.cycles, dose.cycles ? openRange(dose.cycles, language) : none],
    [labels.route, dose.route ? say(routes[dose.route]!) : none],
  ];
  if (dose.pause) rows.push([labels.pause, pause(dose.pause, language)]);
  if (dose.maxDuration) rows.push([labels.maxDuration, `${number(dose.maxDuration.value, language)} ${say(timeUnits[dose.maxDuration.unit]!)}`]);
  if (dose.fractionation) rows.push([labels.fractionation, fractionation(dose.fractionation, language)]);
  const regimen = dose.regimen ? index.get(dose.regimen) : undefined;
  if (regimen?.type === 'regimen') rows.push([labels.regimen, fieldValue(regimen.name) ?? regimen.id]);
  const trial = dose.trial ? index.get(dose.trial) : undefined;
  if (trial?.type === 'trial') rows.push([labels.trial, `${fieldValue(trial.name) ?? trial.id}${fieldValue(trial.nct) ? ` (${fieldValue(trial.nct)})` : ''}`]);
  if (dose.phaseCount > 1) rows.push([labels.phase, `${dose.phase} / ${dose.phaseCount}`]);
  return [
    `**${say(labels.title)}** — ${say(roles[dose.role]!)}: \`${dose.text}\``,
    '',
    ...rows.map(([label, value]) => `- ${say(label)}: ${value}`),
  ].join('\n');
}

/** The drug as written and as the lexicon names it; where it was taken from when the dose's sentence names none. */
function drugLine(dose: DoseReading, language: Language): string | null {
  const name = dose.inn ?? dose.drugText;
  if (!name) return null;
  const details = [dose.inn ? `INN ${dose.inn}` : null, dose.atc ? `ATC ${dose.atc}` : null].filter(Boolean);
  const written = dose.drugText && dose.drugText !== dose.inn ? `${dose.drugText} → ` : '';
  const from = dose.drugFrom ? ` — ${(dose.drugFrom.kind === 'heading' ? labels.fromHeading : labels.fromSentence)[language]} ${dose.drugFrom.line}` : '';
  return `${written}**${name}**${details.length > 0 ? ` (${details.join(', ')})` : ''}${from}`;
}

function interval(days: NumberRange, language: Language): string {
  if (days.low === 1 && days.high === 1) return language === 'sv' ? 'dagligen' : 'daily';
  const every = range(days, language);
  return language === 'sv' ? `var ${every}:e dag` : `every ${every} days`;
}

function pause(value: { periodDays: number; offDays: number }, language: Language): string {
  return language === 'sv' ? `${value.offDays} dagar av varje ${value.periodDays}` : `${value.offDays} days of every ${value.periodDays}`;
}

function fractionation(value: NonNullable<DoseReading['fractionation']>, language: Language): string {
  const part = (v: { low: number; high: number; derived: boolean } | null, unit: string) =>
    v ? `${range(v, language)}${unit}${v.derived ? ` (${labels.derived[language]})` : ''}` : labels.notStated[language];
  return `${part(value.dosePerFraction, ' Gy')} × ${part(value.fractions, '')} = ${part(value.total, ' Gy')}`;
}

function openRange(value: OpenRange, language: Language): string {
  if (value.low !== null && value.high !== null) return range({ low: value.low, high: value.high }, language);
  if (value.high !== null) return `${language === 'sv' ? 'upp till' : 'up to'} ${number(value.high, language)}`;
  if (value.low !== null) return `${language === 'sv' ? 'minst' : 'at least'} ${number(value.low, language)}`;
  return labels.notStated[language];
}

function range(value: NumberRange, language: Language): string {
  return value.low === value.high ? number(value.low, language) : `${number(value.low, language)}–${number(value.high, language)}`;
}

/** Swedish writes a decimal comma. */
function number(value: number, language: Language): string {
  return language === 'sv' ? String(value).replace('.', ',') : String(value);
}
