import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexiconKeyPrefix, type ParseCache } from '@guideline-as-code/parser';
import { runningCodeVersion } from './code-version.js';

/** Where parse results are kept, under the project's node_modules like other tools' caches. */
export const cacheFolder = 'node_modules/.cache/guideline-as-code/parse';
/**
 * Where the compiled drug lexicon is kept: apart from parse results, so that forgetting those
 * (a chapter never seen, a cleared parse cache) does not parse hundreds of lexicon files again.
 */
export const lexiconCacheFolder = 'node_modules/.cache/guideline-as-code/lexicon';
/** More entries than this and the ones this run did not use are removed. */
const maxEntries = 2000;

/**
 * A parse cache on disk: one JSON file per content key, in a folder named after the exact
 * code that made it (the tool version and a hash of all the code that reads sources, see
 * code-version.ts), so a changed parser never reads results of an older one: every entry is
 * addressed by the content it was made from and the code that made it. The compiled lexicon
 * (keys starting with `lexicon-`) goes to its own folder, likewise named. A file that cannot be
 * read or parsed is a miss; a cache that cannot be written (read-only checkout) just makes
 * every run a cold one.
 */
export class DiskCache implements ParseCache {
  private readonly dir: string;
  private readonly lexiconDir: string;
  private readonly used = new Set<string>();
  /**
   * The compiled lexicons this run has read or made: shared by every guideline of the project,
   * so the file (a megabyte of JSON) is parsed once per run, not once per guideline. Nothing
   * changes a compiled lexicon after it is read.
   */
  private readonly lexicons = new Map<string, unknown>();
  private writable = true;

  constructor(projectRoot: string, codeVersion = runningCodeVersion()) {
    this.dir = path.join(projectRoot, cacheFolder, codeVersion);
    this.lexiconDir = path.join(projectRoot, lexiconCacheFolder, codeVersion);
    removeOtherVersions(path.join(projectRoot, cacheFolder), codeVersion);
    removeOtherVersions(path.join(projectRoot, lexiconCacheFolder), codeVersion);
  }

  get(key: string): unknown {
    this.used.add(key);
    const kept = this.lexicons.get(key);
    if (kept !== undefined) return kept;
    try {
      const value = JSON.parse(readFileSync(this.file(key), 'utf8')) as unknown;
      if (key.startsWith(lexiconKeyPrefix)) this.lexicons.set(key, value);
      return value;
    } catch {
      return undefined; // not cached yet, or unreadable: computed again
    }
  }

  set(key: string, value: unknown): void {
    this.used.add(key);
    if (key.startsWith(lexiconKeyPrefix)) this.lexicons.set(key, value);
    if (!this.writable) return;
    try {
      const file = this.file(key);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(value));
    } catch {
      this.writable = false; // e.g. a read-only checkout: keep working without a cache
    }
  }

  /**
   * Removes parse results this run did not use once there are too many, and every compiled
   * lexicon but the one this run used (an edited lexicon file makes the old one useless).
   */
  prune(): void {
    const parseResults = entriesOf(this.dir);
    if (parseResults.length > maxEntries) this.removeUnused(this.dir, parseResults);
    if ([...this.used].some((key) => key.startsWith(lexiconKeyPrefix))) this.removeUnused(this.lexiconDir, entriesOf(this.lexiconDir));
  }

  private removeUnused(dir: string, names: readonly string[]): void {
    for (const name of names) if (!this.used.has(name.replace(/\.json$/, ''))) rmSync(path.join(dir, name), { force: true });
  }

  private file(key: string): string {
    return path.join(key.startsWith(lexiconKeyPrefix) ? this.lexiconDir : this.dir, `${key}.json`);
  }
}

function entriesOf(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return []; // nothing was cached
  }
}

function removeOtherVersions(base: string, keep: string): void {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return; // no cache yet
  }
  for (const name of names) if (name !== keep) rmSync(path.join(base, name), { recursive: true, force: true });
}
