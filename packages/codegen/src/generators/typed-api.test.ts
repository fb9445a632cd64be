// The generated packages' types, as an app under `strict` sees them: a misspelt id does not
// type-check, and the data has literal types with the guideline's text.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir } from '../test-support/import-package.js';
import { typeCheckConsumer } from '../test-support/type-check.js';

const folder = () => path.dirname(packageDir('regimens'));

const app = `
import { calculateRegimenDoses, getRegimen, regimenIds, regimens, type RegimenId } from '@rcc-livmoderkroppscancer/regimens';
import { getNode, nodesOfType, sourceOf, type GraphNodeId, type RegimenNode } from '@rcc-livmoderkroppscancer/knowledge-graph';
import { cslItems, getReference, getTrial, type ReferenceId } from '@rcc-livmoderkroppscancer/references';

const karpak = getRegimen('karpak');
const name: 'KarPak' = karpak.name.value;
const carboplatin = karpak.components[0];
const inn: 'carboplatin' = carboplatin.drug.inn.value;
const doses = calculateRegimenDoses('karpak', { height: { value: 170, unit: 'cm' }, weight: { value: 70, unit: 'kg' }, gfr: { value: 90, unit: 'mL/min' } });
const first = doses[0];
const mg: number | undefined = first?.status === 'calculated' ? first.low.value : undefined;
const ids: readonly RegimenId[] = regimenIds;
const all: number = Object.keys(regimens).length;

const node: RegimenNode = getNode('regimen:karpak');
const id: GraphNodeId = 'section:13';
const line: number = sourceOf(id).start.line;
const recommendations: number = nodesOfType('recommendation').length;
const reference: ReferenceId = '83';
const cited: number = getReference(reference).citedAt.length;
const nct: string | undefined = getTrial('ruby').nct.notStated ? undefined : 'stated';
const items: number = cslItems().length;

// @ts-expect-error a misspelt regimen id is not a RegimenId
getRegimen('karpack');
// @ts-expect-error a regimen's display name is not its id
const wrong: RegimenId = 'KarPak';
// @ts-expect-error a misspelt node id is not a GraphNodeId
getNode('regimen:karpack');
// @ts-expect-error a reference the list does not have
getReference('99999');

export { name, inn, mg, ids, all, node, line, recommendations, cited, nct, items, wrong };
`;

// Iterating, as an app lists everything: typed arrays of the declared types (Regimen, …), on
// which statedValue works; the first component is checked for undefined and narrowed by kind.
const iterating = `
import { allRegimens, statedValue, type RegimenDoseUnit } from '@rcc-livmoderkroppscancer/regimens';
import { allRules } from '@rcc-livmoderkroppscancer/rules';
import { allReferences, allTrials } from '@rcc-livmoderkroppscancer/references';
import { allRecommendations } from '@rcc-livmoderkroppscancer/knowledge-graph';

const firstDoses: string[] = [];
for (const regimen of allRegimens()) {
  const first = regimen.components[0];
  if (first === undefined) continue;
  if (first.kind === 'drug') firstDoses.push(\`\${regimen.id}: \${statedValue(first.dose)?.amount.low ?? 'not stated'} \${statedValue(first.dose)?.unit ?? ''}\`);
  else firstDoses.push(\`\${regimen.id}: \${first.fractionation.fractions.notStated ? 'not stated' : 'stated'} fractions\`);
}
const conditions: string[] = allRules().map((rule) => statedValue(rule.conditionText) ?? '');
const referenceIds: string[] = allReferences().map((reference) => reference.id);
const trialNames: string[] = allTrials().map((trial) => trial.name.value);
const grades: string[] = allRecommendations().map((recommendation) => statedValue(recommendation.grade) ?? 'no grade');

// The UCUM units the chapter's regimens state their doses in, as a union from the data.
const units: readonly RegimenDoseUnit[] = ['Gy', 'mg', 'mg/m2', 'mg/mL.min'];
// @ts-expect-error mg/kg is a dose unit the grammar knows, but no regimen of chapter 13 uses it
const perKilogram: RegimenDoseUnit = 'mg/kg';
// @ts-expect-error a unit written as the text writes it is not its UCUM code
const superscript: RegimenDoseUnit = 'mg/m²';

// @ts-expect-error a regimen's components may be empty: under noUncheckedIndexedAccess [0] may be undefined
allRegimens().map((regimen) => regimen.components[0].kind);
// @ts-expect-error the first component may be radiotherapy, which has no dose: narrow by kind first
allRegimens().map((regimen) => regimen.components[0]?.dose);

export { firstDoses, conditions, referenceIds, trialNames, grades, units, perKilogram, superscript };
`;

describe('the generated packages under strict type-checking', () => {
  it('iterate with allRegimens, allRules, allReferences, allTrials and allRecommendations', async () => {
    expect(await typeCheckConsumer(folder(), { 'iterating.ts': iterating })).toEqual([]);
  });

  it('type-check as an app uses them, and reject misspelt ids (each @ts-expect-error is needed)', async () => {
    expect(await typeCheckConsumer(folder(), { 'app.ts': app })).toEqual([]);
  });

  it('report a misspelt RegimenId as a type error', async () => {
    const misspelt = "import { getRegimen } from '@rcc-livmoderkroppscancer/regimens';\ngetRegimen('karpack');\n";
    const errors = await typeCheckConsumer(folder(), { 'misspelt.ts': misspelt });
    expect(errors).toEqual([expect.stringMatching(/^consumer\/misspelt\.ts:2: TS2345 Argument of type '"karpack"' is not assignable to parameter of type 'RegimenId'/)]);
  });
});
