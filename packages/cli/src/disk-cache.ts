import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseCache } from '@guideline-as-code/parser';
import { version } from './version.js';

/** Where parse results are kept, under the project's node_modules like other tools' caches. */
export const cacheFolder = 'node_modules/.cache/guideline-as-code/parse';
/** More entries than this and the ones this run did not use are removed. */
const maxEntries = 2000;

/**
 * A parse cache on disk: one JSON file per content key, in a folder named after the exact
 * code that made it (the tool version and a hash of the running bundle), so a changed parser
 * never reads results of an older one. A file that cannot be read or parsed is a miss; a
 * cache that cannot be written (read-only checkout) just makes every run a cold one.
 */
export class DiskCache implements ParseCache {
  private readonly dir: string;
  private readonly used = new Set<string>();
  private writable = true;

  constructor(projectRoot: string, codeVersion = currentCodeVersion()) {
    const base = path.join(projectRoot, cacheFolder);
    this.dir = path.join(base, codeVersion);
    removeOtherVersions(base, codeVersion);
  }

  get(key: string): unknown {
    this.used.add(key);
    try {
      return JSON.parse(readFileSync(this.file(key), 'utf8')) as unknown;
    } catch {
      return undefined; // not cached yet, or unreadable: computed again
    }
  }

  set(key: string, value: unknown): void {
    this.used.add(key);
    if (!this.writable) return;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(this.file(key), JSON.stringify(value));
    } catch {
      this.writable = false; // e.g. a read-only checkout: keep working without a cache
    }
  }

  /** Removes entries this run did not use once there are too many. */
  prune(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return; // nothing was cached
    }
    if (names.length <= maxEntries) return;
    for (const name of names) if (!this.used.has(name.replace(/\.json$/, ''))) rmSync(path.join(this.dir, name), { force: true });
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }
}

/** The tool version and a hash of the running code file, so results of other code are never reused. */
function currentCodeVersion(): string {
  const code = readFileSync(fileURLToPath(import.meta.url));
  return `${version}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}`;
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
