import { type OpenRange, type RegimenComponentNode, type SchedulePause, type Source } from '@guideline-as-code/model';
import { statedValue, type Field } from '@guideline-as-code/types';
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

/** The fields of the table, ordered by the column of their cells (a phase column, when phases differ, first). */
function columnsOf(components: readonly RegimenComponentNode[]): RegimenField[] {
  const columns = new Map<RegimenField, number>();
  for (const component of components) {
    if (component.phase > 1) columns.set('phase', 0);
    for (const [field, source] of cellSources(component)) {
      const column = columns.get(field);
      if (column === undefined || source.start.column < column) columns.set(field, source.start.column);
    }
  }
  return [...columns].sort((a, b) => a[1] - b[1]).map(([field]) => field);
}

/** The cell of each field the row has: a field read from another field's cell (an interval in the dose) has none of its own. */
function cellSources(component: RegimenComponentNode): [RegimenField, Source][] {
  const dose = component.amount.source;
  const interval = component.intervalDays.source;
  const cells: [RegimenField, Source | null][] = [
    ['drug', component.drugName.source],
    ['dose', dose],
    ['route', component.route.source],
    ['interval', interval && dose && interval.start.offset === dose.start.offset ? null : interval],
    ['cycles', component.cycles.source ?? component.cyclesInWords.source],
    ['maxDuration', component.maxDuration.source],
    ['sections', component.statedIn.source],
  ];
  return cells.filter((cell): cell is [RegimenField, Source] => cell[1] !== null);
}

function cellText(component: RegimenComponentNode, field: RegimenField, fields: readonly RegimenField[]): string {
  const value = <T>(stated: Field<T>): T | null => statedValue(stated) ?? null;
  switch (field) {
    case 'phase':
      return String(component.phase);
    case 'drug':
      return value(component.drugName) ?? notStated;
    case 'dose':
      if (component.amount.notStated && component.fractionation.notStated) return notStated;
      // Without an interval column the schedule stood in the dose cell, as in `500 mg var 3:e vecka`.
      return formatDose(
        {
          drug: null,
          regimen: null,
          amount: value(component.amount),
          unit: value(component.unit),
          doseKind: value(component.doseKind),
          intervalDays: fields.includes('interval') ? null : value(component.intervalDays),
          pause: fields.includes('interval') ? null : value(component.pause),
          cycles: null,
          maxDuration: null,
          route: null,
          fractionation: value(component.fractionation),
        },
        noLexicon,
      );
    case 'interval': {
      const days = value(component.intervalDays);
      return days === null ? notStated : [formatInterval(days), pauseText(value(component.pause))].filter(Boolean).join(' ');
    }
    case 'route': {
      const route = value(component.route);
      return route === null ? notStated : route === 'po' ? 'peroralt' : route;
    }
    case 'cycles':
      return value(component.cyclesInWords) ?? cyclesText(value(component.cycles)) ?? notStated;
    case 'maxDuration': {
      const duration = value(component.maxDuration);
      if (duration === null) return notStated;
      const [one, many] = durationWords[duration.unit];
      return `${String(duration.value).replace('.', ',')} ${duration.value === 1 ? one : many}`;
    }
    case 'sections':
      return value(component.statedIn)?.map((id) => id.replace(/^section:/, '')).join(', ') ?? notStated;
  }
}

function cyclesText(cycles: OpenRange | null): string | null {
  if (cycles === null) return null;
  const { low, high } = cycles;
  if (low !== null && high !== null) return low === high ? String(low) : `${low}–${high}`;
  if (high !== null) return `upp till ${high} cykler`;
  return low === null ? null : `minst ${low} cykler`;
}

function pauseText(pause: SchedulePause | null): string {
  if (pause === null || pause.offDays !== 7 || pause.periodDays % 7 !== 0) return '';
  const weeks = pause.periodDays / 7;
  return `med paus var ${weeks}:${weeks % 10 === 1 || weeks % 10 === 2 ? 'a' : 'e'} vecka`;
}
