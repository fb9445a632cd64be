import type { LocalizedText } from '@guideline-as-code/types';

/** The fields a regimen table can give, one per column. */
export type RegimenField = 'phase' | 'drug' | 'dose' | 'route' | 'interval' | 'cycles' | 'maxDuration' | 'sections';

/**
 * Column headings editors write (Swedish, and English for later guidelines), lower-cased.
 * `Avsnitt` lists the sections whose text states the row, so a reader can check it.
 */
const headings: ReadonlyMap<string, RegimenField> = new Map([
  ['fas', 'phase'],
  ['phase', 'phase'],
  ['läkemedel', 'drug'],
  ['drug', 'drug'],
  ['dos', 'dose'],
  ['dose', 'dose'],
  ['väg', 'route'],
  ['route', 'route'],
  ['intervall', 'interval'],
  ['interval', 'interval'],
  ['cykler', 'cycles'],
  ['antal cykler', 'cycles'],
  ['cycles', 'cycles'],
  ['maximal behandlingstid', 'maxDuration'],
  ['max behandlingstid', 'maxDuration'],
  ['maximum duration', 'maxDuration'],
  ['avsnitt', 'sections'],
  ['section', 'sections'],
]);

export function fieldOfHeading(heading: string): RegimenField | undefined {
  return headings.get(heading.trim().toLowerCase());
}

/** Field names as editors read them in messages, by the field names of regimen rows. */
export const regimenFieldNames: Readonly<Record<string, LocalizedText>> = {
  drug: { en: 'drug', sv: 'läkemedel' },
  dose: { en: 'dose', sv: 'dos' },
  route: { en: 'route', sv: 'väg' },
  interval: { en: 'interval', sv: 'intervall' },
  cycles: { en: 'cycles', sv: 'cykler' },
  maxDuration: { en: 'maximum duration', sv: 'maximal behandlingstid' },
  sections: { en: 'sections (section numbers such as `13.3.1`)', sv: 'avsnitt (avsnittsnummer som `13.3.1`)' },
};

/** What editors write for a field the guideline text does not give. */
export function isNotStated(cell: string): boolean {
  return /^(ej angivet|inte angivet|not stated)$/i.test(cell.trim());
}
