export { buildContentPackages, type BuildContentOptions, type PackageBuildResult } from './build-content-packages.js';
export { contentPackagesFolder, findContentPackages, type ContentPackage } from './content-packages.js';
export type { ContentGenerator, GeneratedContent, GenerationContext } from './content-generator.js';
export { builtInGenerators, knowledgeGraphGenerator, referencesGenerator, regimensGenerator } from './generators/index.js';
export { docComment, writeLiteral, type DocFor, type ValuePath } from './typescript/literal.js';
export { emitModules, type PackageModules } from './typescript/emit-modules.js';
export { writeFolder, type WriteSummary } from './write-files.js';
export type { ContentPackageInfo, GuidelineInfo } from './runtime/package-info.js';
export type { Derived, Field, NotStated, Source, Stated } from '@guideline-as-code/types';
