import { describe, expect, it } from 'vitest';
import { bundleSchema, withoutKeyword } from './bundle-schema.js';

const shared = {
  $defs: {
    point: { type: 'object', properties: { line: { type: 'integer' } } },
    span: { tsType: 'Source', type: 'object', properties: { start: { $ref: '#/$defs/point' } } },
    label: { type: 'string' },
  },
};
const schema = { type: 'object', properties: { at: { $ref: 'shared.schema.json#/$defs/span' }, name: { $ref: '#/$defs/name' } }, $defs: { name: { $ref: 'shared.schema.json#/$defs/label' } } };

describe('bundleSchema', () => {
  it('copies a shared definition, and what it refers to, into $defs for publishing', () => {
    expect(bundleSchema(schema, { 'shared.schema.json': shared }, 'copy')).toEqual({
      type: 'object',
      properties: { at: { $ref: '#/$defs/span' }, name: { $ref: '#/$defs/name' } },
      $defs: { name: { $ref: '#/$defs/label' }, label: { type: 'string' }, span: shared.$defs.span, point: shared.$defs.point },
    });
  });

  it('turns a reference to a shared definition with a tsType into that type for the type generator', () => {
    const bundled = bundleSchema(schema, { 'shared.schema.json': shared }, 'types');
    expect(bundled['properties']).toEqual({ at: { tsType: 'Source' }, name: { $ref: '#/$defs/name' } });
    expect(Object.keys(bundled['$defs'] as object)).toEqual(['name', 'label']);
  });

  it('refuses a reference to a definition that does not exist, a pointer it cannot follow, and two definitions with one name', () => {
    expect(() => bundleSchema({ $ref: 'shared.schema.json#/$defs/nope' }, { 'shared.schema.json': shared }, 'copy')).toThrow('No schema definition shared.schema.json#/$defs/nope.');
    expect(() => bundleSchema({ $ref: 'other.schema.json#/$defs/label' }, { 'shared.schema.json': shared }, 'copy')).toThrow(/No schema definition other/);
    expect(() => bundleSchema({ $ref: 'shared.schema.json#/properties/x' }, { 'shared.schema.json': shared }, 'copy')).toThrow(/only <file>#\/\$defs\/<name>/);
    const clash = { properties: { a: { $ref: 'shared.schema.json#/$defs/label' } }, $defs: { label: { type: 'number' } } };
    expect(() => bundleSchema(clash, { 'shared.schema.json': shared }, 'copy')).toThrow(/Two schema definitions are named label/);
  });
});

describe('withoutKeyword', () => {
  it('removes the keyword at every depth and keeps everything else', () => {
    expect(withoutKeyword({ tsType: 'A', items: [{ tsType: 'B', type: 'string' }], properties: { x: { tsType: 'C' } } }, 'tsType')).toEqual({ items: [{ type: 'string' }], properties: { x: {} } });
  });
});
