/**
 * Which nodes hold each prose character, kept compactly: a count and the first two holders per
 * character in typed arrays, and a map for the rare character held three or more times. A list
 * per character cost minutes and gigabytes on a 10 MB chapter.
 */
export class Holders {
  private readonly count: Uint8Array;
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly more = new Map<number, string[]>();
  private readonly ids: string[] = [];
  private readonly idIndex = new Map<string, number>();

  constructor(readonly length: number) {
    this.count = new Uint8Array(length);
    this.first = new Int32Array(length);
    this.second = new Int32Array(length);
  }

  add(at: number, id: string): void {
    const held = this.count[at]!;
    if (held === 0) this.first[at] = this.indexOf(id);
    else if (held === 1) this.second[at] = this.indexOf(id);
    else this.more.set(at, [...(this.more.get(at) ?? []), id]);
    if (held < 255) this.count[at] = held + 1;
  }

  /** How many nodes hold the character (at most 255 counted; any number above 1 means "read twice"). */
  countAt(at: number): number {
    return this.count[at]!;
  }

  nodesAt(at: number): string[] {
    const held = this.count[at]!;
    if (held === 0) return [];
    const nodes = [this.ids[this.first[at]!]!];
    if (held > 1) nodes.push(this.ids[this.second[at]!]!, ...(this.more.get(at) ?? []));
    return nodes;
  }

  /** Whether two characters have the same holders, in the same order. */
  same(a: number, b: number): boolean {
    const held = this.count[a]!;
    if (held !== this.count[b]) return false;
    if (held === 0) return true;
    if (this.first[a] !== this.first[b]) return false;
    if (held === 1) return true;
    if (this.second[a] !== this.second[b]) return false;
    const x = this.more.get(a) ?? [];
    const y = this.more.get(b) ?? [];
    return x.length === y.length && x.every((id, i) => id === y[i]);
  }

  private indexOf(id: string): number {
    let index = this.idIndex.get(id);
    if (index === undefined) {
      index = this.ids.length;
      this.ids.push(id);
      this.idIndex.set(id, index);
    }
    return index;
  }
}
