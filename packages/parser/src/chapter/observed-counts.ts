/** Told every read and write of a count, while one block of a chapter is read with its readings kept. */
export type CountObserver = (access: 'read' | 'write', key: string, value: number | undefined) => void;

/**
 * The numbering counts of a chapter (statements per section, recommendations, rules), telling
 * an observer which counts a block read and wrote: a block's kept reading holds only if the
 * counts it read are still the same, and replaying it writes what it wrote.
 */
export class ObservedCounts extends Map<string, number> {
  observer: CountObserver | undefined;

  override get(key: string): number | undefined {
    const value = super.get(key);
    this.observer?.('read', key, value);
    return value;
  }

  override set(key: string, value: number): this {
    this.observer?.('write', key, value);
    return super.set(key, value);
  }
}
