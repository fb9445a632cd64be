// The graph's Source and Point are generated from the JSON Schema; the toolchain's are written
// in @guideline-as-code/types. They must stay one shape: values pass between them unconverted.
// Checked by `tsc` (the typecheck task); the runtime assertion only keeps vitest from
// reporting an empty test.
import type { Point, Source } from '@guideline-as-code/types';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Point as GraphPoint, Source as GraphSource } from './graph-types.generated.js';

describe('Source and Point in lock-step with @guideline-as-code/types', () => {
  it('are mutually assignable', () => {
    expectTypeOf<GraphSource>().toExtend<Source>();
    expectTypeOf<Source>().toExtend<GraphSource>();
    expectTypeOf<GraphPoint>().toExtend<Point>();
    expectTypeOf<Point>().toExtend<GraphPoint>();
    const point: Point = { line: 1, column: 1, offset: 0 };
    const source: GraphSource = { file: 'f.md', start: point, end: point } satisfies Source;
    expect(source.start).toBe(point);
  });
});
