import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild } from './commands/build.js';
import { runCheck, type ReportFormat } from './commands/check.js';
import { runGraph } from './commands/graph.js';
import { type CacheProvider, type CommandIO, UsageError } from './io.js';
import { findProjectRoot } from './project.js';
import type { Language } from './report/language.js';
import { version } from './version.js';

export const usage = `Usage: guideline <command> [options]

Commands:
  check [paths…]        Parse and check the guideline sources; exit 1 on any error
  build                 Check, then write the knowledge graph and the content packages
  graph [guideline]     Print the knowledge graph (--json for the full graph)

Options:
  --format <format>     pretty (default), json, github or sarif
  --lang <sv|en>        Language of messages (default: sv)
  --json                With graph: print JSON
  --cwd <dir>           Run as if started in <dir>
  --no-cache            Read every file again instead of reusing results of unchanged ones
  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 no errors, 1 errors in the guideline, 2 usage or internal failure.
`;

const formats: readonly ReportFormat[] = ['pretty', 'json', 'github', 'sarif'];
const languages: readonly Language[] = ['sv', 'en'];

/** Runs the command line and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CommandIO, cacheFor?: CacheProvider): Promise<number> {
  try {
    return await dispatch(argv, io, cacheFor);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`guideline: ${error.message}\n\n${usage}`);
      return 2;
    }
    io.stderr(`guideline: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CommandIO, cacheFor: CacheProvider | undefined): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(usage);
    return command === undefined && !values.help ? 2 : 0;
  }
  const format = oneOf(values.format ?? 'pretty', formats, '--format');
  const language = oneOf(values.lang ?? 'sv', languages, '--lang');
  const cwd = values.cwd ?? io.cwd;
  const root = findProjectRoot(cwd);
  if (!root) throw new UsageError(`No guideline-src/ folder in ${cwd} or any folder above it.`);
  // Paths are relative to where the command runs (`--cwd` included), not to the process.
  const cache = values['no-cache'] || !cacheFor ? undefined : cacheFor(root);
  const options = { root, paths: rest.map((given) => path.resolve(cwd, given)), format, language, version, ...(cache ? { cache } : {}) };
  switch (command) {
    case 'check':
      return (await runCheck(options, { ...io, cwd })).exitCode;
    case 'build':
      return runBuild(options, io);
    case 'graph':
      return runGraph({ root, guideline: rest[0], json: values.json ?? false }, io);
    default:
      throw new UsageError(`Unknown command \`${command}\`.`);
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        cwd: { type: 'string' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got \`${value}\`.`);
}
