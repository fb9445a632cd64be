import type { GraphIndex, KnowledgeGraph } from '@guideline-as-code/model';
import type { ParsedGuideline } from '@guideline-as-code/parser';
import type { ContentPackageInfo } from './runtime/package-info.js';
import type { ModuleStructure } from './typescript/structures.js';

/** What a generator reads: one checked guideline's graph, and the package it fills. Never the source text. */
export interface GenerationContext {
  /** The package being generated: name, version and the guideline's metadata. */
  readonly package: ContentPackageInfo;
  readonly graph: KnowledgeGraph;
  readonly index: GraphIndex;
  /** Everything the parser read, for generators that need more than the graph. */
  readonly parsed: ParsedGuideline;
  /** `sha256:` over every source file of the guideline: the `contentHash` of `version.json`. */
  readonly contentHash: string;
}

/** What a generator produces, as data; the build type-checks, emits and writes it. */
export interface GeneratedContent {
  /**
   * TypeScript modules by path relative to the package's output folder, e.g. `index.ts`, as
   * ts-morph structures (imports, declarations, literals built with `ts.factory`), never as
   * text put together from strings. Each is emitted as `.js` and `.d.ts`; the package's entry
   * point is `index.ts`.
   */
  readonly modules: Readonly<Record<string, ModuleStructure>>;
  /** Library modules of this package's `src/runtime/` that the modules import as `./runtime/<name>.js`. */
  readonly runtime: readonly string[];
  /** JSON files by path relative to the output folder, e.g. `regimens.json`. */
  readonly json: Readonly<Record<string, unknown>>;
}

/**
 * Generates one kind of content package. A new kind (e.g. rules) is one module that exports
 * a generator, added to `builtInGenerators`; a content package selects it by
 * `guidelineContent.generator` in its package.json.
 */
export interface ContentGenerator {
  /** The value of `guidelineContent.generator` that selects this generator. */
  readonly id: string;
  generate(context: GenerationContext): GeneratedContent | Promise<GeneratedContent>;
}
