import { StructureKind, type FunctionDeclarationStructure } from 'ts-morph';
import { docs } from '../typescript/structures.js';

/**
 * An exported `allX()` that returns every item of a package as a typed array, in reading order:
 * typed as the declared item type (not each item's literal type), so that an app can iterate in
 * strict TypeScript and call `statedValue` on any of them.
 */
export function allFunction(spec: { name: string; doc: string; itemType: string; body: string }): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: spec.name,
    docs: docs(spec.doc),
    returnType: `readonly ${spec.itemType}[]`,
    statements: [`return ${spec.body};`],
  };
}
