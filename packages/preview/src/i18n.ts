import type { SiteLanguage } from './site-input.js';

/** The site's own words, in Swedish (default) and English. */
const words = {
  siteTitle: { sv: 'Förhandsvisning', en: 'Preview' },
  chapters: { sv: 'Kapitel', en: 'Chapters' },
  regimens: { sv: 'Regimer', en: 'Regimens' },
  regimen: { sv: 'Regim', en: 'Regimen' },
  recommendations: { sv: 'Rekommendationer', en: 'Recommendations' },
  references: { sv: 'Referenser', en: 'References' },
  findings: { sv: 'Fynd', en: 'Findings' },
  navigation: { sv: 'Webbplatsens delar', en: 'Site sections' },
  error: { sv: 'Fel', en: 'Error' },
  warning: { sv: 'Varning', en: 'Warning' },
  info: { sv: 'Information', en: 'Information' },
  acknowledged: { sv: 'Kvitterat', en: 'Acknowledged' },
  reason: { sv: 'Skäl', en: 'Reason' },
  fix: { sv: 'Åtgärd', en: 'Fix' },
  noFindings: { sv: 'Inga fynd.', en: 'No findings.' },
  findingsWithoutPlace: { sv: 'Fynd utan plats i texten', en: 'Findings without a place in the text' },
  drug: { sv: 'Läkemedel', en: 'Drug' },
  dose: { sv: 'Dos', en: 'Dose' },
  interval: { sv: 'Intervall', en: 'Interval' },
  pause: { sv: 'Paus', en: 'Pause' },
  cycles: { sv: 'Cykler', en: 'Cycles' },
  maxDuration: { sv: 'Maximal behandlingstid', en: 'Maximum duration' },
  route: { sv: 'Väg', en: 'Route' },
  role: { sv: 'Roll', en: 'Role' },
  phase: { sv: 'Fas', en: 'Phase' },
  trial: { sv: 'Studie', en: 'Trial' },
  fractionation: { sv: 'Fraktionering', en: 'Fractionation' },
  notStated: { sv: 'ej angivet', en: 'not stated' },
  unknownDrug: { sv: 'okänt läkemedel', en: 'unknown drug' },
  grade: { sv: 'Evidensgrad', en: 'Evidence grade' },
  noGrade: { sv: 'ingen evidensgrad', en: 'no evidence grade' },
  condition: { sv: 'Villkor', en: 'Condition' },
  section: { sv: 'Avsnitt', en: 'Section' },
  intent: { sv: 'Syfte', en: 'Intent' },
  statedIn: { sv: 'Anges i avsnitt', en: 'Stated in sections' },
  showInText: { sv: 'visa i texten', en: 'show in the text' },
  citedFrom: { sv: 'Citeras i', en: 'Cited in' },
  notCited: { sv: 'citeras inte', en: 'not cited' },
  missingDetails: { sv: 'Saknas i källan', en: 'Missing in the source' },
  recommendation: { sv: 'Rekommendation', en: 'Recommendation' },
  text: { sv: 'Text', en: 'Text' },
  where: { sv: 'Plats', en: 'Place' },
  rule: { sv: 'Regel', en: 'Rule' },
  message: { sv: 'Meddelande', en: 'Message' },
  severity: { sv: 'Allvarlighet', en: 'Severity' },
  doseHint: {
    sv: 'Markerade doser: håll muspekaren över eller tabba till en dos för att se hur verktyget läste den.',
    en: 'Highlighted doses: hover over or tab to a dose to see how the tool read it.',
  },
} as const;

export type Word = keyof typeof words;

/** A word of the site in the language asked for. */
export function word(key: Word, language: SiteLanguage): string {
  return words[key][language];
}
