import type { ContentPackageInfo } from '../runtime/package-info.js';
import { docComment, writeLiteral } from '../typescript/literal.js';

/** The `packageInfo` constant every content package exports: its version and the guideline's edition. */
export function packageInfoDeclaration(info: ContentPackageInfo): string {
  const edition = info.guideline.edition === null ? 'not stated by the guideline (null)' : info.guideline.edition;
  return [
    docComment(`This package (${info.name} ${info.version}) and the guideline it was built from: ${info.guideline.title}, edition ${edition}.`),
    `export const packageInfo = ${writeLiteral(info)} as const satisfies ContentPackageInfo;`,
  ].join('\n');
}
