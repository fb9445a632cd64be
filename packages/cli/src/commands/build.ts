import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommandIO } from '../io.js';
import { checkProject, formatReport, type CheckOptions } from './check.js';
import { summarize } from '../report/summary.js';

/** Where `build` writes the knowledge graph of each guideline, relative to the project root. */
export const graphOutputDir = 'build/graphs';

/** `guideline build`: check, then (without errors) write the knowledge graph of every guideline. */
export async function runBuild(options: CheckOptions, io: CommandIO): Promise<number> {
  const { checked, diagnostics } = await checkProject({ root: options.root, paths: [] });
  const summary = summarize(diagnostics);
  if (summary.errors > 0) {
    io.stderr(formatReport(diagnostics, { ...options, format: options.format }));
    io.stderr('Build stopped: fix the errors above first.\n');
    return 1;
  }
  for (const { key, parsed } of checked) {
    const file = path.join(options.root, graphOutputDir, `${key}.json`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(parsed.graph, null, 2)}\n`);
    io.stderr(`wrote ${path.relative(options.root, file)} (${parsed.graph.nodes.length} nodes, ${parsed.graph.edges.length} edges)\n`);
  }
  io.stderr(`${summary.warnings} warning(s), ${summary.acknowledged} acknowledged\n`);
  return 0;
}
