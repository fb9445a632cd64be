import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { bodySurfaceArea, type BodySurfaceAreaMethod } from './body-surface-area.js';
import { calculateDose, type PrescribedDose } from './calculate-dose.js';
import { CARBOPLATIN_MAX_GFR_ML_PER_MIN, carboplatinDose } from './carboplatin-dose.js';
import { DoseCalculationError } from './dose-calculation-error.js';
import { GFR_MAX_ML_PER_MIN, HEIGHT_LIMITS_CM, TARGET_AUC_LIMITS, WEIGHT_LIMITS_KG } from './plausibility-limits.js';
import type { Quantity } from './quantity.js';

const method = fc.constantFrom<BodySurfaceAreaMethod>('mosteller', 'dubois');
const height = fc.double({ min: HEIGHT_LIMITS_CM.min, max: HEIGHT_LIMITS_CM.max, noNaN: true });
const weight = fc.double({ min: WEIGHT_LIMITS_KG.min, max: WEIGHT_LIMITS_KG.max, noNaN: true });
const auc = fc.double({ min: TARGET_AUC_LIMITS.min, max: TARGET_AUC_LIMITS.max, noNaN: true });
const gfrUpToCap = fc.double({ min: Number.MIN_VALUE, max: CARBOPLATIN_MAX_GFR_ML_PER_MIN, noNaN: true });
const gfrAboveCap = fc.double({ min: CARBOPLATIN_MAX_GFR_ML_PER_MIN, max: GFR_MAX_ML_PER_MIN, noNaN: true });

const cm = (value: number) => ({ value, unit: 'cm' });
const kg = (value: number) => ({ value, unit: 'kg' });
const mlPerMin = (value: number) => ({ value, unit: 'mL/min' });
const aucOf = (value: number) => ({ value, unit: 'mg/mL.min' });
const sorted = (a: number, b: number) => (a <= b ? [a, b] : [b, a]) as [number, number];

describe('body-surface area', () => {
  it('never falls when height rises', () => {
    fc.assert(
      fc.property(height, height, weight, method, (h1, h2, w, m) => {
        const [low, high] = sorted(h1, h2);
        expect(bodySurfaceArea({ height: cm(low), weight: kg(w) }, m).value).toBeLessThanOrEqual(
          bodySurfaceArea({ height: cm(high), weight: kg(w) }, m).value,
        );
      }),
    );
  });

  it('never falls when weight rises', () => {
    fc.assert(
      fc.property(height, weight, weight, method, (h, w1, w2, m) => {
        const [low, high] = sorted(w1, w2);
        expect(bodySurfaceArea({ height: cm(h), weight: kg(low) }, m).value).toBeLessThanOrEqual(
          bodySurfaceArea({ height: cm(h), weight: kg(high) }, m).value,
        );
      }),
    );
  });
});

describe('Calvert formula', () => {
  it('never falls when GFR rises up to the cap', () => {
    fc.assert(
      fc.property(auc, gfrUpToCap, gfrUpToCap, (a, g1, g2) => {
        const [low, high] = sorted(g1, g2);
        const lower = carboplatinDose({ targetAuc: aucOf(a), gfr: mlPerMin(low) });
        const higher = carboplatinDose({ targetAuc: aucOf(a), gfr: mlPerMin(high) });
        expect(lower.value).toBeLessThanOrEqual(higher.value);
        expect(higher.gfrCapped).toBe(false);
      }),
    );
  });

  it('is constant above the cap, and flags the cap', () => {
    fc.assert(
      fc.property(auc, gfrAboveCap, (a, g) => {
        const dose = carboplatinDose({ targetAuc: aucOf(a), gfr: mlPerMin(g) });
        expect(dose.value).toBe(a * (CARBOPLATIN_MAX_GFR_ML_PER_MIN + 25));
        expect(dose.gfrCapped).toBe(g > CARBOPLATIN_MAX_GFR_ML_PER_MIN);
      }),
    );
  });
});

