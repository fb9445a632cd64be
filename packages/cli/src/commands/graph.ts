import type { KnowledgeGraph } from '@guideline-as-code/model';
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { cliMessages } from '../messages/cli-messages.js';
import { checkGuidelines, findGuidelines, readConfig } from '../project.js';
import { count, type Language, nouns } from '../report/language.js';

/** `guideline graph [guideline] [--json]`: prints the knowledge graph. */
export async function runGraph(options: { root: string; guideline: string | undefined; json: boolean; language: Language }, io: CommandIO): Promise<number> {
  const all = await findGuidelines(options.root);
  const keys = options.guideline ? [options.guideline] : all;
  if (options.guideline && !all.includes(options.guideline)) throw new UsageError(cliMessages.unknownGuideline(options.guideline, all), { showUsage: false });
  const checked = await checkGuidelines(options.root, keys, (await readConfig(options.root)).config);
  const graphs = checked.map((result) => result.parsed.graph);
  if (options.json) io.stdout(`${JSON.stringify(graphs.length === 1 ? graphs[0] : graphs, null, 2)}\n`);
  else io.stdout(graphs.map((graph) => outline(graph, options.language)).join('\n'));
  return 0;
}

/** A readable outline: the sections with what they contain, for a quick look in a terminal. */
function outline(graph: KnowledgeGraph, language: Language): string {
  const counts = new Map<string, number>();
  for (const node of graph.nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  const lines = [`${graph.guideline}: ${[...counts].map(([type, n]) => `${n} ${type}`).join(', ')}, ${count(graph.edges.length, nouns.edge, language)}`];
  for (const node of graph.nodes) {
    if (node.type === 'section') lines.push(`${'  '.repeat(node.depth)}${node.number} ${node.title}`);
  }
  return `${lines.join('\n')}\n`;
}
