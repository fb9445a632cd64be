import type { LineIndex, Source } from '@guideline-as-code/types';
import { alignSource } from './align-source.js';
import { OffsetList } from './offset-list.js';

/**
 * Text that the finders read (sentences, names, doses), with the source range of every
 * character, so anything found in it can be pointed at in the source file even when the
 * text was cleaned (zero-width characters dropped, decomposed letters composed) or Markdown
 * changed it (escapes, character references).
 */
export class MappedText {
  constructor(
    readonly text: string,
    /** starts[i] is the file offset where text[i] begins; starts[text.length] is the end. */
    private readonly starts: Int32Array,
    /** ends[i] is the file offset just after the source of text[i] (`å` written as a + ring is two). */
    private readonly ends: Int32Array,
    private readonly lines: LineIndex,
  ) {}

  fileOffset(index: number): number {
    return this.starts[Math.max(0, Math.min(index, this.text.length))]!;
  }

  /** Source span of text[start, end): from the first character's start to the last one's end. */
  span(start: number, end: number): Source {
    const from = this.fileOffset(start);
    const to = end > start && end - 1 < this.text.length ? this.ends[Math.max(0, end - 1)]! : from;
    return this.lines.span(from, Math.max(to, from));
  }

  /** The same positions with another text of equal length (e.g. citations blanked out). */
  withText(text: string): MappedText {
    if (text.length !== this.text.length) throw new Error('withText needs a text of the same length');
    return new MappedText(text, this.starts, this.ends, this.lines);
  }

  slice(start: number, end: number): MappedText {
    return new MappedText(this.text.slice(start, end), this.starts.subarray(start, end + 1), this.ends.subarray(start, end), this.lines);
  }
}

/** Characters that are invisible in an editor and must not split a drug name or a number. */
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const combiningMark = /\p{M}/u;
const needsCleaning = /[\u200B-\u200D\u2060\uFEFF\u00AD\p{M}]/u;

/** Collects text pieces with their file offsets into a MappedText, cleaning as it goes. */
export class MappedTextBuilder {
  private text = '';
  private readonly starts = new OffsetList();
  private readonly ends = new OffsetList();
  private end = 0;
  /** Counts what cleaning changed, so the caller can tell the editor. */
  readonly cleaned = { invisible: [] as number[], decomposed: [] as number[] };

  constructor(private readonly lines: LineIndex) {}

  /**
   * Appends a text node's `value`, read from fileText[start, end). When the value is exactly
   * the source slice every character keeps its own offset; otherwise (escapes, references,
   * indentation of continuation lines) the value is aligned with the slice character by
   * character.
   */
  appendSource(value: string, fileText: string, start: number, end: number): void {
    const exact = end - start === value.length && fileText.startsWith(value, start);
    if (exact && !needsCleaning.test(value)) {
      // The common case, without intermediate arrays: every character is its own source.
      for (let i = 0; i < value.length; i++) {
        this.starts.push(start + i);
        this.ends.push(start + i + 1);
      }
      this.text += value;
    } else if (exact) {
      const starts = Array.from({ length: value.length }, (_, i) => start + i);
      this.add(value, starts, starts.map((offset) => offset + 1));
    } else {
      const aligned = alignSource(value, fileText, start, end);
      this.add(value, aligned.starts, aligned.ends);
    }
    this.end = end;
  }

  /** Appends a separator that has no source of its own (e.g. between two inline nodes). */
  separator(value: string): void {
    for (let k = 0; k < value.length; k++) {
      this.starts.push(this.end);
      this.ends.push(this.end);
    }
    this.text += value;
  }

  build(): MappedText {
    return new MappedText(this.text, this.starts.toArray(this.end), this.ends.toArray(), this.lines);
  }

  private add(value: string, starts: readonly number[], ends: readonly number[]): void {
    if (!needsCleaning.test(value)) {
      for (let i = 0; i < value.length; i++) {
        this.starts.push(starts[i]!);
        this.ends.push(ends[i]!);
      }
      this.text += value;
      return;
    }
    let i = 0;
    while (i < value.length) {
      const char = value[i]!;
      if (invisible.test(char)) {
        this.cleaned.invisible.push(starts[i]!);
        i++;
        continue;
      }
      let cluster = char;
      let j = i + 1;
      while (j < value.length && combiningMark.test(value[j]!)) cluster += value[j++]!;
      const composed = cluster.length > 1 ? cluster.normalize('NFC') : cluster;
      if (composed !== cluster) this.cleaned.decomposed.push(starts[i]!);
      // The composed letter spans the whole cluster in the source: `a` and its ring.
      for (let k = 0; k < composed.length; k++) {
        this.starts.push(starts[i]!);
        this.ends.push(ends[j - 1]!);
      }
      this.text += composed;
      i = j;
    }
  }
}
