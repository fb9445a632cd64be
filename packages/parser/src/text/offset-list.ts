/**
 * A growing list of file offsets in an Int32Array: 4 bytes an entry, where a JavaScript array
 * of numbers takes 8 or more. A 10 MB paragraph holds two offsets per character.
 */
export class OffsetList {
  private values = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** The offsets so far, followed by `extra` ones, in an array of their own. */
  toArray(...extra: number[]): Int32Array {
    const result = new Int32Array(this.length + extra.length);
    result.set(this.values.subarray(0, this.length));
    result.set(extra, this.length);
    return result;
  }
}
