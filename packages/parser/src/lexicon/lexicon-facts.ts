import type { Diagnostic, FindingId, Source } from '@guideline-as-code/types';
import type { DoseKind, DrugEntry, PlausibleRange } from '@guideline-as-code/dose';

/** The dose kind each unit belongs to; a range's unit must match a declared kind. */
const kindOfUnit: Readonly<Record<PlausibleRange['unit'], DoseKind>> = {
  mg: 'flat',
  'mg/m2': 'body-surface',
  'mg/kg': 'weight',
  'mg/mL.min': 'auc',
  Gy: 'radiation',
  MU: 'units',
  'MU/kg': 'units-per-weight',
};

/**
 * What the lexicon's schema cannot say about one entry: a range whose low bound is above its
 * high bound, or whose unit needs a dose kind the entry does not declare. Such a range is
 * reported (`lexicon-invalid-value`) and left out.
 */
export function withUsableRanges(entry: DrugEntry, diagnostics: Diagnostic[]): DrugEntry {
  const declared = new Set(entry.doseKinds.map((fact) => fact.kind));
  const ranges = entry.ranges.filter((range) => {
    const reversed = [range.amount, range.intervalDays].find((pair) => pair !== null && pair.low > pair.high);
    if (reversed) {
      diagnostics.push(lexiconFinding('lexicon-invalid-value', range.position,
        `The range goes from \`${reversed.low}\` down to \`${reversed.high}\`; \`low\` must not be above \`high\`. The range was left out`,
        `Intervallet går från \`${reversed.low}\` ned till \`${reversed.high}\`; \`low\` får inte vara större än \`high\`. Intervallet användes inte`));
      return false;
    }
    const kind = kindOfUnit[range.unit];
    if (!declared.has(kind)) {
      diagnostics.push(lexiconFinding('lexicon-invalid-value', range.position,
        `A range in \`${range.unit}\` needs dose kind \`${kind}\` in \`doseKinds\`. The range was left out`,
        `Ett intervall i \`${range.unit}\` kräver doseringssättet \`${kind}\` i \`doseKinds\`. Intervallet användes inte`));
      return false;
    }
    return true;
  });
  return { ...entry, ranges };
}

/** A lexicon finding; the lexicon is maintained in English, so the Swedish text says where. */
export function lexiconFinding(ruleId: FindingId, source: Source, en: string, sv: string): Diagnostic {
  return { ruleId, severity: 'error', message: { en: `${en}.`, sv: `Fel i läkemedelslexikonet: ${sv}.` }, source };
}
