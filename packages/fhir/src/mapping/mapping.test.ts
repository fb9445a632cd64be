import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '@guideline-as-code/types';
import type { ActivityDefinition, PlanDefinition } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { CPG_CODES, CPG_PROFILES } from '../canonical/cpg.js';
import { OWN_CANONICAL_BASE } from '../canonical/own.js';
import { SYSTEMS } from '../canonical/systems.js';
import { validateFhirResource } from '../validate/validate-resource.js';
import { doseAndRate, doseQuantity } from './dose-quantity.js';
import { isRccEvidenceGrade, qualityOfEvidenceExtension, strengthNotStatedExtension, type RccEvidenceGrade } from './evidence-grade.js';
import { fractionationElements } from './fractionation.js';
import { contentPackageExtension, notStatedExtension, sourcePositionExtension } from './provenance-extensions.js';
import { routeConcept } from './route.js';
import { medicationActivity } from '../__fixtures__/medication-activity.js';
import { cycleCount, intervalRepeat, maximumDuration } from './timing.js';

const CHAPTER_FILE = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';
const CHAPTER = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', CHAPTER_FILE), 'utf8');

describe('evidence grade', () => {
  test.each([
    ['++++', 'high'],
    ['+++', 'moderate'],
    ['++', 'low'],
    ['+', 'very-low'],
  ] as const)('(%s) is evidence-quality %s', (grade, code) => {
    const extension = qualityOfEvidenceExtension(grade);
    expect(extension.valueCodeableConcept?.coding).toEqual([expect.objectContaining({ system: SYSTEMS.evidenceQuality, code })]);
    expect(extension.valueCodeableConcept?.text).toMatch(new RegExp(`^\\(${grade.replace(/\+/g, '\\+')}\\) `));
  });

  test('only the four printed grades are grades', () => {
    expect(['+', '++', '+++', '++++'].every(isRccEvidenceGrade)).toBe(true);
    expect(['', '+++++', 'vp', '(++)', 'toString'].some(isRccEvidenceGrade)).toBe(false);
  });

  test('every grade the real chapter prints maps, on a recommendation that validates', () => {
    const printed = [...CHAPTER.matchAll(/\((\+{1,4})\)/g)].map((match) => match[1]!);
    expect(printed.length).toBeGreaterThan(0);
    const plan: PlanDefinition = {
      resourceType: 'PlanDefinition',
      meta: { profile: [CPG_PROFILES.recommendationDefinition] },
      extension: medicationActivity({}).extension!.slice(0, 2),
      status: 'draft',
      type: { coding: [{ system: SYSTEMS.planDefinitionType, code: 'eca-rule' }] },
      relatedArtifact: [{ type: 'citation', citation: 'Nationellt vårdprogram livmoderkroppscancer' }],
      action: printed.map((grade) => ({
        title: `(${grade})`,
        extension: [qualityOfEvidenceExtension(grade as RccEvidenceGrade), strengthNotStatedExtension()],
      })),
    };
    expect(validateFhirResource(plan)).toEqual([]);
  });
});

describe('dose quantity', () => {
  test('carboplatin AUC 5 is an exposure in mg/mL.min with dose basis auc, never mg', () => {
    const rate = doseAndRate({ low: 5, high: 5 }, 'mg/mL.min');
    expect(rate.doseQuantity).toEqual({ value: 5, unit: 'mg/mL·min (target AUC)', system: SYSTEMS.ucum, code: 'mg/mL.min' });
    expect(rate.extension).toEqual([{ url: `${OWN_CANONICAL_BASE}/StructureDefinition/dose-basis`, valueCode: 'auc' }]);
    expect(validateFhirResource(medicationActivity({ doseAndRate: [rate] }))).toEqual([]);
  });

  test('175–200 mg/m2 is a Range of UCUM quantities', () => {
    const rate = doseAndRate({ low: 175, high: 200 }, 'mg/m2');
    expect(rate.doseRange).toEqual({ low: doseQuantity(175, 'mg/m2'), high: doseQuantity(200, 'mg/m2') });
    expect(validateFhirResource(medicationActivity({ doseAndRate: [rate] }))).toEqual([]);
  });

  test.each(['mg', 'mg/kg', 'Gy'] as const)('%s keeps its UCUM code', (unit) => {
    expect(doseQuantity(1, unit)).toMatchObject({ system: SYSTEMS.ucum, code: unit });
  });

  test('filgrastim 0,5 ME/kg is a UCUM quantity in million international units per kg, dose basis weight', () => {
    const rate = doseAndRate({ low: 0.5, high: 0.5 }, '10*6.[iU]/kg');
    expect(rate.doseQuantity).toEqual({ value: 0.5, unit: 'miljoner IE/kg', system: SYSTEMS.ucum, code: '10*6.[iU]/kg' });
    expect(rate.extension).toEqual([{ url: `${OWN_CANONICAL_BASE}/StructureDefinition/dose-basis`, valueCode: 'weight' }]);
    expect(validateFhirResource(medicationActivity({ doseAndRate: [rate] }))).toEqual([]);
  });

  test('30–48 ME is a Range in 10*6.[iU], never a mass', () => {
    const rate = doseAndRate({ low: 30, high: 48 }, '10*6.[iU]');
    expect(rate.doseRange?.low).toEqual({ value: 30, unit: 'miljoner IE', system: SYSTEMS.ucum, code: '10*6.[iU]' });
    expect(rate.extension?.[0]?.valueCode).toBe('flat');
    expect(validateFhirResource(medicationActivity({ doseAndRate: [rate] }))).toEqual([]);
  });
});

