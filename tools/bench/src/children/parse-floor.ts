// Child process of the parse-floor benchmark: parses every chapter of a corpus once, in a fresh
// process, with raw remark-parse (`unified().use(remarkParse)`) or with our syntax
// (`parseMarkdown`: + GFM, front matter, container directives), and prints the parse time.
// remark-parse and unified are resolved from packages/parser, so they are exactly the versions
// our parser runs on.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [root, mode] = process.argv.slice(2);
if (!root || (mode !== 'raw' && mode !== 'syntax')) throw new Error('usage: parse-floor <corpus root> raw|syntax');

const parserDir = fileURLToPath(new URL('../../../../packages/parser/', import.meta.url));
const fromParser = createRequire(path.join(parserDir, 'package.json'));
const load = async <T>(name: string): Promise<T> => (await import(pathToFileURL(fromParser.resolve(name)).href)) as T;

const texts = readChapters(root);
let parse: (text: string) => unknown;
if (mode === 'raw') {
  // Typed here by hand: tools/bench does not depend on these packages, it borrows the parser's.
  const { unified } = await load<{ unified: () => { use(plugin: unknown): { freeze(): { parse(text: string): unknown } } } }>('unified');
  const { default: remarkParse } = await load<{ default: unknown }>('remark-parse');
  const processor = unified().use(remarkParse).freeze();
  parse = (text) => processor.parse(text);
} else {
  const { parseMarkdown } = (await import(pathToFileURL(path.join(parserDir, 'dist/index.js')).href)) as { parseMarkdown: (text: string) => unknown };
  parse = parseMarkdown;
}

const cpu = process.cpuUsage();
const start = performance.now();
for (const text of texts) parse(text);
const parseMs = performance.now() - start;
const used = process.cpuUsage(cpu);
process.stdout.write(
  JSON.stringify({
    files: texts.length,
    bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    parseMs,
    parseCpuMs: (used.user + used.system) / 1000,
  }),
);

function readChapters(projectRoot: string): string[] {
  const sources = path.join(projectRoot, 'guideline-src');
  const texts: string[] = [];
  for (const guideline of readdirSync(sources).sort()) {
    if (guideline === 'lexicon' || guideline === 'vocabulary') continue;
    for (const name of readdirSync(path.join(sources, guideline)).sort()) {
      if (name.endsWith('.md') && name !== 'README.md') texts.push(readFileSync(path.join(sources, guideline, name), 'utf8'));
    }
  }
  return texts;
}