describe('calculateDose on arbitrary input', () => {
  let log: MockInstance;
  beforeEach(() => {
    log = vi.spyOn(console, 'log');
  });
  afterEach(() => {
    // The UCUM library logs parser crashes; the wrapper must keep such strings away from it.
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });

  // Numbers and units near the plausible ones, so that many cases get through every check.
  const value = fc.oneof(
    { arbitrary: fc.double(), weight: 1 },
    { arbitrary: fc.double({ min: 0.01, max: 300, noNaN: true }), weight: 2 },
    { arbitrary: fc.constantFrom(0, -1, 1.7, 170, 70, 90, 5), weight: 2 },
  );
  const unit = fc.oneof(
    {
      arbitrary: fc.constantFrom('cm', 'm', '[in_i]', 'kg', 'g', '[lb_av]', 'mL/min', 'mL/s', 'm2', 'mg', 'mg/m2', 'mg/kg', 'mg/mL.min', 'mg/mL/min', '%'),
      weight: 6,
    },
    { arbitrary: fc.string(), weight: 1 },
    { arbitrary: fc.string({ unit: fc.constantFrom(...'()[]{}./*^-+0123456789 mgkLcinsd_%'), maxLength: 10 }), weight: 1 },
  );
  const quantity = fc.record({ value, unit });
  const anyDose = fc.record({
    amount: quantity,
    kind: fc.oneof(fc.constantFrom('flat', 'body-surface', 'weight', 'auc'), fc.string()),
  }) as fc.Arbitrary<PrescribedDose>;
  const anyPatient = fc.record(
    { height: quantity, weight: quantity, gfr: quantity, bodySurfaceArea: quantity },
    { requiredKeys: [] },
  );
  // And well-formed cases, so that the property is also tested on doses actually calculated.
  const inRange = (min: number, max: number, unit: string) => fc.double({ min, max, noNaN: true }).map((v) => ({ value: v, unit }));
  const wellFormedDose: fc.Arbitrary<PrescribedDose> = fc.oneof(
    fc.record({ amount: inRange(1, 1000, 'mg'), kind: fc.constant('flat' as const) }),
    fc.record({ amount: inRange(1, 1000, 'mg/m2'), kind: fc.constant('body-surface' as const) }),
    fc.record({ amount: inRange(0.1, 20, 'mg/kg'), kind: fc.constant('weight' as const) }),
    fc.record({ amount: inRange(1, 10, 'mg/mL.min'), kind: fc.constant('auc' as const) }),
  );
  const wellFormedPatient = fc.record(
    {
      height: inRange(140, 200, 'cm'),
      weight: inRange(40, 120, 'kg'),
      gfr: inRange(20, 200, 'mL/min'),
      bodySurfaceArea: inRange(1.2, 2.5, 'm2'),
    },
    { requiredKeys: ['height', 'weight', 'gfr'] },
  );
  const dose = fc.oneof(anyDose, wellFormedDose);
  const patient = fc.oneof(anyPatient, wellFormedPatient);
  const options = fc.record(
    { capGfr: fc.boolean(), bodySurfaceAreaMethod: fc.constantFrom<BodySurfaceAreaMethod>('mosteller', 'dubois') },
    { requiredKeys: [] },
  );

  function positiveDoseOrOurError(run: () => Quantity): 'dose' | 'rejected' {
    try {
      const result = run();
      expect(result.unit).toBe('mg');
      expect(Number.isFinite(result.value) && result.value > 0, `dose ${result.value}`).toBe(true);
      return 'dose';
    } catch (error) {
      expect(error).toBeInstanceOf(DoseCalculationError);
      return 'rejected';
    }
  }

  it('returns a positive finite dose in mg or throws DoseCalculationError, for numbers and unit strings', () => {
    const outcomes = { dose: 0, rejected: 0 };
    fc.assert(
      fc.property(dose, patient, options, (d, p, o) => {
        outcomes[positiveDoseOrOurError(() => calculateDose(d, p, o))] += 1;
      }),
      { numRuns: 3000 },
    );
    // Guard against a vacuous pass: both outcomes must be common (about a third are doses).
    expect(outcomes.dose).toBeGreaterThan(300);
    expect(outcomes.rejected).toBeGreaterThan(300);
  });

  it('throws only DoseCalculationError for input of any shape', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (d, p, o) => {
        positiveDoseOrOurError(() => calculateDose(d as PrescribedDose, p as never, o as never));
      }),
      { numRuns: 1000 },
    );
  });
});
