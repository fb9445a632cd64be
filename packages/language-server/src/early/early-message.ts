/** What the early-reading worker tells the main thread. */
export type EarlyMessage =
  | { kind: 'code-version'; version: string }
  | { kind: 'guideline'; root: string; key: string; entries: [string, unknown][] }
  | { kind: 'done'; root: string | null }
  | { kind: 'failed'; root: string | null; error: string };
