import { createHash } from 'node:crypto';

/**
 * Where parse results are kept between runs, by a key made from the content they were made
 * from. The parser never reads the file system itself; the CLI gives it a cache on disk.
 * A cache must answer undefined for anything it cannot give back intact.
 */
export interface ParseCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/**
 * Keys that start with this hold the compiled drug lexicon: one entry shared by every guideline
 * of a project and rarely changed. A cache may keep them apart from chapter results (the CLI's
 * disk cache does, so that forgetting parse results does not parse the lexicon again).
 */
export const lexiconKeyPrefix = 'lexicon-';

/** A key for content: the SHA-256 of its parts, each length-prefixed so parts cannot run together. */
export function contentKey(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

/** A cache that remembers nothing, for callers that give none. */
export const noCache: ParseCache = { get: () => undefined, set: () => undefined };

/** A cache in memory, for an editor session or tests. */
export function memoryCache(): ParseCache & { size(): number } {
  const entries = new Map<string, unknown>();
  return { get: (key) => entries.get(key), set: (key, value) => void entries.set(key, value), size: () => entries.size };
}
