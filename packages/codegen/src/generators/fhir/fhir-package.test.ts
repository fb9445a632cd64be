// The generated FHIR package of the real chapter: every resource valid R4 with the CPG
// constraints of the profile it claims, the Bundle too; values equal to the regimens package's
// and the graph's; every resource pointing at its words; byte-identical on a second build.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkedProfiles, CPG_EXTENSIONS, OWN_EXTENSIONS, routeConcept, validateFhirResource, type FhirIssue } from '@guideline-as-code/fhir';
import { GraphIndex } from '@guideline-as-code/model';
import { loadGuideline } from '@guideline-as-code/parser';
import type { ActivityDefinition, Bundle, Extension, PlanDefinition, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatJson } from '../../json.js';
import type { Regimen } from '../../runtime/regimen-types.js';
import { repositoryRoot } from '../../test-support/generate-packages.js';
import { packageDir } from '../../test-support/import-package.js';
import { textBetween } from '../../test-support/source-at.js';
import { contentHash } from '../../version-info.js';
import { fhirGenerator } from './fhir-generator.js';
import { fhirId } from './fhir-context.js';

const folder = () => path.join(packageDir('fhir'), 'dist', 'package');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(folder(), file), 'utf8')) as T;

let resources: Resource[] = [];
let bundle: Bundle;
beforeAll(() => {
  resources = readdirSync(folder())
    .filter((file) => /^[A-Z]\w+-.+\.json$/.test(file))
    .map((file) => readJson<Resource>(file));
  bundle = readJson<Bundle>('other/Bundle-livmoderkroppscancer.json');
});

/**
 * The only issue the validator may raise: our extension definitions are the export's own
 * vocabulary, not guideline content, so they have no source position to point at.
 */
function unexplained(issues: readonly FhirIssue[], resource: Resource): FhirIssue[] {
  return issues.filter((issue) => !(resource.resourceType === 'StructureDefinition' && issue.rule === 'own-provenance-missing' && issue.message.includes('source-position')));
}

const byId = <T extends Resource>(type: T['resourceType'], id: string): T => {
  const found = resources.find((resource) => resource.resourceType === type && resource.id === id);
  if (!found) throw new Error(`no ${type}/${id} in the FHIR package`);
  return found as T;
};

describe('FHIR package layout', () => {
  it('has package.json with fhirVersions, an index of every resource file, and a Bundle of them all', () => {
    const manifest = readJson<{ name: string; fhirVersions: string[]; dependencies: Record<string, string> }>('package.json');
    expect(manifest).toMatchObject({ name: 'rcc-livmoderkroppscancer.fhir', fhirVersions: ['4.0.1'], dependencies: { 'hl7.fhir.r4.core': '4.0.1', 'hl7.fhir.uv.cpg': '2.0.0' } });
    const index = readJson<{ files: { filename: string; resourceType: string; id: string }[] }>('.index.json');
    expect(index.files.map((file) => file.filename).sort()).toEqual(resources.map((resource) => `${resource.resourceType}-${resource.id}.json`).sort());
    expect(bundle.entry?.map((entry) => entry.resource)).toEqual(expect.arrayContaining(resources));
    expect(bundle.entry).toHaveLength(resources.length);
    expect(new Set(resources.map((resource) => resource.resourceType))).toEqual(
      new Set(['StructureDefinition', 'PlanDefinition', 'ActivityDefinition', 'DocumentReference', 'ResearchStudy']),
    );
  });
});

