import { StructureKind } from 'ts-morph';
import type { ContentPackageInfo } from '../../runtime/package-info.js';
import type { Regimen } from '../../runtime/regimen-types.js';
import { literalExpression } from '../../typescript/literal-expression.js';
import { docs, exportFrom, exportedConst, exportedType, importFrom, moduleOf, type ModuleStructure } from '../../typescript/structures.js';
import { constSatisfying, readonlyArray, readonlyRecord, stringUnion, typeReference } from '../../typescript/type-nodes.js';
import { allFunction } from '../all-function.js';
import { lookupFunction } from '../lookup-function.js';
import { commonIndexStatements, sharedTypeExports } from '../package-info-module.js';
import { regimenDocs } from './regimen-docs.js';

/** `regimen-ids.ts`: the `RegimenId` union (sorted) and `regimenIds` (in reading order). */
export function regimenIdsModule(regimens: readonly Regimen[]): ModuleStructure {
  const ids = regimens.map((regimen) => regimen.id);
  const list = regimens.map((regimen) => `- \`${regimen.id}\`: ${regimen.name.value} (section ${regimen.section.number})`);
  return moduleOf([
    exportedType('RegimenId', stringUnion(ids), ['Id of a regimen the guideline defines:', ...list].join('\n')),
    exportedConst('regimenIds', constSatisfying(literalExpression(ids), readonlyArray(typeReference('RegimenId'))), 'Every regimen id, in the order the guideline defines the regimens.'),
    exportedType('RegimenDoseUnit', stringUnion(regimenDoseUnits(regimens)), 'The UCUM units the doses of these regimens are stated in (drug doses and radiotherapy fractions), from the data.'),
  ]);
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
export function regimenDataModule(regimens: readonly Regimen[], info: ContentPackageInfo): ModuleStructure {
  const data = Object.fromEntries(regimens.map((regimen) => [regimen.id, regimen]));
  return moduleOf([
    importFrom('./runtime/regimen-types.js', ['Regimen'], true),
    importFrom('./regimen-ids.js', ['RegimenId'], true),
    exportedConst(
      'regimens',
      constSatisfying(literalExpression(data, regimenDocs(regimens)), readonlyRecord(typeReference('RegimenId'), typeReference('Regimen'))),
      `The regimens of ${info.guideline.title}, by id, as the text states them. A field the text does not give is \`{ notStated: true }\`; every stated value has the \`source\` span that states it.`,
    ),
  ]);
}

const regimenTypes = [
  'CycleCount', 'DoseInterval', 'DrugComponent', 'DrugDose', 'DrugDoseKind', 'DrugDoseUnit', 'EvidenceGrade', 'Fractionation', 'FractionationValue', 'NumberRange',
  'RadiotherapyComponent', 'Regimen', 'RegimenComponent', 'RegimenDrug', 'RegimenSection', 'Route', 'SchedulePause', 'SupportingRecommendation', 'TreatmentDuration',
];

const doseCalculatorExports = [
  'CARBOPLATIN_MAX_GFR_ML_PER_MIN', 'DoseCalculationError', 'bodySurfaceArea', 'calculateDose', 'carboplatinDose', 'round',
  'type BodySurfaceArea', 'type BodySurfaceAreaMethod', 'type CalculateDoseOptions', 'type CalculatedDose', 'type PatientValues', 'type Quantity',
];

/** `index.ts`: the package's API over the data. */
export function regimensIndexModule(info: ContentPackageInfo): ModuleStructure {
  return moduleOf([
    importFrom('@guideline-as-code/dose-calculator', ['CalculateDoseOptions', 'PatientValues'], true),
    importFrom('./regimen-data.js', ['regimens']),
    importFrom('./regimen-ids.js', ['regimenIds', 'type RegimenId']),
    importFrom('./runtime/regimen-doses.js', ['calculateDosesOf', 'type ComponentDose']),
    importFrom('./runtime/regimen-types.js', ['Regimen'], true),
    importFrom('./runtime/unknown-id.js', ['unknownIdError']),
    exportFrom('./regimen-data.js', ['regimens']),
    exportFrom('./regimen-ids.js', ['regimenIds', 'type RegimenDoseUnit', 'type RegimenId']),
    exportFrom('./runtime/regimen-doses.js', ['ComponentDose'], true),
    exportFrom('./runtime/regimen-types.js', regimenTypes, true),
    exportFrom('@guideline-as-code/dose-calculator', doseCalculatorExports),
    ...commonIndexStatements(info, sharedTypeExports),
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'isRegimenId',
      docs: docs('Whether a value is the id of a regimen of this guideline.'),
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: 'value is RegimenId',
      statements: ["return typeof value === 'string' && (regimenIds as readonly string[]).includes(value);"],
    },
    allFunction({ name: 'allRegimens', doc: 'Every regimen, in the order the guideline defines them.', itemType: 'Regimen', body: 'regimenIds.map((id) => regimens[id])' }),
    lookupFunction({
      name: 'getRegimen',
      table: 'regimens',
      idType: 'RegimenId',
      doc: 'The regimen with this id; throws a TypeError for an id that is not one (from untyped code).',
      message: 'Unknown regimen id {id}; the regimens are {known}.',
      guard: 'isRegimenId',
      knownIds: 'regimenIds',
    }),
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'calculateRegimenDoses',
      docs: docs(
        [
          'The dose of every component of a regimen for a patient, each by its dose kind: flat, per m²',
          "body-surface area (Mosteller unless `bodySurfaceAreaMethod: 'dubois'`), per kg, or carboplatin",
          'by the Calvert formula, dose (mg) = AUC × (GFR + 25), with the GFR capped at 125 mL/min unless',
          '`capGfr: false`. Patient values and results are quantities with UCUM units. A component whose',
          'dose the guideline does not state is returned as `dose-not-stated`, never calculated.',
          'Throws `DoseCalculationError` for a missing, malformed or implausible patient value.',
        ].join('\n'),
      ),
      parameters: [
        { name: 'id', type: 'RegimenId' },
        { name: 'patient', type: 'PatientValues' },
        { name: 'options', type: 'CalculateDoseOptions', initializer: '{}' },
      ],
      returnType: 'readonly ComponentDose[]',
      statements: ['return calculateDosesOf(getRegimen(id), patient, options);'],
    },
  ]);
}
