// The generated regimens package, used as a consumer uses it: by its built entry point.
import type { bodySurfaceArea, CalculateDoseOptions, DoseCalculationError, PatientValues } from '@guideline-as-code/dose-calculator';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComponentDose } from '../../runtime/regimen-doses.js';
import type { Regimen } from '../../runtime/regimen-types.js';
import type { ContentPackageInfo } from '../../runtime/package-info.js';
import { importPackage } from '../../test-support/import-package.js';
import { regimenDoseUnits } from './regimen-modules.js';

interface RegimensPackage {
  regimens: Readonly<Record<string, Regimen>>;
  regimenIds: readonly string[];
  packageInfo: ContentPackageInfo;
  getRegimen(id: string): Regimen;
  isRegimenId(value: unknown): boolean;
  calculateRegimenDoses(id: string, patient: PatientValues, options?: CalculateDoseOptions): readonly ComponentDose[];
  bodySurfaceArea: typeof bodySurfaceArea;
  DoseCalculationError: typeof DoseCalculationError;
}

const patient: PatientValues = {
  height: { value: 170, unit: 'cm' },
  weight: { value: 70, unit: 'kg' },
  gfr: { value: 90, unit: 'mL/min' },
};

let pkg: RegimensPackage;
beforeAll(async () => {
  pkg = await importPackage<RegimensPackage>('regimens');
});

/** The calculated doses of a regimen by lexicon key (carboplatin, paclitaxel, …). */
function dosesByDrug(doses: readonly ComponentDose[]): Record<string, ComponentDose> {
  return Object.fromEntries(doses.map((dose) => [dose.component.kind === 'drug' ? (dose.component.drug.key ?? '') : dose.component.id, dose]));
}

function calculated(dose: ComponentDose | undefined) {
  if (dose?.status !== 'calculated') throw new Error(`expected a calculated dose, got ${dose?.status}`);
  return dose;
}

describe('regimens package: doses', () => {
  it('gives carboplatin AUC 5 for GFR 90 mL/min by Calvert: 5 × (90 + 25) = 575 mg', () => {
    const { carboplatin } = dosesByDrug(pkg.calculateRegimenDoses('karpak', patient));
    expect(calculated(carboplatin).low).toMatchObject({ value: 575, unit: 'mg', kind: 'auc', gfrCapped: false });
  });

  it('caps the GFR at 125 mL/min by default: GFR 150 gives 5 × (125 + 25) = 750 mg, and 875 mg uncapped', () => {
    const high = { ...patient, gfr: { value: 150, unit: 'mL/min' } };
    expect(calculated(dosesByDrug(pkg.calculateRegimenDoses('karpak', high))['carboplatin']).low).toMatchObject({ value: 750, unit: 'mg', gfrCapped: true });
    const uncapped = pkg.calculateRegimenDoses('karpak', high, { capGfr: false });
    expect(calculated(dosesByDrug(uncapped)['carboplatin']).low).toMatchObject({ value: 875, gfrCapped: false });
  });

  it('gives paclitaxel 175 mg/m2 × BSA, with the area by Mosteller (1.8181 m2) or DuBois (1.8097 m2) for 170 cm / 70 kg', () => {
    const mosteller = calculated(dosesByDrug(pkg.calculateRegimenDoses('karpak', patient))['paclitaxel']).low;
    const dubois = calculated(dosesByDrug(pkg.calculateRegimenDoses('karpak', patient, { bodySurfaceAreaMethod: 'dubois' }))['paclitaxel']).low;
    if (mosteller.kind !== 'body-surface' || dubois.kind !== 'body-surface') throw new Error('expected body-surface doses');
    expect(mosteller.bodySurfaceArea.value.toFixed(2)).toBe(Math.sqrt((170 * 70) / 3600).toFixed(2));
    expect(mosteller.bodySurfaceArea.value).toBeCloseTo(1.8181, 4);
    expect(dubois.bodySurfaceArea.value).toBeCloseTo(0.007184 * 70 ** 0.425 * 170 ** 0.725, 10);
    expect(dubois.bodySurfaceArea.value).toBeCloseTo(1.8097, 4);
    expect(mosteller.value).toBeCloseTo(175 * 1.818118, 3);
    expect(mosteller.unit).toBe('mg');
  });

  it('re-exports the body-surface area formulas with units', () => {
    const height = { value: 170, unit: 'cm' };
    const weight = { value: 70, unit: 'kg' };
    expect(pkg.bodySurfaceArea({ height, weight }, 'mosteller')).toMatchObject({ unit: 'm2', method: 'mosteller' });
    expect(pkg.bodySurfaceArea({ height, weight }, 'mosteller').value.toFixed(2)).toBe('1.82');
    expect(pkg.bodySurfaceArea({ height, weight }, 'dubois').value.toFixed(2)).toBe('1.81');
  });

  it('gives both ends of a dose range, flat doses as stated, and radiotherapy as not scaled to the patient', () => {
    const mpa = calculated(pkg.calculateRegimenDoses('mpa', {})[0]);
    expect([mpa.low.value, mpa.high.value]).toEqual([160, 200]);
    expect(pkg.calculateRegimenDoses('palliativ-stralbehandling', patient).map((dose) => dose.status)).toEqual(['radiotherapy', 'radiotherapy', 'radiotherapy']);
  });

  it('rejects out-of-range and missing patient values with the calculator’s clear error', () => {
    const reject = (values: PatientValues) => {
      try {
        pkg.calculateRegimenDoses('karpak', values);
      } catch (error) {
        expect(error).toBeInstanceOf(pkg.DoseCalculationError);
        return (error as DoseCalculationError).code;
      }
      throw new Error('expected a rejection');
    };
    expect(reject({ ...patient, gfr: { value: 400, unit: 'mL/min' } })).toBe('implausible-gfr');
    expect(reject({ ...patient, height: { value: 1.7, unit: 'cm' } })).toBe('height-looks-like-metres');
    expect(reject({ ...patient, gfr: { value: 90, unit: 'mL/min/{1.73_m2}' } })).toBe('annotated-unit');
    expect(reject({ height: patient.height, weight: patient.weight })).toBe('missing-patient-value');
  });

  it('refuses an id that is not a regimen, from untyped code', () => {
    expect(() => pkg.getRegimen('karpack')).toThrow(/Unknown regimen id `karpack`; the regimens are karpak, /);
    expect(pkg.isRegimenId('karpak')).toBe(true);
    expect(pkg.isRegimenId('karpack')).toBe(false);
  });
});

