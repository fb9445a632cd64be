import type { Source } from '@guideline-as-code/model';
import type { LineIndex } from './line-index.js';

/**
 * Text that the finders read (sentences, names, doses), with the file offset of every
 * character, so anything found in it can be pointed at in the source file even when the
 * text was cleaned (zero-width characters dropped, decomposed letters composed).
 */
export class MappedText {
  constructor(
    readonly text: string,
    /** offsets[i] is the file offset of text[i]; offsets[text.length] is the end. */
    private readonly offsets: Int32Array,
    private readonly lines: LineIndex,
  ) {}

  fileOffset(index: number): number {
    return this.offsets[Math.max(0, Math.min(index, this.text.length))]!;
  }

  /** Source span of text[start, end). */
  span(start: number, end: number): Source {
    const last = end > start ? this.fileOffset(end - 1) + 1 : this.fileOffset(start);
    return this.lines.span(this.fileOffset(start), Math.max(last, this.fileOffset(start)));
  }

  /** The same positions with another text of equal length (e.g. citations blanked out). */
  withText(text: string): MappedText {
    if (text.length !== this.text.length) throw new Error('withText needs a text of the same length');
    return new MappedText(text, this.offsets, this.lines);
  }

  slice(start: number, end: number): MappedText {
    return new MappedText(this.text.slice(start, end), this.offsets.subarray(start, end + 1), this.lines);
  }
}

/** Characters that are invisible in an editor and must not split a drug name or a number. */
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const combiningMark = /\p{M}/u;
const needsCleaning = /[\u200B-\u200D\u2060\uFEFF\u00AD\p{M}]/u;

/** Collects text pieces with their file offsets into a MappedText, cleaning as it goes. */
export class MappedTextBuilder {
  private text = '';
  private readonly offsets: number[] = [];
  private end = 0;
  /** Counts what cleaning changed, so the caller can tell the editor. */
  readonly cleaned = { invisible: [] as number[], decomposed: [] as number[] };

  constructor(private readonly lines: LineIndex) {}

  /**
   * Appends `value`, whose first character sits at `fileStart`. When the value is exactly
   * the source slice, every character keeps its own offset; otherwise (escapes, entities)
   * all characters map to the start of the piece, which is as precise as the source allows.
   */
  append(value: string, fileStart: number, exact: boolean): void {
    if (!needsCleaning.test(value)) {
      for (let i = 0; i < value.length; i++) this.offsets.push(exact ? fileStart + i : fileStart);
      this.text += value;
    } else {
      this.appendCleaned(value, fileStart, exact);
    }
    this.end = exact ? fileStart + value.length : fileStart + (value.length > 0 ? 1 : 0);
  }

  private appendCleaned(value: string, fileStart: number, exact: boolean): void {
    let i = 0;
    while (i < value.length) {
      const char = value[i]!;
      const offset = exact ? fileStart + i : fileStart;
      if (invisible.test(char)) {
        this.cleaned.invisible.push(offset);
        i++;
        continue;
      }
      let cluster = char;
      let j = i + 1;
      while (j < value.length && combiningMark.test(value[j]!)) cluster += value[j++]!;
      const composed = cluster.length > 1 ? cluster.normalize('NFC') : cluster;
      if (composed !== cluster) this.cleaned.decomposed.push(offset);
      for (const unit of composed) {
        for (let k = 0; k < unit.length; k++) this.offsets.push(offset);
        this.text += unit;
      }
      i = j;
    }
  }

  /** Appends a separator that has no source of its own (e.g. between two inline nodes). */
  separator(value: string): void {
    for (let k = 0; k < value.length; k++) this.offsets.push(this.end);
    this.text += value;
  }

  build(): MappedText {
    const offsets = new Int32Array(this.offsets.length + 1);
    offsets.set(this.offsets);
    offsets[this.offsets.length] = this.end;
    return new MappedText(this.text, offsets, this.lines);
  }
}
