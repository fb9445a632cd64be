import type { RegimenComponentNode } from '@guideline-as-code/model';
import { formatDose, formatInterval, type DrugLexicon } from '@guideline-as-code/dose';
import type { RegimenField } from '../regimens/regimen-columns.js';

/** The column headings the renderer writes, one per field, as the convention names them. */
const headings: Record<RegimenField, string> = {
  phase: 'Fas',
  drug: 'Läkemedel',
  dose: 'Dos',
  route: 'Väg',
  interval: 'Intervall',
  cycles: 'Cykler',
  maxDuration: 'Maximal behandlingstid',
  sections: 'Avsnitt',
};

const notStated = 'ej angivet';
const noLexicon: DrugLexicon = { drugs: [], regimens: [] };
const durationWords = { a: ['år', 'år'], mo: ['månad', 'månader'], wk: ['vecka', 'veckor'], d: ['dag', 'dagar'] } as const;

/**
 * A regimen's rows as table cells: the columns its rows had (in their order in the source),
 * each value written in words the regimen reader reads back to the same value, and
 * `ej angivet` where the table did not give one.
 */
export function regimenTableCells(components: readonly RegimenComponentNode[]): { header: string[]; rows: string[][] } {
  const fields = columnsOf(components);
  return {
    header: fields.map((field) => headings[field]),
    rows: components.map((component) => fields.map((field) => cellText(component, field, fields))),
  };
}

/** The fields of the table, ordered by the column of their cells. */
function columnsOf(components: readonly RegimenComponentNode[]): RegimenField[] {
  const columns = new Map<RegimenField, number>();
  for (const component of components) {
    for (const [field, source] of Object.entries(component.fields)) {
      if (!(field in headings)) continue;
      const column = columns.get(field as RegimenField);
      if (column === undefined || source.start.column < column) columns.set(field as RegimenField, source.start.column);
    }
  }
  return [...columns].sort((a, b) => a[1] - b[1]).map(([field]) => field);
}

function cellText(component: RegimenComponentNode, field: RegimenField, fields: readonly RegimenField[]): string {
  if (component.notStated.includes(field)) return notStated;
  switch (field) {
    case 'phase':
      return String(component.phase);
    case 'drug':
      return component.drugText ?? '';
    case 'dose':
      // Without an interval column the schedule stood in the dose cell, as in `500 mg var 3:e vecka`.
      return formatDose(
        {
          drug: null,
          regimen: null,
          amount: component.amount,
          unit: component.unit,
          doseKind: component.doseKind,
          intervalDays: fields.includes('interval') ? null : component.intervalDays,
          pause: fields.includes('interval') ? null : component.pause,
          cycles: null,
          maxDuration: null,
          route: null,
          fractionation: component.fractionation,
        },
        noLexicon,
      );
    case 'interval':
      return component.intervalDays === null ? '' : [formatInterval(component.intervalDays), pauseText(component.pause)].filter(Boolean).join(' ');
    case 'route':
      return component.route === 'po' ? 'peroralt' : (component.route ?? '');
    case 'cycles':
      return component.cyclesText ?? cyclesText(component.cycles);
    case 'maxDuration': {
      const duration = component.maxDuration;
      if (duration === null) return '';
      const [one, many] = durationWords[duration.unit];
      return `${String(duration.value).replace('.', ',')} ${duration.value === 1 ? one : many}`;
    }
    case 'sections':
      return component.statedIn.map((id) => id.replace(/^section:/, '')).join(', ');
  }
}

function cyclesText(cycles: RegimenComponentNode['cycles']): string {
  if (cycles === null) return '';
  const { low, high } = cycles;
  if (low !== null && high !== null) return low === high ? String(low) : `${low}–${high}`;
  if (high !== null) return `upp till ${high} cykler`;
  return low === null ? '' : `minst ${low} cykler`;
}

function pauseText(pause: RegimenComponentNode['pause']): string {
  if (pause === null || pause.offDays !== 7 || pause.periodDays % 7 !== 0) return '';
  const weeks = pause.periodDays / 7;
  return `med paus var ${weeks}:${weeks % 10 === 1 || weeks % 10 === 2 ? 'a' : 'e'} vecka`;
}
