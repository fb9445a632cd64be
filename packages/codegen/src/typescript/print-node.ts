import { ts } from 'ts-morph';

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const context = ts.createSourceFile('generated.ts', '', ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);

/** TypeScript text of a node built with `ts.factory`, for a structure that takes text. */
export function printNode(node: ts.Node): string {
  return printer.printNode(ts.EmitHint.Unspecified, node, context);
}
