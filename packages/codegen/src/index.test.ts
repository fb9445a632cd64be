import { describe, expect, it } from 'vitest';
import * as codegen from './index.js';

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(codegen).sort()).toEqual([
      'buildContentPackages',
      'builtInGenerators',
      'contentPackagesFolder',
      'emitModules',
      'findContentPackages',
      'knowledgeGraphGenerator',
      'literalExpression',
      'printNode',
      'referencesGenerator',
      'regimensGenerator',
      'stringLiteral',
      'writeFolder',
    ]);
  });
});
