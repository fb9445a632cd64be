import { ts } from 'ts-morph';

/**
 * The declarations with every property, index signature and array readonly. The published
 * data is `as const`, whose arrays and properties are readonly; json-schema-to-typescript
 * writes mutable ones, which `as const` data would not satisfy. Edits the text in place, so
 * that the generator's formatting and comments stay as they are.
 */
export function readonlyTypes(text: string): string {
  const file = ts.createSourceFile('types.ts', text, ts.ScriptTarget.Latest, true);
  const insertions: number[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isPropertySignature(node) || ts.isIndexSignatureDeclaration(node)) && !isReadonly(node)) insertions.push(node.getStart(file));
    if (ts.isArrayTypeNode(node) && !isReadonlyOperand(node)) {
      if (ts.isArrayTypeNode(node.elementType)) throw new Error(`Cannot make a nested array type readonly: ${node.getText(file)}`);
      insertions.push(node.getStart(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = text;
  for (const position of insertions.sort((a, b) => b - a)) result = `${result.slice(0, position)}readonly ${result.slice(position)}`;
  return result;
}

function isReadonly(node: ts.PropertySignature | ts.IndexSignatureDeclaration): boolean {
  return node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false;
}

function isReadonlyOperand(node: ts.ArrayTypeNode): boolean {
  return ts.isTypeOperatorNode(node.parent) && node.parent.operator === ts.SyntaxKind.ReadonlyKeyword;
}
