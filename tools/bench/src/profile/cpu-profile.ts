import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The parts of a V8 `.cpuprofile` (as `node --cpu-prof` writes it) that are read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** One function's self time, with the original source it was bundled from. */
export interface FunctionCost {
  name: string;
  /** Original source file (through the bundle's source map) and 1-based line. */
  where: string;
  category: string;
  selfMs: number;
}

export interface ProfileSummary {
  totalMs: number;
  byCategory: { category: string; selfMs: number }[];
  functions: FunctionCost[];
}

/**
 * Self time of every function in a CPU profile, mapped back through source maps to the file
 * it came from, and grouped into the categories that matter for `guideline check`.
 */
export function summarizeProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const selfUs = new Map<number, number>();
  // timeDeltas[i] is the time before sample i; attribute each interval to the sample that ends it.
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, profile.timeDeltas[i] ?? 0));
  }
  const maps = new SourceMaps();
  const functions = new Map<string, FunctionCost>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id);
    if (!us) continue;
    const { where, source } = maps.locate(node.callFrame);
    const name = node.callFrame.functionName || '(anonymous)';
    const key = `${name} ${where}`;
    const entry = functions.get(key) ?? { name, where, category: categorize(node.callFrame, source), selfMs: 0 };
    entry.selfMs += us / 1000;
    functions.set(key, entry);
  }
  const sorted = [...functions.values()].sort((a, b) => b.selfMs - a.selfMs);
  const categories = new Map<string, number>();
  for (const fn of sorted) categories.set(fn.category, (categories.get(fn.category) ?? 0) + fn.selfMs);
  return {
    totalMs: sorted.reduce((sum, fn) => sum + fn.selfMs, 0),
    byCategory: [...categories].map(([category, selfMs]) => ({ category, selfMs })).sort((a, b) => b.selfMs - a.selfMs),
    functions: sorted,
  };
}

/** Which part of the pipeline a function belongs to, from its original source path. */
export function categorize(frame: CallFrame, source: string): string {
  switch (frame.functionName) {
    case '(garbage collector)':
      return 'GC';
    case '(program)':
      return 'V8 outside JS (compile, parse, runtime)';
    case '(idle)':
      return 'idle (waiting for I/O)';
    case '(root)':
      return 'V8 outside JS (compile, parse, runtime)';
  }
  if (frame.functionName.startsWith('RegExp:')) return 'regular expressions (any package)';
  if (frame.url.startsWith('node:') || source === '') return 'Node.js internals (module loader, fs, streams)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) {
    if (pkg.startsWith('micromark') || /^(character-|decode-named|parse-entities|is-(decimal|hexadecimal|alphabetical|alphanumerical))/.test(pkg)) return 'micromark (tokenizer)';
    if (/^(mdast-util-from-markdown|mdast-util-gfm|mdast-util-directive|mdast-util-frontmatter|remark-|unified|vfile|unist-|trough|bail|devlop)/.test(pkg)) return 'mdast tree building (mdast-util-*, unified, unist)';
    if (pkg === 'yaml') return 'YAML parsing (yaml)';
    if (pkg === 'ajv' || pkg.startsWith('ajv-')) return 'ajv validation';
    return `other dependency: ${pkg}`;
  }
  if (source.includes('model/dist/generated/validate-graph')) return 'ajv validation';
  // Our packages, through the source maps: …/packages/<name>/src/… (or ../../<name>/src/… in the bundle).
  const ours = /(?:^|\/)([\w-]+)\/src\/(.*)$/.exec(source);
  if (ours) {
    const [, name, rest] = ours;
    if (name === 'parser' && rest!.startsWith('yaml/')) return 'parser: YAML files (ours)';
    return name === 'checks' && rest!.startsWith('rules/') ? 'checks: rules' : `${name}`;
  }
  return `other: ${source}`;
}

/** Maps bundle positions to original sources, reading each script's source map once. */
class SourceMaps {
  private readonly maps = new Map<string, SourceMap | null>();

  locate(frame: CallFrame): { where: string; source: string } {
    if (!frame.url.startsWith('file://')) return { where: frame.url, source: frame.url.startsWith('node:') ? frame.url : '' };
    const path = fileURLToPath(frame.url);
    const map = this.load(path);
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
    if (entry?.originalSource) {
      const source = entry.originalSource.replace(/^file:\/\//, '');
      return { where: `${shorten(source)}:${(entry.originalLine ?? 0) + 1}`, source };
    }
    return { where: `${shorten(path)}:${frame.lineNumber + 1}`, source: path };
  }

  private load(file: string): SourceMap | null {
    if (!this.maps.has(file)) {
      let map: SourceMap | null = null;
      try {
        const payload = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0];
        // Resolve relative `sources` against the map's folder so that paths are absolute.
        const dir = file.slice(0, file.lastIndexOf('/') + 1);
        map = new SourceMap({ ...payload, sources: payload.sources.map((s) => new URL(s, `file://${dir}`).pathname) });
      } catch {
        // No source map next to the script: positions stay those of the script itself.
        map = null;
      }
      this.maps.set(file, map);
    }
    return this.maps.get(file)!;
  }
}

function shorten(source: string): string {
  return source
    .replace(/.*\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '')
    .replace(/.*\/packages\//, '')
    .replace(/^\/work\/main\//, '');
}
