import {
  StructureKind,
  VariableDeclarationKind,
  type ExportDeclarationStructure,
  type ImportDeclarationStructure,
  type OptionalKind,
  type SourceFileStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  type ts,
} from 'ts-morph';
import { jsDocText } from './doc-comment.js';
import { printNode } from './print-node.js';

/** A generated module: the statements of one source file, as ts-morph structures. */
export type ModuleStructure = OptionalKind<SourceFileStructure>;

/** A module of these statements. */
export function moduleOf(statements: readonly (StatementStructures | string)[]): ModuleStructure {
  return { statements: [...statements] };
}

/** A name to import or export; `type ` before it makes it type-only (`type RegimenId`). */
type Name = string;

function specifiers(names: readonly Name[]): { name: string; isTypeOnly?: boolean }[] {
  return names.map((name) => (name.startsWith('type ') ? { name: name.slice('type '.length), isTypeOnly: true } : { name }));
}

/** `import { a, type B } from 'module';`, or `import type { … }` when `typeOnly`. */
export function importFrom(moduleSpecifier: string, names: readonly Name[], typeOnly = false): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, isTypeOnly: typeOnly, namedImports: specifiers(names) };
}

/** `export { a, type B } from 'module';`, `export type { … }` when `typeOnly`, or `export type * from` with no names. */
export function exportFrom(moduleSpecifier: string, names: readonly Name[], typeOnly = false): ExportDeclarationStructure {
  return { kind: StructureKind.ExportDeclaration, moduleSpecifier, isTypeOnly: typeOnly, namedExports: specifiers(names) };
}

/** JSDoc for a structure's `docs`. */
export function docs(text: string): string[] {
  return [jsDocText(text)];
}

/** `export const name = initializer;` with a JSDoc block. */
export function exportedConst(name: string, initializer: ts.Expression, doc: string, type?: ts.TypeNode): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(doc),
    declarations: [{ name, initializer: printNode(initializer), ...(type ? { type: printNode(type) } : {}) }],
  };
}

/** `export type name = type;` with a JSDoc block. */
export function exportedType(name: string, type: ts.TypeNode | string, doc: string): TypeAliasDeclarationStructure {
  return { kind: StructureKind.TypeAlias, isExported: true, name, type: typeof type === 'string' ? type : printNode(type), docs: docs(doc) };
}