describe('every generated resource', () => {
  it('validates as R4 with the CPG constraints of its claimed profile: no errors, no warnings', () => {
    expect(resources.length).toBeGreaterThan(80);
    for (const resource of resources) expect(unexplained(validateFhirResource(resource), resource), `${resource.resourceType}/${resource.id}`).toEqual([]);
  });

  it('claims only profiles the validator checks, and every plan and activity claims one', () => {
    const checked = checkedProfiles();
    for (const resource of resources) {
      const claimed = resource.meta?.profile ?? [];
      for (const profile of claimed) expect(checked).toContain(profile);
      if (resource.resourceType === 'PlanDefinition' || resource.resourceType === 'ActivityDefinition') expect(claimed, resource.id).toHaveLength(1);
    }
  });

  it('the Bundle validates, every canonical in it resolving', () => {
    const issues = validateFhirResource(bundle);
    const explained = bundle.entry!.flatMap((entry, index) => (entry.resource?.resourceType === 'StructureDefinition' ? [`Bundle.entry[${index}].resource`] : []));
    expect(issues.filter((issue) => !(issue.rule === 'own-provenance-missing' && explained.includes(issue.path)))).toEqual([]);
  });

  it('points at the words it comes from', () => {
    for (const resource of resources) {
      if (resource.resourceType === 'StructureDefinition') continue;
      const position = ('extension' in resource ? (resource.extension ?? []) : []).find((extension: Extension) => extension.url === OWN_EXTENSIONS.sourcePosition);
      const part = (name: string) => position?.extension?.find((item) => item.url === name);
      const text = textBetween(
        part('file')!.valueString!,
        { line: part('line')!.valuePositiveInt!, column: part('column')!.valuePositiveInt! },
        { line: part('endLine')!.valuePositiveInt!, column: part('endColumn')!.valuePositiveInt! },
      );
      expect(text.trim().length, `${resource.resourceType}/${resource.id}`).toBeGreaterThan(0);
    }
  });
});

describe('version', () => {
  it('every resource carries the package version and the content hash of version.json', () => {
    const version = JSON.parse(readFileSync(path.join(packageDir('fhir'), 'dist', 'version.json'), 'utf8')) as { version: string; contentHash: string };
    expect(version.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const resource of resources) {
      if (resource.resourceType === 'StructureDefinition') continue;
      const extensions = 'extension' in resource ? (resource.extension ?? []) : [];
      const stamp = extensions.find((extension: Extension) => extension.url === OWN_EXTENSIONS.contentPackage);
      const part = (name: string) => stamp?.extension?.find((item) => item.url === name)?.valueString;
      expect([part('version'), part('contentHash')], `${resource.resourceType}/${resource.id}`).toEqual([version.version, version.contentHash]);
    }
  });
});

