import path from 'node:path';
import { GraphIndex, type GuidelineNode } from '@guideline-as-code/model';
import type { ParsedGuideline } from '@guideline-as-code/parser';
import { changesFile } from './changes-file.js';
import type { ContentPackage } from './content-packages.js';
import type { ContentGenerator, GeneratedContent } from './content-generator.js';
import { builtInGenerators } from './generators/index.js';
import { formatJson } from './json.js';
import type { GuidelineInfo } from './runtime/package-info.js';
import { emitModules } from './typescript/emit-modules.js';
import { contentHash, sourceCommit, type VersionInfo } from './version-info.js';
import { writeFolder, type WriteSummary } from './write-files.js';

export interface BuildContentOptions {
  readonly projectRoot: string;
  /** The checked guideline (its graph has no errors). */
  readonly parsed: ParsedGuideline;
  /** The content packages to build from it. */
  readonly packages: readonly ContentPackage[];
  /** Default: the built-in generators. */
  readonly generators?: readonly ContentGenerator[];
  /** The folder each package's generated files go to; default `<package>/dist`. */
  readonly outDir?: (pkg: ContentPackage) => string;
}

export type PackageBuildResult =
  | { readonly status: 'written'; readonly package: ContentPackage; readonly outDir: string; readonly files: number; readonly summary: WriteSummary }
  | { readonly status: 'no-generator'; readonly package: ContentPackage };

/**
 * Generates the content packages of one guideline and writes each into its output folder,
 * which afterwards holds exactly the generated files. Output depends only on the sources, the
 * package versions and this code: no timestamps, inputs in a fixed order.
 */
export async function buildContentPackages(options: BuildContentOptions): Promise<PackageBuildResult[]> {
  const { parsed } = options;
  const generators = options.generators ?? builtInGenerators;
  const guidelineNode = parsed.graph.nodes.find((node): node is GuidelineNode => node.type === 'guideline' && node.id === parsed.graph.guideline);
  if (!guidelineNode) throw new Error(`The graph has no guideline node \`${parsed.graph.guideline}\`.`);
  const index = new GraphIndex(parsed.graph);
  const guideline = guidelineInfo(guidelineNode);

  const results: PackageBuildResult[] = [];
  const generated: { pkg: ContentPackage; name: string; content: GeneratedContent }[] = [];
  const build = { guideline: guideline.key, edition: guideline.edition, contentHash: contentHash(options.projectRoot, guideline.key), ...sourceCommit(options.projectRoot, guideline.key) };
  for (const pkg of options.packages) {
    const generator = generators.find((candidate) => candidate.id === pkg.generator);
    if (!generator) {
      results.push({ status: 'no-generator', package: pkg });
      continue;
    }
    const context = { package: { name: pkg.name, version: pkg.version, guideline }, graph: parsed.graph, index, parsed, contentHash: build.contentHash };
    generated.push({ pkg, name: path.basename(pkg.dir), content: await generator.generate(context) });
  }

  const origin = `guideline-src/${guideline.key}`;
  const emitted = emitModules(generated.map(({ name, content }) => ({ name, origin, modules: content.modules, runtime: content.runtime })));
  for (const { pkg, name, content } of generated) {
    const files = new Map(emitted.get(name));
    for (const [file, value] of Object.entries(content.json)) files.set(file, formatJson(value));
    files.set('version.json', formatJson({ package: pkg.name, version: pkg.version, ...build } satisfies VersionInfo));
    files.set('changes.json', formatJson(changesFile(options.projectRoot, { name: pkg.name, version: pkg.version, guideline: guideline.key })));
    const outDir = options.outDir?.(pkg) ?? path.join(pkg.dir, 'dist');
    results.push({ status: 'written', package: pkg, outDir, files: files.size, summary: await writeFolder(outDir, files) });
  }
  return options.packages.map((pkg) => results.find((result) => result.package === pkg)!);
}

function guidelineInfo(node: GuidelineNode): GuidelineInfo {
  return {
    key: node.key,
    title: node.title,
    publisher: node.publisher,
    language: node.language,
    edition: node.edition,
    editionNote:
      node.edition === null
        ? `The guideline's sources (${node.source.file}) do not state its edition; it is published as null rather than guessed.`
        : null,
  };
}
