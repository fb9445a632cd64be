import path from 'node:path';
import { parseArgs } from 'node:util';
import { failLevels } from './commands/fail-level.js';
import { type CacheProvider, type CommandIO, UsageError } from './io.js';
import { cliMessages } from './messages/cli-messages.js';
import { usage } from './messages/usage.js';
import { existingPaths, invocationDir } from './paths.js';
import { reportFormats } from './report/report-format.js';
import { type Language, languages, say } from './report/language.js';
import { version } from './version.js';

/** Options that only `check` takes. */
const checkOnly = ['output', 'max-warnings', 'fail-on'] as const;

/** Runs the command line and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CommandIO, cacheFor?: CacheProvider): Promise<number> {
  const language = requestedLanguage(argv);
  try {
    return await dispatch(argv, io, cacheFor);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`guideline: ${say(error.text, language)}\n${error.showUsage ? `\n${usage(language)}` : ''}`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`guideline: ${say(cliMessages.internalError, language)}: ${detail}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CommandIO, cacheFor: CacheProvider | undefined): Promise<number> {
  const { values, positionals } = parse(argv);
  const language = oneOf(values.lang ?? 'sv', languages, '--lang');
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(usage(language));
    return command === undefined && !values.help ? 2 : 0;
  }
  const misplaced = checkOnly.filter((flag) => values[flag] !== undefined);
  if (command !== 'check' && misplaced.length > 0) throw new UsageError(cliMessages.checkOnly(misplaced.map((flag) => `--${flag}`)));
  if (command === 'diff' || command === 'changeset') return versionCommand(command, rest, values, language, io);
  const format = oneOf(values.format ?? 'pretty', reportFormats, '--format');
  const failOn = oneOf(values['fail-on'] ?? 'error', failLevels, '--fail-on');
  const maxWarnings = values['max-warnings'] === undefined ? undefined : countOf(values['max-warnings'], '--max-warnings');
  const root = await projectRoot(io, values.cwd);
  const dir = invocationDir(io, values.cwd);
  const cache = values['no-cache'] || !cacheFor ? undefined : await cacheFor(root);
  const options = { root, paths: [] as string[], format, language, version, ...(cache ? { cache } : {}) };
  switch (command) {
    case 'check': {
      // Paths are relative to where the user started the command (`--cwd` included), not to the process.
      const paths = existingPaths(dir, rest);
      const output = values.output === undefined ? {} : { output: { file: path.resolve(dir, values.output), label: values.output } };
      const policy = { failOn, ...(maxWarnings === undefined ? {} : { maxWarnings }) };
      const { runCheck } = await import('./commands/check.js');
      return (await runCheck({ ...options, paths, policy, ...output }, io)).exitCode;
    }
    // Each command's code is loaded when it runs (the bundle evaluates it only then), so that
    // `check` and `--version` do not set up what only `build` or `graph` use.
    case 'build': {
      const { runBuild } = await import('./commands/build.js');
      return runBuild(options, io);
    }
    case 'graph': {
      const { runGraph } = await import('./commands/graph.js');
      return runGraph({ root, guideline: rest[0], json: values.json ?? false, language }, io);
    }
    case 'preview': {
      const { runPreview } = await import('./commands/preview.js');
      return runPreview({ root, language, watch: values.watch ?? false }, io);
    }
    default:
      throw new UsageError(cliMessages.unknownCommand(command));
  }
}

/** `diff` and `changeset` compare versions; they take their own formats and options. */
async function versionCommand(command: 'diff' | 'changeset', rest: string[], values: ReturnType<typeof parse>['values'], language: Language, io: CommandIO): Promise<number> {
  const root = await projectRoot(io, values.cwd);
  const { VersionNotFoundError } = await import('@guideline-as-code/diff');
  try {
    if (command === 'changeset') {
      const { runChangeset } = await import('./commands/changeset.js');
      const mode = values.record ? 'record' : values.check ? 'check' : 'write';
      return await runChangeset({ root, base: values.base ?? rest[0] ?? 'origin/main', mode, language }, io);
    }
    const [base, head] = rest;
    if (base === undefined) throw new UsageError(cliMessages.missingValue('diff <base>'));
    const { diffFormats, runDiff } = await import('./commands/diff.js');
    const format = oneOf(values.format ?? 'text', diffFormats, '--format');
    return await runDiff({ root, base, head, format, language }, io);
  } catch (error) {
    // A revision or folder that holds no guideline is the user's input, not an internal error.
    if (error instanceof VersionNotFoundError) throw new UsageError(error.text, { showUsage: false });
    throw error;
  }
}

/**
 * The project the command works on. Its code (the parser's) is loaded only here, so that
 * `--version`, `--help` and a usage error start without setting up the toolchain.
 */
async function projectRoot(io: CommandIO, cwd: string | undefined): Promise<string> {
  const dir = invocationDir(io, cwd);
  const { findProjectRoot } = await import('./project.js');
  const root = findProjectRoot(dir);
  if (!root) throw new UsageError(cliMessages.noProjectRoot(dir), { showUsage: false });
  return root;
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
        base: { type: 'string' },
        check: { type: 'boolean' },
        record: { type: 'boolean' },
        watch: { type: 'boolean' },
        cwd: { type: 'string' },
        output: { type: 'string' },
        'max-warnings': { type: 'string' },
        'fail-on': { type: 'string' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(argumentProblem(error as Error & { code?: string }));
  }
}

/** Node's parseArgs speaks English only: its errors, said again in the language asked for. */
function argumentProblem(error: Error & { code?: string }) {
  const quoted = /'([^']+)'/.exec(error.message)?.[1]?.replace(/ <value>$/, '');
  if (quoted && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return cliMessages.unknownOption(quoted);
  if (quoted && error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(error.message)) return cliMessages.missingValue(quoted);
  if (quoted && error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(error.message)) return cliMessages.dashedValue(quoted);
  if (quoted && error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return cliMessages.unexpectedArgument(quoted);
  return cliMessages.badArguments(error.message);
}

/** The language of messages before the arguments are read, so that their errors are in it too. */
function requestedLanguage(argv: readonly string[]): Language {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at === -1 ? undefined : argv[at]!.startsWith('--lang=') ? argv[at]!.slice('--lang='.length) : argv[at + 1];
  return value === 'en' ? 'en' : 'sv';
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(cliMessages.notOneOf(flag, allowed, value));
}

function countOf(value: string, flag: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  throw new UsageError(cliMessages.notACount(flag, value));
}
