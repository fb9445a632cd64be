import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { guidelineProseCoverage } from '@guideline-as-code/parser';
import type { CommandIO } from '../io.js';
import { buildMessages } from '../messages/build-messages.js';
import { cliMessages } from '../messages/cli-messages.js';
import { formatReport } from '../report/format-report.js';
import { say } from '../report/language.js';
import { describeCounts, summarize } from '../report/summary.js';
import { checkProject, type CheckOptions } from './check.js';

/** Where `build` writes the knowledge graph of each guideline, relative to the project root. */
export const graphOutputDir = 'build/graphs';

// Loaded by `build` only, at run time and not bundled: codegen brings ts-morph and with it the
// TypeScript compiler (megabytes of JavaScript) that `check` must not parse at start-up.
const codegenPackage = '@guideline-as-code/codegen';
type Codegen = typeof import('@guideline-as-code/codegen');

/** `guideline build`: check, then (without errors) write the knowledge graph and the content packages of every guideline. */
export async function runBuild(options: CheckOptions, io: CommandIO): Promise<number> {
  const { language, root } = options;
  const { checked, diagnostics } = await checkProject({ root, paths: [] });
  const summary = summarize(diagnostics);
  if (summary.errors > 0) {
    io.stderr(formatReport(diagnostics, options, { root, exitCode: 1, jobSummary: false }));
    io.stderr(`${say(cliMessages.buildStopped, language)}\n`);
    return 1;
  }
  const codegen = (await import(codegenPackage)) as Codegen;
  const packages = await codegen.findContentPackages(root);
  for (const { key, sources, parsed } of checked) {
    const file = path.join(root, graphOutputDir, `${key}.json`);
    await mkdir(path.dirname(file), { recursive: true });
    // Compact: the graph of a large guideline is hundreds of megabytes pretty-printed.
    await writeFile(file, `${JSON.stringify(parsed.graph)}\n`);
    io.stderr(`${buildMessages.wroteGraph(path.relative(root, file), parsed.graph.nodes.length, parsed.graph.edges.length, language)}\n`);
    io.stderr(`${buildMessages.proseCoverage(guidelineProseCoverage(sources, parsed.graph), language)}\n`);
    const results = await codegen.buildContentPackages({ projectRoot: root, parsed, packages: packages.filter((pkg) => pkg.guideline === key) });
    for (const result of results) {
      const where = path.relative(root, result.status === 'written' ? result.outDir : result.package.dir);
      io.stderr(`${buildMessages.package(result, where, language)}\n`);
    }
  }
  for (const pkg of packages.filter((candidate) => !checked.some(({ key }) => key === candidate.guideline))) {
    io.stderr(`${buildMessages.noGuideline(path.relative(root, pkg.dir), pkg.guideline, language)}\n`);
  }
  io.stderr(`${describeCounts(summary, language)}\n`);
  return 0;
}
