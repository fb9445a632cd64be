/**
 * A regimen component's id: its regimen, its drug and its phase when later than the first
 * (`regimenComponent:dostarlimab/dostarlimab/phase-2`), so that a row added, removed or moved
 * in the table leaves the other rows' ids alone. A row whose drug cannot be read falls back
 * to its row number (and its drug cell is reported).
 */
export function regimenComponentId(regimenKey: string, drug: string | null, phase: number, index: number): string {
  const subject = drug ? drug.slice(drug.indexOf(':') + 1) : `row-${index + 1}`;
  return `regimenComponent:${regimenKey}/${subject}${phase > 1 ? `/phase-${phase}` : ''}`;
}
