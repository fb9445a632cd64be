import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PackageBuildResult } from '@guideline-as-code/codegen';
import { formatProseCoverage, guidelineProseCoverage } from '@guideline-as-code/parser';
import type { CommandIO } from '../io.js';
import { checkProject, formatReport, type CheckOptions } from './check.js';
import { summarize } from '../report/summary.js';

/** Where `build` writes the knowledge graph of each guideline, relative to the project root. */
export const graphOutputDir = 'build/graphs';

// Loaded by `build` only, at run time and not bundled: codegen brings ts-morph and with it the
// TypeScript compiler (megabytes of JavaScript) that `check` must not parse at start-up.
const codegenPackage = '@guideline-as-code/codegen';
type Codegen = typeof import('@guideline-as-code/codegen');

/** `guideline build`: check, then (without errors) write the knowledge graph and the content packages of every guideline. */
export async function runBuild(options: CheckOptions, io: CommandIO): Promise<number> {
  const { checked, diagnostics } = await checkProject({ root: options.root, paths: [] });
  const summary = summarize(diagnostics);
  if (summary.errors > 0) {
    io.stderr(formatReport(diagnostics, options));
    io.stderr('Build stopped: fix the errors above first.\n');
    return 1;
  }
  const codegen = (await import(codegenPackage)) as Codegen;
  const packages = await codegen.findContentPackages(options.root);
  for (const { key, sources, parsed } of checked) {
    const file = path.join(options.root, graphOutputDir, `${key}.json`);
    await mkdir(path.dirname(file), { recursive: true });
    // Compact: the graph of a large guideline is hundreds of megabytes pretty-printed.
    await writeFile(file, `${JSON.stringify(parsed.graph)}\n`);
    io.stderr(`wrote ${path.relative(options.root, file)} (${parsed.graph.nodes.length} nodes, ${parsed.graph.edges.length} edges)\n`);
    io.stderr(`${formatProseCoverage(guidelineProseCoverage(sources, parsed.graph))}\n`);
    const results = await codegen.buildContentPackages({ projectRoot: options.root, parsed, packages: packages.filter((pkg) => pkg.guideline === key) });
    for (const result of results) io.stderr(`${describe(result, options.root)}\n`);
  }
  for (const pkg of packages.filter((candidate) => !checked.some(({ key }) => key === candidate.guideline))) {
    io.stderr(`skipped ${path.relative(options.root, pkg.dir)}: no guideline \`${pkg.guideline}\` in guideline-src/\n`);
  }
  io.stderr(`${summary.warnings} warning(s), ${summary.acknowledged} acknowledged\n`);
  return 0;
}

function describe(result: PackageBuildResult, root: string): string {
  const where = path.relative(root, result.status === 'written' ? result.outDir : result.package.dir);
  if (result.status === 'no-generator') return `skipped ${where}: no generator \`${result.package.generator}\` for ${result.package.name}`;
  const { written, unchanged, deleted } = result.summary;
  return `wrote ${where} (${result.package.name} ${result.package.version}: ${written} written, ${unchanged} unchanged, ${deleted} stale deleted)`;
}
