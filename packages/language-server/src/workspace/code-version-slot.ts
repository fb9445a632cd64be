// The hash of the server's code, once known. A module of its own, without imports, so that the
// early reading (loaded before the rest of the server) can hand over the worker's hash.
let known: string | undefined;

/** The hash made so far in this process, by this thread or handed over by the early-reading worker. */
export function knownCodeVersion(): string | undefined {
  return known;
}

/** Keeps `version` unless one is known already (both are made from the same files by the same code). */
export function adoptCodeVersion(version: string): string {
  known ??= version;
  return known;
}
