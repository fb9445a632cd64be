// Every value in the regimens package points at the guideline text that states it: the span's
// text is what the source file holds at that line and column, and it contains the value as
// the guideline writes it (e.g. `175 mg/m2`, `AUC 5`, `var 4:e vecka`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Regimen } from '../../runtime/regimen-types.js';
import type { Source } from '@guideline-as-code/types';
import { packageDir } from '../../test-support/import-package.js';
import { spansWithText, textAt } from '../../test-support/source-at.js';

const published = (name = 'regimens', file = 'regimens.json') => JSON.parse(readFileSync(path.join(packageDir(name), 'dist', file), 'utf8')) as { regimens: Regimen[] };

/** A number as Swedish text writes it: decimal comma, a space (or nothing) between thousands. */
function numberSpellings(value: number): string[] {
  const plain = String(value).replace('.', ',');
  return [...new Set([plain, plain.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')])];
}

function rangeSpellings(range: { low: number | null; high: number | null }): string[] {
  const { low, high } = range;
  if (low !== null && high !== null && low !== high) {
    return numberSpellings(low).flatMap((a) => numberSpellings(high).flatMap((b) => [`${a}–${b}`, `${a}-${b}`]));
  }
  const single = low ?? high;
  return single === null ? [] : numberSpellings(single);
}

const ordinals: Record<number, string[]> = { 2: ['varannan vecka'], 3: ['var tredje vecka'], 4: ['var fjärde vecka'], 6: ['var sjätte vecka'] };
const durationUnits: Record<string, string[]> = { a: ['år'], mo: ['månad', 'månader'], wk: ['vecka', 'veckor'], d: ['dag', 'dagar'] };

/** How the guideline may write a stated value, by the name of the field that holds it. */
function spellings(field: string, value: unknown): string[] {
  switch (field) {
    case 'intent':
      return value === 'palliative' ? ['palliativ'] : ['kurativ'];
    case 'route':
      return ({ po: ['peroralt', 'po'], iv: ['intravenöst', 'iv'], sc: ['subkutant', 'sc'], im: ['intramuskulärt', 'im'] } as Record<string, string[]>)[value as string] ?? [];
    case 'grade':
      return [`(${String(value)})`];
    case 'dose': {
      const dose = value as { amount: { low: number; high: number }; unit: string; kind: string };
      const amounts = rangeSpellings(dose.amount);
      if (dose.kind === 'auc') return amounts.flatMap((amount) => [`AUC ${amount}`, `AUC${amount}`]);
      return amounts.flatMap((amount) => [`${amount} ${dose.unit}`, `${amount} ${dose.unit.replace('m2', 'm²')}`]);
    }
    case 'interval': {
      const days = (value as { days: { low: number; high: number } }).days;
      if (days.low !== days.high) return [];
      if (days.low === 1) return ['dagligen', 'per dag', '/dag'];
      if (days.low === 7) return ['veckovis', 'varje vecka'];
      const weeks = days.low / 7;
      return [`var ${weeks}:e vecka`, ...(ordinals[weeks] ?? [])];
    }
    case 'cycles': {
      const cycles = value as { low: number | null; high: number | null; inWords?: string | null };
      return cycles.inWords != null ? [cycles.inWords] : rangeSpellings(cycles);
    }
    case 'maxDuration': {
      const duration = value as { value: number; unit: string };
      return numberSpellings(duration.value).flatMap((amount) => (durationUnits[duration.unit] ?? []).map((unit) => `${amount} ${unit}`));
    }
    case 'dosePerFraction':
    case 'total':
      return rangeSpellings(value as { low: number; high: number }).map((amount) => `${amount} Gy`);
    case 'fractions':
      return rangeSpellings(value as { low: number; high: number });
    // Graph fields hold the normalised values of a dose cell.
    case 'unit':
      return ({ 'mg/mL.min': ['AUC'], 'mg/m2': ['mg/m2', 'mg/m²'], 'mg/kg': ['mg/kg'], mg: ['mg'], Gy: ['Gy'] } as Record<string, string[]>)[value as string] ?? [];
    case 'doseKind':
      return ({ auc: ['AUC'], 'body-surface': ['m2', 'm²'], weight: ['/kg'], flat: ['mg'], radiation: ['Gy'] } as Record<string, string[]>)[value as string] ?? [];
    case 'amount':
      return rangeSpellings(value as { low: number; high: number });
    case 'intervalDays':
      return spellings('interval', { days: value });
    case 'pause':
      return ['paus'];
    case 'fractionation':
      return ['Gy'];
    case 'cyclesInWords':
    case 'drugName':
      return [value as string];
    case 'link':
    case 'regimenLink':
      return [(value as string[]).join(','), (value as string[]).join(', ')];
    default:
      return leaves(value);
  }
}

/** A value's strings and numbers as text: a CSL field such as an author list is written as YAML. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  return [];
}

/** Every stated value in the data: `{ notStated: false, value, source }`, with the field name that holds it. */
function statedValues(value: unknown, field = ''): { field: string; value: unknown; source: Source; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item) => statedValues(item, field));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (record['notStated'] === false) return [{ field, value: record['value'], source: record['source'] as Source, text: record['text'] as string }];
  return Object.entries(record).flatMap(([key, item]) => statedValues(item, key));
}

/** The sources of every `{ notStated: true }` value that is not derived from stated ones. */
function notStatedValues(value: unknown): (string | null)[] {
  if (Array.isArray(value)) return value.flatMap(notStatedValues);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (record['notStated'] === true && !('derived' in record)) return [record['text'] as string | null];
  return Object.values(record).flatMap(notStatedValues);
}

const packages = [
  ['regimens', 'regimens.json'],
  ['references', 'references.json'],
  ['rules', 'rules.json'],
  ['knowledge-graph', 'graph.json'],
] as const;

describe.each(packages)('every published value in the %s package', (name, file) => {
  it('carries the span from the graph, whose text is what the source file holds there', () => {
    const spans = spansWithText(published(name, file));
    expect(spans.length).toBeGreaterThan(10);
    for (const { path: where, source, text } of spans) expect(textAt(source), where.join('.')).toBe(text);
  });

  it('points at text that contains the value as the guideline writes it', () => {
    const stated = statedValues(published(name, file));
    expect(stated.length).toBeGreaterThan(10);
    for (const { field, value, source, text } of stated) {
      if (field === 'text' || field === 'sentence') {
        // Prose: the value is the text as written with its citation groups taken out.
        expect(text.replace(/\s*\[@[^\]]*\]/g, ''), `${source.file}:${source.start.line}`).toBe(value);
        continue;
      }
      if (field === 'statedIn') {
        for (const section of value as string[]) expect(text).toContain(section.replace(/^section:/, ''));
        continue;
      }
      const forms = spellings(field, value);
      if (forms.length === 0 && typeof value === 'object') continue; // a CSL list or object: its leaves are checked where they are strings
      expect(forms, `no spelling for ${field} ${JSON.stringify(value)}`).not.toEqual([]);
      expect(
        forms.some((form) => text.includes(form)),
        `${field} ${JSON.stringify(value)} at ${source.file}:${source.start.line}:${source.start.column}: "${text}" contains none of ${JSON.stringify(forms)}`,
      ).toBe(true);
    }
  });
});

describe('what the regimens package does not state', () => {
  it('is marked, pointing at the cell that says "ej angivet" where there is one', () => {
    const notStated = notStatedValues(published().regimens);
    expect(notStated.filter((text) => text !== null).length).toBeGreaterThan(10);
    for (const text of notStated) if (text !== null) expect(text).toBe('ej angivet');
  });
});
