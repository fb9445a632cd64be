import type { LocalizedText } from '@guideline-as-code/types';
import type { ParseCache } from '@guideline-as-code/parser';

/** Where a command writes, and the environment it runs in; tests pass their own. */
export interface CommandIO {
  /** The process's working directory. */
  cwd: string;
  /** The process's environment (`INIT_CWD`, `GITHUB_STEP_SUMMARY`, …); none means empty. */
  env?: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * A parse cache the command may keep results in between runs, for one project root. It may be
 * given as a promise, so that the bin loads the cache's code only for a command that reads sources.
 */
export interface CacheProvider {
  (projectRoot: string): (ParseCache & { prune?(): void }) | Promise<ParseCache & { prune?(): void }>;
}

/**
 * A failure of the command line itself (bad arguments, a missing file): exit code 2, no stack
 * trace, the message in the language asked for. `showUsage` adds the help text, which helps
 * with a wrong flag but only buries a mistyped file name.
 */
export class UsageError extends Error {
  readonly text: LocalizedText;
  readonly showUsage: boolean;

  constructor(text: LocalizedText, options: { showUsage?: boolean } = {}) {
    super(text.en);
    this.text = text;
    this.showUsage = options.showUsage ?? true;
  }
}
