import type { ParseCache } from '@guideline-as-code/parser';

/**
 * The parse cache of an editing session: parse results by content hash, kept from one run to
 * the next. What a run did not use is dropped when the next run ends, so that a session does
 * not keep a chapter fragment for every keystroke's version of the buffer.
 */
export class RunCache implements ParseCache {
  private previous = new Map<string, unknown>();
  private current = new Map<string, unknown>();

  get(key: string): unknown {
    const value = this.current.get(key) ?? this.previous.get(key);
    if (value !== undefined) this.current.set(key, value);
    return value;
  }

  set(key: string, value: unknown): void {
    this.current.set(key, value);
  }

  /** Ends a run: what it used is kept for the next one, the rest is let go. */
  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return new Set([...this.previous.keys(), ...this.current.keys()]).size;
  }
}
