import type { StatementStructures } from 'ts-morph';
import type { ContentPackageInfo } from '../runtime/package-info.js';
import { literalExpression } from '../typescript/literal-expression.js';
import { exportFrom, exportedConst, importFrom } from '../typescript/structures.js';
import { constSatisfying, typeReference } from '../typescript/type-nodes.js';

/** What every content package's index exports besides its own API: the shared types and its `packageInfo`. */
export function commonIndexStatements(info: ContentPackageInfo, typesExports: readonly string[]): StatementStructures[] {
  const edition = info.guideline.edition === null ? 'not stated by the guideline (null)' : info.guideline.edition;
  return [
    importFrom('./runtime/package-info.js', ['ContentPackageInfo'], true),
    exportFrom('./runtime/package-info.js', ['ContentPackageInfo', 'GuidelineInfo'], true),
    exportFrom('@guideline-as-code/types', [...typesExports, ...changesFileTypes]),
    exportedConst(
      'packageInfo',
      constSatisfying(literalExpression(info), typeReference('ContentPackageInfo')),
      `This package (${info.name} ${info.version}) and the guideline it was built from: ${info.guideline.title}, edition ${edition}.`,
    ),
  ];
}

/** Every content package ships `changes.json`; these types describe it, so an app reads it typed. */
const changesFileTypes = ['type ChangesFile', 'type GuidelineChange', 'type Impact', 'type ReleaseRecord'] as const;

/** The shared types' exports of a package whose values carry spans. */
export const sharedTypeExports = ['formatSource', 'statedValue', 'type Derived', 'type Field', 'type NotStated', 'type Point', 'type Source', 'type Stated'] as const;
