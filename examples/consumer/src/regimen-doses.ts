import { calculateRegimenDoses, formatSource, getRegimen, round, type ComponentDose, type RegimenId } from '@rcc-livmoderkroppscancer/regimens';
import type { Patient } from './patient.js';

/** The doses of a regimen for the patient, one line per component, each with the text it comes from. */
export function regimenDoseLines(id: RegimenId, patient: Patient): string[] {
  const regimen = getRegimen(id);
  const grades = regimen.recommendations.map((recommendation) => (recommendation.grade.notStated ? 'no grade' : recommendation.grade.value));
  return [
    `${regimen.name.value} (section ${regimen.section.number}, recommended with evidence ${grades.join(', ') || 'not stated'}):`,
    ...calculateRegimenDoses(id, patient.values).map((dose) => `  ${describe(dose)}`),
  ];
}

function describe(dose: ComponentDose): string {
  const { component } = dose;
  if (component.kind === 'radiotherapy') return `radiotherapy ${component.fractionation.total.text ?? component.fractionation.dosePerFraction.text ?? ''}`;
  const { drug } = component;
  const identity = [drug.inn, drug.atc].flatMap((field) => (field.notStated ? [] : [field.value]));
  const name = `${drug.name.notStated ? 'drug not stated' : drug.name.value} (${identity.join(', ')})`;
  if (dose.status !== 'calculated') return `${name}: dose not stated by the guideline`;
  const prescribed = component.dose.notStated ? '' : component.dose.text;
  const low = round(dose.low, 0);
  const area = dose.low.kind === 'body-surface' ? ` × BSA ${round(dose.low.bodySurfaceArea, 2).value} m2` : '';
  const gfr = dose.low.kind === 'auc' ? ` × (GFR ${dose.low.gfrUsed.value} + 25)` : '';
  return `${name} ${prescribed}${area}${gfr} = ${low.value} ${low.unit}  [${formatSource(component.dose.notStated ? component.source : component.dose.source)}]`;
}
