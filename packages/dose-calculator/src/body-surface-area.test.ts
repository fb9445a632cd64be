import { describe, expect, it } from 'vitest';
import { bodySurfaceArea, type BodySurfaceAreaMethod } from './body-surface-area.js';
import { expectRejection } from './test-support/expect-rejection.js';

const cm170 = { value: 170, unit: 'cm' };
const kg70 = { value: 70, unit: 'kg' };

describe('bodySurfaceArea', () => {
  it('gives the Mosteller area for 170 cm and 70 kg', () => {
    // √(170 × 70 / 3600) = √(11900 / 3600) = √3.30556 = 1.81812 m2
    const area = bodySurfaceArea({ height: cm170, weight: kg70 }, 'mosteller');
    expect(area.unit).toBe('m2');
    expect(area.value).toBeCloseTo(1.82, 2);
    expect(area.value).toBeCloseTo(1.81812, 5);
  });

  it('gives the DuBois area for 170 cm and 70 kg', () => {
    // 0.007184 × 70^0.425 × 170^0.725 = 0.007184 × 6.08368 × 41.40716 = 1.80971 m2
    const area = bodySurfaceArea({ height: cm170, weight: kg70 }, 'dubois');
    expect(area.value).toBeCloseTo(1.81, 2);
    expect(area.value).toBeCloseTo(1.80971, 5);
  });

  it('shows its working: the method and the inputs in cm and kg', () => {
    expect(bodySurfaceArea({ height: { value: 1.7, unit: 'm' }, weight: { value: 70000, unit: 'g' } }, 'dubois')).toEqual({
      value: expect.closeTo(1.80971, 5),
      unit: 'm2',
      method: 'dubois',
      height: { value: 170, unit: 'cm' },
      weight: { value: 70, unit: 'kg' },
    });
  });

  it.each<BodySurfaceAreaMethod>(['mosteller', 'dubois'])(
    'gives the same %s area for 66.93 [in_i] and 154.3 [lb_av] as for 170 cm and 70 kg',
    (method) => {
      // 66.93 in × 2.54 = 170.0022 cm; 154.3 lb × 0.45359237 = 69.9893 kg
      const imperial = bodySurfaceArea({ height: { value: 66.93, unit: '[in_i]' }, weight: { value: 154.3, unit: '[lb_av]' } }, method);
      const metric = bodySurfaceArea({ height: cm170, weight: kg70 }, method);
      expect(imperial.height.value).toBeCloseTo(170.0022, 6);
      expect(imperial.weight.value).toBeCloseTo(69.989302691, 8);
      expect(imperial.value.toFixed(2)).toBe(metric.value.toFixed(2));
    },
  );

  it('rejects an unknown method', () => {
    expectRejection(
      () => bodySurfaceArea({ height: cm170, weight: kg70 }, 'haycock' as BodySurfaceAreaMethod),
      'unknown-body-surface-area-method',
      'bodySurfaceAreaMethod',
      ['`"haycock"`'],
    );
  });

  it('rejects a missing height or weight', () => {
    expectRejection(() => bodySurfaceArea({ weight: kg70 } as never, 'mosteller'), 'not-a-quantity', 'height');
    expectRejection(() => bodySurfaceArea(null as never, 'mosteller'), 'not-a-quantity', 'height');
  });
});
