import type { ContentPackageInfo } from '../../runtime/package-info.js';
import type { Regimen } from '../../runtime/regimen-types.js';
import { docComment, writeLiteral } from '../../typescript/literal.js';
import { packageInfoDeclaration } from '../package-info-module.js';
import { regimenDocs } from './regimen-docs.js';

/** `regimen-ids.ts`: the `RegimenId` union (sorted) and `regimenIds` (in reading order). */
export function regimenIdsModule(regimens: readonly Regimen[]): string {
  const ids = regimens.map((regimen) => regimen.id);
  const list = regimens.map((regimen) => `- \`${regimen.id}\`: ${regimen.name.value} (section ${regimen.section.number})`);
  return [
    docComment(['Id of a regimen the guideline defines:', ...list].join('\n')),
    `export type RegimenId = ${[...ids].sort().map((id) => JSON.stringify(id)).join(' | ') || 'never'};`,
    '',
    docComment('Every regimen id, in the order the guideline defines the regimens.'),
    `export const regimenIds = ${writeLiteral(ids)} as const satisfies readonly RegimenId[];`,
    '',
    docComment('The UCUM units the doses of these regimens are stated in (drug doses and radiotherapy fractions), from the data.'),
    `export type RegimenDoseUnit = ${regimenDoseUnits(regimens).map((unit) => JSON.stringify(unit)).join(' | ') || 'never'};`,
    '',
  ].join('\n');
}

/** Every stated dose unit of the regimens, sorted: a unit not stated anywhere is not in the union. */
export function regimenDoseUnits(regimens: readonly Regimen[]): string[] {
  const units = new Set<string>();
  for (const component of regimens.flatMap((regimen) => regimen.components)) {
    if (component.kind === 'drug' && !component.dose.notStated) units.add(component.dose.value.unit);
    if (component.kind === 'radiotherapy') units.add(component.fractionation.unit);
  }
  return [...units].sort();
}

/** `regimen-data.ts`: the regimens as `as const` data, each documented with its source text. */
export function regimenDataModule(regimens: readonly Regimen[], info: ContentPackageInfo): string {
  const data = Object.fromEntries(regimens.map((regimen) => [regimen.id, regimen]));
  return [
    "import type { Regimen } from './runtime/regimen-types.js';",
    "import type { RegimenId } from './regimen-ids.js';",
    '',
    docComment(
      `The regimens of ${info.guideline.title}, by id, as the text states them. A field the text does not give is \`{ notStated: true }\`; every stated value has the \`source\` span that states it.`,
    ),
    `export const regimens = ${writeLiteral(data, regimenDocs(regimens))} as const satisfies Readonly<Record<RegimenId, Regimen>>;`,
    '',
  ].join('\n');
}

/** `index.ts`: the package's API over the data. */
export function regimensIndexModule(info: ContentPackageInfo): string {
  return `import type { CalculateDoseOptions, PatientValues } from '@guideline-as-code/dose-calculator';
import { regimens } from './regimen-data.js';
import { regimenIds, type RegimenId } from './regimen-ids.js';
import type { ContentPackageInfo } from './runtime/package-info.js';
import type { Regimen } from './runtime/regimen-types.js';
import { calculateDosesOf, type ComponentDose } from './runtime/regimen-doses.js';

export { regimens } from './regimen-data.js';
export { regimenIds, type RegimenDoseUnit, type RegimenId } from './regimen-ids.js';
export type { ContentPackageInfo, GuidelineInfo } from './runtime/package-info.js';
export type { ComponentDose } from './runtime/regimen-doses.js';
export type {
  CycleCount,
  DoseInterval,
  DrugComponent,
  DrugDose,
  DrugDoseKind,
  DrugDoseUnit,
  EvidenceGrade,
  Fractionation,
  FractionationValue,
  NumberRange,
  RadiotherapyComponent,
  Regimen,
  RegimenComponent,
  RegimenDrug,
  RegimenSection,
  Route,
  SchedulePause,
  SupportingRecommendation,
  TreatmentDuration,
} from './runtime/regimen-types.js';
export { formatSource, statedValue, type Derived, type Field, type NotStated, type Point, type Source, type Stated } from '@guideline-as-code/types';
export {
  CARBOPLATIN_MAX_GFR_ML_PER_MIN,
  DoseCalculationError,
  bodySurfaceArea,
  calculateDose,
  carboplatinDose,
  round,
  type BodySurfaceArea,
  type BodySurfaceAreaMethod,
  type CalculateDoseOptions,
  type CalculatedDose,
  type PatientValues,
  type Quantity,
} from '@guideline-as-code/dose-calculator';

${packageInfoDeclaration(info)}

/** Whether a value is the id of a regimen of this guideline. */
export function isRegimenId(value: unknown): value is RegimenId {
  return typeof value === 'string' && (regimenIds as readonly string[]).includes(value);
}

/**
 * Every regimen, in the order the guideline defines them, typed as \`Regimen\` (not each
 * regimen's literal type), so that \`statedValue\` and narrowing by \`kind\` work on any of them.
 */
export function allRegimens(): readonly Regimen[] {
  return regimenIds.map((id) => regimens[id]);
}

/** The regimen with this id; throws a TypeError for an id that is not one (from untyped code). */
export function getRegimen<I extends RegimenId>(id: I): (typeof regimens)[I] {
  if (!isRegimenId(id)) throw new TypeError(\`Unknown regimen id \\\`\${String(id)}\\\`; the regimens are \${regimenIds.join(', ')}.\`);
  return regimens[id];
}

/**
 * The dose of every component of a regimen for a patient, each by its dose kind: flat, per m²
 * body-surface area (Mosteller unless \`bodySurfaceAreaMethod: 'dubois'\`), per kg, or carboplatin
 * by the Calvert formula, dose (mg) = AUC × (GFR + 25), with the GFR capped at 125 mL/min unless
 * \`capGfr: false\`. Patient values and results are quantities with UCUM units. A component whose
 * dose the guideline does not state is returned as \`dose-not-stated\`, never calculated.
 * Throws \`DoseCalculationError\` for a missing, malformed or implausible patient value.
 */
export function calculateRegimenDoses(id: RegimenId, patient: PatientValues, options: CalculateDoseOptions = {}): readonly ComponentDose[] {
  return calculateDosesOf(getRegimen(id), patient, options);
}
`;
}
