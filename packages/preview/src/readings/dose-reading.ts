import type { DoseStatementNode, Duration, Fractionation, KnowledgeGraph } from '@guideline-as-code/model';
import { word } from '../i18n.js';
import type { SiteLanguage } from '../site-input.js';
import { formatNumber, formatRange } from './numbers.js';

/** One line of a dose's normalised reading: what (label) and how the tool read it (value). */
export interface ReadingLine {
  label: string;
  value: string;
}

const doseKinds = {
  flat: { sv: 'fast dos', en: 'flat dose' },
  'body-surface': { sv: 'per kroppsyta', en: 'per body surface' },
  weight: { sv: 'per kilo kroppsvikt', en: 'per kilogram body weight' },
  auc: { sv: 'AUC-dos', en: 'AUC dose' },
  radiation: { sv: 'strålbehandling', en: 'radiotherapy' },
  units: { sv: 'fast dos i miljoner enheter', en: 'flat dose in million units' },
  'units-per-weight': { sv: 'miljoner enheter per kilo kroppsvikt', en: 'million units per kilogram body weight' },
} as const;

const roles = {
  recommendation: { sv: 'rekommendation', en: 'recommendation' },
  practice: { sv: 'klinisk praxis', en: 'clinical practice' },
  trialArm: { sv: 'studiearm', en: 'trial arm' },
} as const;

const durationUnits = {
  a: { sv: ['år', 'år'], en: ['year', 'years'] },
  mo: { sv: ['månad', 'månader'], en: ['month', 'months'] },
  wk: { sv: ['vecka', 'veckor'], en: ['week', 'weeks'] },
  d: { sv: ['dag', 'dagar'], en: ['day', 'days'] },
} as const;

/**
 * How the tool read a dose statement, line by line, from the graph's normalised fields only:
 * what the text does not state reads "not stated", never a guess.
 */
export function doseReading(dose: DoseStatementNode, graph: KnowledgeGraph, language: SiteLanguage): ReadingLine[] {
  const notStated = word('notStated', language);
  const lines: ReadingLine[] = [
    { label: word('drug', language), value: drugReading(dose, language) },
    { label: word('dose', language), value: amountReading(dose, language) ?? notStated },
    { label: word('interval', language), value: dose.intervalDays ? intervalReading(dose.intervalDays.low, dose.intervalDays.high, language) : notStated },
  ];
  if (dose.pause) lines.push({ label: word('pause', language), value: pauseReading(dose.pause, language) });
  lines.push({ label: word('cycles', language), value: dose.cycles ? formatRange(dose.cycles, language) : notStated });
  if (dose.maxDuration) lines.push({ label: word('maxDuration', language), value: durationReading(dose.maxDuration, language) });
  lines.push({ label: word('route', language), value: dose.route ?? notStated });
  if (dose.fractionation) lines.push({ label: word('fractionation', language), value: fractionationReading(dose.fractionation, language) });
  if (dose.phaseCount > 1) lines.push({ label: word('phase', language), value: `${dose.phase} / ${dose.phaseCount}` });
  lines.push({ label: word('role', language), value: roleReading(dose, graph, language) });
  return lines;
}

function drugReading(dose: DoseStatementNode, language: SiteLanguage): string {
  if (!dose.inn) return `${dose.drugText ?? '–'} (${word('unknownDrug', language)})`;
  const atc = dose.atc ? `, ATC ${dose.atc}` : '';
  return `${dose.drugText ?? dose.inn} (INN ${dose.inn}${atc})`;
}

function amountReading(dose: DoseStatementNode, language: SiteLanguage): string | undefined {
  if (!dose.amount) return undefined;
  const kind = dose.doseKind ? ` (${doseKinds[dose.doseKind][language]})` : '';
  return `${formatRange(dose.amount, language)} ${dose.unit ?? ''}${kind}`.replace(/ +\(/, ' (');
}

function intervalReading(low: number, high: number, language: SiteLanguage): string {
  const days = formatRange({ low, high }, language);
  if (low === 1 && high === 1) return language === 'sv' ? 'dagligen (var 1 dag)' : 'daily (every 1 day)';
  if (low === high) return language === 'sv' ? `var ${days}:e dag` : `every ${days} days`;
  return language === 'sv' ? `var ${days} dagar` : `every ${days} days`;
}

function pauseReading(pause: { periodDays: number; offDays: number }, language: SiteLanguage): string {
  return language === 'sv'
    ? `${pause.offDays} dagars paus var ${pause.periodDays}:e dag`
    : `${pause.offDays} days off every ${pause.periodDays} days`;
}

function durationReading(duration: Duration, language: SiteLanguage): string {
  const [one, many] = durationUnits[duration.unit][language];
  return `${formatNumber(duration.value, language)} ${duration.value === 1 ? one : many}`;
}

function fractionationReading(fractionation: Fractionation, language: SiteLanguage): string {
  const parts: string[] = [];
  const { dosePerFraction, fractions, total } = fractionation;
  if (dosePerFraction) parts.push(`${formatRange(dosePerFraction, language)} Gy ${language === 'sv' ? 'per fraktion' : 'per fraction'}`);
  if (fractions) parts.push(`${formatRange(fractions, language)} ${language === 'sv' ? 'fraktioner' : 'fractions'}${fractions.derived ? (language === 'sv' ? ' (beräknat)' : ' (computed)') : ''}`);
  if (total) parts.push(`${language === 'sv' ? 'totalt' : 'total'} ${formatRange(total, language)} Gy`);
  return parts.join(', ');
}

function roleReading(dose: DoseStatementNode, graph: KnowledgeGraph, language: SiteLanguage): string {
  const role = roles[dose.role][language];
  const trial = dose.trial ? graph.nodes.find((node) => node.id === dose.trial) : undefined;
  const trialName = trial?.type === 'trial' ? trial.name.value : undefined;
  const regimen = dose.regimenText ? `, ${word('regimen', language).toLowerCase()} ${dose.regimenText}` : '';
  return `${role}${trialName ? ` (${trialName})` : ''}${regimen}`;
}