describe('regimens package: data', () => {
  it('types the dose units as the UCUM units the regimens state, and only those', () => {
    const regimens = Object.values(pkg.regimens);
    expect(regimenDoseUnits(regimens)).toEqual(['Gy', 'mg', 'mg/m2', 'mg/mL.min']);
    // A regimen whose only dose is not stated adds no unit; no regimens, no units.
    const karpak = pkg.getRegimen('karpak');
    const unstated = { ...karpak, components: karpak.components.map((component) => ({ ...component, dose: { notStated: true, source: null, text: null } })) } as Regimen;
    expect(regimenDoseUnits([unstated])).toEqual([]);
    expect(regimenDoseUnits([])).toEqual([]);
  });

  it('holds every regimen the chapter defines, with ids in reading order', () => {
    expect(pkg.regimenIds).toEqual(Object.keys(pkg.regimens));
    expect(pkg.regimenIds).toEqual(expect.arrayContaining(['karpak', 'dostarlimab', 'mpa', 'tamoxifen', 'palliativ-stralbehandling']));
  });

  it('gives each drug its INN, ATC code and Swedish name, and each dose its kind and UCUM unit', () => {
    const [carboplatin, paclitaxel] = pkg.getRegimen('karpak').components;
    expect(carboplatin).toMatchObject({
      kind: 'drug',
      drug: { inn: { value: 'carboplatin' }, atc: { value: 'L01XA02' }, name: { value: 'karboplatin' } },
      dose: { notStated: false, value: { amount: { low: 5, high: 5 }, unit: 'mg/mL.min', kind: 'auc' } },
      route: { notStated: true, text: 'ej angivet' },
      days: { notStated: true, source: null, text: null },
    });
    expect(paclitaxel).toMatchObject({ drug: { inn: { value: 'paclitaxel' } }, dose: { value: { amount: { low: 175 }, unit: 'mg/m2', kind: 'body-surface' } } });
  });

  it('gives phases, intervals, cycles and the maximum duration where the text states them', () => {
    const dostarlimab = pkg.getRegimen('dostarlimab');
    expect(dostarlimab.phases).toBe(2);
    expect(dostarlimab.components).toMatchObject([
      { phase: 1, interval: { value: { days: { low: 21 } } }, cycles: { value: { low: 4, high: 4, inWords: null } }, maxDuration: { value: { value: 2, unit: 'a' } } },
      { phase: 2, dose: { value: { amount: { low: 1000 } } }, interval: { value: { days: { low: 42 } } }, cycles: { value: { inWords: 'till progress eller intolerabel toxicitet' } } },
    ]);
  });

  it('publishes radiotherapy fractionations as their own kind, with derived values marked as not stated', () => {
    const [boost] = pkg.getRegimen('ert-boost').components;
    expect(boost).toMatchObject({
      kind: 'radiotherapy',
      fractionation: {
        unit: 'Gy',
        dosePerFraction: { notStated: false, value: { low: 2, high: 2 } },
        fractions: { notStated: true, derived: { low: 32, high: 33 } },
        total: { notStated: false, value: { low: 64, high: 66 } },
      },
    });
    expect(pkg.getRegimen('ert-boost').intent).toEqual({ notStated: true, source: null, text: null });
  });

  it('names the recommendations that give a regimen, with their evidence grades', () => {
    expect(pkg.getRegimen('karpak').recommendations).toMatchObject([{ id: 'recommendation:forsta-linjens-cytostatika', grade: { value: '+++', text: '(+++)' }, link: { value: ['karpak'], text: 'regim=karpak' } }]);
    expect(pkg.getRegimen('mpa').recommendations).toMatchObject([{ grade: { value: '+' } }]);
    expect(pkg.getRegimen('dostarlimab').recommendations).toMatchObject([{ grade: { notStated: true } }]);
  });

  it('records its own version and the guideline edition, which the sources do not state', () => {
    expect(pkg.packageInfo).toMatchObject({ name: '@rcc-livmoderkroppscancer/regimens', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(pkg.packageInfo.guideline.edition).toBeNull();
    expect(pkg.packageInfo.guideline.editionNote).toMatch(/do not state its edition/);
  });
});