describe('round trip against the regimens package and the graph', () => {
  const regimens = () => (JSON.parse(readFileSync(path.join(packageDir('regimens'), 'dist', 'regimens.json'), 'utf8')) as { regimens: Regimen[] }).regimens;

  it('every dose, route, interval, cycle count and maximum duration equals the regimens package’s', () => {
    let compared = 0;
    for (const regimen of regimens()) {
      const plan = byId<PlanDefinition>('PlanDefinition', `regimen-${regimen.id}`);
      expect(plan.action).toHaveLength(regimen.components.length);
      for (const component of regimen.components) {
        const activity = byId<ActivityDefinition>('ActivityDefinition', fhirId(`regimenComponent:${component.id}`));
        if (component.kind !== 'drug') continue;
        const dosage = activity.dosage![0]!;
        const rate = dosage.doseAndRate?.[0];
        const amount = rate?.doseQuantity ? { low: rate.doseQuantity.value, high: rate.doseQuantity.value } : rate?.doseRange ? { low: rate.doseRange.low?.value, high: rate.doseRange.high?.value } : null;
        expect(amount).toEqual(component.dose.notStated ? null : component.dose.value.amount);
        expect(rate?.doseQuantity?.code ?? rate?.doseRange?.low?.code ?? null).toBe(component.dose.notStated ? null : component.dose.value.unit);
        expect(dosage.route?.coding?.[0]?.code ?? null).toBe(component.route.notStated ? null : routeConcept(component.route.value).coding![0]!.code);
        const repeat = dosage.timing?.repeat;
        expect(repeat?.period === undefined ? null : { low: repeat.period, high: repeat.periodMax ?? repeat.period }).toEqual(component.interval.notStated ? null : component.interval.value.days);
        const cycles = component.cycles.notStated || component.cycles.value.inWords !== null ? null : component.cycles.value;
        expect({ low: repeat?.count ?? null, high: repeat?.countMax ?? repeat?.count ?? null }).toEqual(cycles ? { low: cycles.low, high: cycles.high } : { low: null, high: null });
        const bounds = repeat?.boundsDuration;
        expect(bounds ? { value: bounds.value, unit: bounds.code } : null).toEqual(component.maxDuration.notStated ? null : { value: component.maxDuration.value.value, unit: component.maxDuration.value.unit });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(8);
  });

  it('carboplatin’s AUC is a target exposure in mg/mL.min with dose basis auc', () => {
    const carboplatin = byId<ActivityDefinition>('ActivityDefinition', 'regimenComponent-karpak-carboplatin');
    expect(carboplatin.productCodeableConcept?.coding?.[0]).toMatchObject({ code: 'L01XA02', display: 'carboplatin' });
    expect(carboplatin.dosage?.[0]?.doseAndRate?.[0]).toMatchObject({
      extension: [{ url: OWN_EXTENSIONS.doseBasis, valueCode: 'auc' }, { url: OWN_EXTENSIONS.sourcePosition }],
      doseQuantity: { value: 5, code: 'mg/mL.min', unit: 'mg/mL·min (target AUC)' },
    });
  });

  it('every fractionation equals the regimens package’s: Gy per fraction and number of fractions', () => {
    let compared = 0;
    for (const regimen of regimens()) {
      for (const component of regimen.components) {
        if (component.kind !== 'radiotherapy') continue;
        const activity = byId<ActivityDefinition>('ActivityDefinition', fhirId(`regimenComponent:${component.id}`));
        const { dosePerFraction, fractions } = component.fractionation;
        const single = !dosePerFraction.notStated && dosePerFraction.value.low === dosePerFraction.value.high ? dosePerFraction.value.low : null;
        expect(activity.quantity?.value ?? null).toBe(single);
        if (activity.quantity) expect(activity.quantity.code).toBe('Gy');
        const repeat = activity.timingTiming?.repeat;
        expect(repeat ? { low: repeat.count, high: repeat.countMax ?? repeat.count } : null).toEqual(fractions.notStated ? null : fractions.value);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1);
  });

  it('every recommendation’s quality of evidence is the graph’s grade, and no strength is invented', async () => {
    const parsed = await loadGuideline(repositoryRoot, 'livmoderkroppscancer');
    const recommendations = new GraphIndex(parsed.graph).ofType('recommendation');
    expect(recommendations.length).toBeGreaterThan(5);
    for (const recommendation of recommendations) {
      const action = byId<PlanDefinition>('PlanDefinition', recommendation.id.replace(/:/g, '-')).action![0]!;
      const quality = action.extension?.find((extension) => extension.url === CPG_EXTENSIONS.qualityOfEvidence);
      const grade = quality?.valueCodeableConcept?.text?.match(/^\((\++)\)/)?.[1] ?? null;
      expect(grade, recommendation.id).toBe(recommendation.grade.notStated ? null : recommendation.grade.value);
      expect(action.extension?.some((extension) => extension.url === CPG_EXTENSIONS.strengthOfRecommendation)).toBe(false);
    }
  });
});

describe('two builds', () => {
  it('are byte-identical', async () => {
    const build = async () => {
      const parsed = await loadGuideline(repositoryRoot, 'livmoderkroppscancer');
      const info = { name: '@rcc-livmoderkroppscancer/fhir', version: '0.1.0', guideline: { key: 'livmoderkroppscancer', title: 't', publisher: 'p', language: 'sv', edition: null, editionNote: null } };
      const content = await fhirGenerator.generate({ package: info, graph: parsed.graph, index: new GraphIndex(parsed.graph), parsed, contentHash: contentHash(repositoryRoot, 'livmoderkroppscancer') });
      return Object.entries(content.json).map(([file, value]) => [file, formatJson(value)]);
    };
    const [first, second] = [await build(), await build()];
    expect(first.length).toBeGreaterThan(80);
    expect(second).toEqual(first);
  });
});