describe('timing', () => {
  test('var 3:e vecka i 6 cykler, maximalt 2 år', () => {
    const repeat = { ...intervalRepeat({ low: 21, high: 21 }), ...cycleCount({ low: 6, high: 6 }), ...maximumDuration({ value: 2, unit: 'a' }) };
    expect(repeat).toEqual({
      frequency: 1,
      period: 21,
      periodUnit: 'd',
      count: 6,
      boundsDuration: { value: 2, unit: 'år', system: SYSTEMS.ucum, code: 'a' },
    });
    expect(validateFhirResource(medicationActivity({ timing: { repeat } }))).toEqual([]);
  });

  test('upp till 35 cykler states only the upper bound', () => {
    expect(cycleCount({ low: null, high: 35 })).toEqual({ countMax: 35 });
  });

  test('x 6–8 is count 6, countMax 8, and an interval range uses periodMax', () => {
    const repeat = { ...intervalRepeat({ low: 14, high: 21 }), ...cycleCount({ low: 6, high: 8 }) };
    expect(repeat).toMatchObject({ period: 14, periodMax: 21, count: 6, countMax: 8 });
    expect(validateFhirResource(medicationActivity({ timing: { repeat } }))).toEqual([]);
  });

  test('no cycles stated gives no count', () => {
    expect(cycleCount({ low: null, high: null })).toEqual({});
  });
});

describe('route', () => {
  test.each(['iv', 'po', 'sc', 'im', 'ip'] as const)('%s is a SNOMED CT route that validates', (route) => {
    const concept = routeConcept(route);
    expect(concept.coding?.[0]?.system).toBe(SYSTEMS.snomed);
    expect(validateFhirResource(medicationActivity({ route: concept }))).toEqual([]);
  });

  test('intraperitoneal (HIPEC) is SNOMED CT 38239002 Intraperitoneal route', () => {
    expect(routeConcept('ip')).toEqual({ coding: [{ system: SYSTEMS.snomed, code: '38239002', display: 'Intraperitoneal route' }], text: 'intraperitonealt' });
  });

  test('a route the text leaves out is absent and declared not stated', () => {
    const activity = medicationActivity({ extension: [notStatedExtension('route', 'ej angivet')] });
    expect(activity.dosage?.[0]?.route).toBeUndefined();
    expect(validateFhirResource(activity)).toEqual([]);
  });
});

describe('fractionation', () => {
  test('4 Gy x 5 from the real chapter: Gy per fraction in quantity, fractions in timing', () => {
    const offset = CHAPTER.indexOf('| 4 Gy x 5 |');
    expect(offset).toBeGreaterThan(0);
    const source = new LineIndex(CHAPTER_FILE, CHAPTER).span(offset + 2, offset + 10);
    const activity: ActivityDefinition = {
      ...medicationActivity({}),
      meta: { profile: [CPG_PROFILES.serviceRequestActivity] },
      kind: 'ServiceRequest',
      profile: CPG_PROFILES.serviceRequest,
      code: { coding: [{ system: CPG_CODES.activityType, code: 'order-service' }] },
      ...fractionationElements(4, { low: 5, high: 5 }),
    };
    delete activity.dosage;
    activity.extension![0] = sourcePositionExtension(source);
    expect(activity.quantity).toEqual({ value: 4, unit: 'Gy', system: SYSTEMS.ucum, code: 'Gy' });
    expect(activity.timingTiming).toEqual({ repeat: { count: 5 } });
    expect(activity.extension![0]!.extension!.slice(1, 3)).toEqual([
      { url: 'line', valuePositiveInt: CHAPTER.slice(0, offset).split('\n').length },
      { url: 'column', valuePositiveInt: 3 },
    ]);
    expect(validateFhirResource(activity)).toEqual([]);
  });

  test('8 Gy x 1–2 gives count 1, countMax 2', () => {
    expect(fractionationElements(8, { low: 1, high: 2 }).timingTiming).toEqual({ repeat: { count: 1, countMax: 2 } });
  });
});

describe('provenance extensions', () => {
  test('a malformed content hash is a programmer error', () => {
    expect(() => contentPackageExtension({ name: 'x', version: '1.0.0', contentHash: 'md5-abc' })).toThrow(/sha256/);
  });
});
