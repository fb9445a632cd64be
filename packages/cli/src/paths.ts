import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CommandIO } from './io.js';
import { UsageError } from './io.js';
import { cliMessages } from './messages/cli-messages.js';

/**
 * The folder the user started the command in, which relative paths are resolved against.
 * `pnpm guideline …` runs the root's script in the repository root and says in `INIT_CWD`
 * where the user was (e.g. `guideline-src/livmoderkroppscancer/`). `INIT_CWD` is trusted only
 * inside the process's own folder: a process that a script starts elsewhere (a test, a
 * benchmark in a temporary project) inherits its parent's `INIT_CWD`, which then says nothing
 * about it. `--cwd` wins over both, and is itself relative to where the user was.
 */
export function invocationDir(io: CommandIO, cwdOption: string | undefined): string {
  const initCwd = io.env?.['INIT_CWD'];
  const startedIn = initCwd && path.isAbsolute(initCwd) && isWithin(io.cwd, initCwd) ? initCwd : io.cwd;
  return cwdOption === undefined ? startedIn : path.resolve(startedIn, cwdOption);
}

/** The given paths as absolute paths; a path that does not exist is a usage error (exit 2). */
export function existingPaths(dir: string, given: readonly string[]): string[] {
  const resolved = given.map((file) => path.resolve(dir, file));
  const missing = given.filter((_, index) => !existsSync(resolved[index]!));
  if (missing.length > 0) throw new UsageError(cliMessages.fileNotFound(missing), { showUsage: false });
  return resolved;
}

function isWithin(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
