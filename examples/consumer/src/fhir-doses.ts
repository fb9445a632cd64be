// The same doses read from the FHIR package instead: the Bundle, typed with @medplum/fhirtypes,
// walked from the regimen's order set to each drug's MedicationRequest activity. The dose
// calculator gets the dose as FHIR states it: a UCUM Quantity and our dose-basis extension.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { calculateDose, round, type DoseKind } from '@guideline-as-code/dose-calculator';
import type { ActivityDefinition, Bundle, Extension, PlanDefinition, Quantity } from '@medplum/fhirtypes';
import type { Patient } from './patient.js';

const BASE = 'https://guideline-as-code.example/fhir';
const DOSE_BASIS = `${BASE}/StructureDefinition/dose-basis`;
const SOURCE_POSITION = `${BASE}/StructureDefinition/source-position`;
const ATC = 'http://www.whocc.no/atc';

/** The Bundle of everything, as the package exports it (`@rcc-livmoderkroppscancer/fhir/bundle.json`). */
export function loadBundle(): Bundle {
  const file = createRequire(import.meta.url).resolve('@rcc-livmoderkroppscancer/fhir/bundle.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Bundle;
}

/** The doses of the regimen `PlanDefinition/regimen-<id>` for the patient, one line per drug, each with its source position. */
export function fhirDoseLines(bundle: Bundle, regimenId: string, patient: Patient): string[] {
  const byUrl = new Map((bundle.entry ?? []).flatMap((entry) => (entry.fullUrl && entry.resource ? [[entry.fullUrl, entry.resource] as const] : [])));
  const plan = byUrl.get(`${BASE}/PlanDefinition/regimen-${regimenId}`) as PlanDefinition | undefined;
  if (!plan) throw new Error(`The Bundle has no regimen ${regimenId}`);
  return (plan.action ?? []).map((action) => {
    const activity = byUrl.get(action.definitionCanonical ?? '') as ActivityDefinition | undefined;
    if (activity?.resourceType !== 'ActivityDefinition') throw new Error(`${action.title ?? 'an action'} has no activity in the Bundle`);
    return `  ${describe(activity, patient)}`;
  });
}

function describe(activity: ActivityDefinition, patient: Patient): string {
  const product = activity.productCodeableConcept;
  const atc = product?.coding?.find((coding) => coding.system === ATC);
  const identity = [atc?.display, atc?.code].filter((part): part is string => part !== undefined);
  const name = `${product?.text ?? 'drug not stated'} (${identity.join(', ')})`;
  const rate = activity.dosage?.[0]?.doseAndRate?.[0];
  const quantity = rate?.doseQuantity;
  const kind = rate?.extension?.find((extension) => extension.url === DOSE_BASIS)?.valueCode as DoseKind | undefined;
  if (!quantity || quantity.value === undefined || !quantity.code || !kind) return `${name}: dose not stated by the guideline`;
  const dose = calculateDose({ amount: { value: quantity.value, unit: quantity.code }, kind }, patient.values);
  const low = round(dose, 0);
  const area = dose.kind === 'body-surface' ? ` × BSA ${round(dose.bodySurfaceArea, 2).value} m2` : '';
  const gfr = dose.kind === 'auc' ? ` × (GFR ${dose.gfrUsed.value} + 25)` : '';
  return `${name} ${prescribed(quantity)}${area}${gfr} = ${low.value} ${low.unit}  [${position(rate.extension ?? [])}]`;
}

/** The dose as the guideline writes it, from the UCUM code: a target AUC is `AUC 5`. */
function prescribed(quantity: Quantity): string {
  return quantity.code === 'mg/mL.min' ? `AUC ${quantity.value}` : `${quantity.value} ${quantity.code}`;
}

function position(extensions: readonly Extension[]): string {
  const parts = extensions.find((extension) => extension.url === SOURCE_POSITION)?.extension ?? [];
  const part = (name: string) => parts.find((item) => item.url === name);
  return `${part('file')?.valueString}:${part('line')?.valuePositiveInt}:${part('column')?.valuePositiveInt}`;
}
