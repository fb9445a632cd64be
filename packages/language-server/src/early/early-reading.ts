import { Worker } from 'node:worker_threads';
import type { EarlyMessage } from './early-message.js';
import { earlyReadingScript } from '../package-files.js';
import { adoptCodeVersion } from '../workspace/code-version-slot.js';

/**
 * The main thread's side of the early reading (`read-early.ts`): started before the server's
 * own code is loaded, so that on two cores the guidelines are parsed while that code loads and
 * `initialize` is answered. Everything it hands over is keyed by the content it was made from
 * (parse-cache keys), by the same code, so it can only ever save work, never change a result.
 */
export class EarlyReading {
  private readonly guidelines = new Map<string, [string, unknown][]>();
  private root: string | null | undefined;
  private ended = false;
  private failure: string | undefined;
  private readonly waiting: (() => void)[] = [];

  private constructor(worker: Worker) {
    worker.on('message', (message: EarlyMessage) => this.receive(message));
    worker.on('error', (error) => this.receive({ kind: 'failed', root: this.root ?? null, error: error.stack ?? error.message }));
    worker.on('exit', () => this.end());
    // It must never keep the process alive, e.g. when the editor shuts the server down at once.
    worker.unref();
  }

  /** Starts reading the project that holds `cwd`, if any. */
  static start(cwd: string): EarlyReading {
    return new EarlyReading(new Worker(earlyReadingScript(), { workerData: { cwd } }));
  }

  /**
   * The parse-cache entries of guideline `key` of the project at `root`, once the worker has
   * read it; none when the worker reads another project, or failed (see `failed`).
   */
  async entries(root: string, key: string): Promise<[string, unknown][]> {
    while (!this.ended && !this.guidelines.has(`${root}\0${key}`) && (this.root === undefined || this.root === root)) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    const entries = this.guidelines.get(`${root}\0${key}`) ?? [];
    // Handed over once: the session's cache keeps them from now on.
    this.guidelines.delete(`${root}\0${key}`);
    return entries;
  }

  /** Why the worker failed, if it did: a bug to report, after which the server reads as usual. */
  failed(): string | undefined {
    return this.failure;
  }

  private receive(message: EarlyMessage): void {
    // The same files hashed by the same code: the main thread need not hash them again.
    if (message.kind === 'code-version') {
      adoptCodeVersion(message.version);
      return;
    }
    this.root = message.root;
    if (message.kind === 'guideline') this.guidelines.set(`${message.root}\0${message.key}`, message.entries);
    else if (message.kind === 'failed') this.failure = message.error;
    if (message.kind !== 'guideline') this.ended = true;
    this.wake();
  }

  private end(): void {
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
