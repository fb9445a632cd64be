import type { ParseCache } from '@guideline-as-code/parser';

/** Where a command writes; tests pass their own to capture output. */
export interface CommandIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A parse cache the command may keep results in between runs, for one project root. */
export interface CacheProvider {
  (projectRoot: string): ParseCache & { prune?(): void };
}

/** A failure of the command line itself (bad arguments): exit code 2, no stack trace. */
export class UsageError extends Error {}
