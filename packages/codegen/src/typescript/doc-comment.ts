import { ts } from 'ts-morph';

/** Text for a JSDoc block; `*\/` is escaped so that guideline text cannot end the comment early. */
export function jsDocText(text: string): string {
  return text.replaceAll('*/', '*\\/');
}

/** The node with a JSDoc block before it, or as it is when there is no text. */
export function withDocComment<T extends ts.Node>(node: T, text: string | undefined): T {
  if (text === undefined) return node;
  const lines = jsDocText(text).split('\n').map((line) => (line === '' ? ' *' : ` * ${line}`));
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, ['*', ...lines, ' '].join('\n'), true);
}
