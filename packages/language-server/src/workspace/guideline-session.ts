import type { TextDocument } from 'vscode-languageserver-textdocument';
import { warmGuideline, type GuidelineOnDisk, type WarmGuideline } from '@guideline-as-code/remark-preset-guideline';
import type { Root } from 'mdast';
import { checkGuideline, type Buffer, type CheckResult } from './check-guideline.js';
import { reparse, type ParsedText } from './incremental-tree.js';

/** What a session needs from the server: the open documents, the debounce, and where results go. */
export interface SessionHost {
  /** The open documents of this guideline, by path relative to the project root. */
  documents(session: GuidelineSession): Map<string, TextDocument>;
  debounceMs(): number;
  /** True when the editor tells the server about changed files, so the disk need not be looked at before every check. */
  watchesFiles(): boolean;
  publish(session: GuidelineSession, result: CheckResult): void;
  /** Parse-cache entries of this guideline read before the session began (early/early-reading.ts), if any are coming. */
  early(session: GuidelineSession): Promise<[string, unknown][]> | undefined;
  failed(session: GuidelineSession, error: unknown): void;
}

/**
 * One guideline while its files are open. Its other sources stay loaded (`WarmGuideline`,
 * shared with the remark preset: read again only when the disk changed, parsed again only when
 * a file's content changed). Every change starts a new generation; a check waits a few
 * milliseconds so that a burst of keystrokes is checked once, and a check that a newer change
 * overtook is dropped before its results are published.
 */
export class GuidelineSession {
  private readonly warm: WarmGuideline;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = 0;
  private latest: CheckResult | undefined;
  private waiting: ((result: CheckResult | undefined) => void)[] = [];
  /** The last checked text of each open chapter, with its tree once it has been edited. */
  private readonly trees = new Map<string, { text: string; tree: Root | undefined }>();
  /** The sources on disk as last looked at, while the editor reports changed files. */
  private disk: Promise<GuidelineOnDisk> | undefined;
  /** Settled once what was read early is in the cache: every check waits for it rather than parse the same again. */
  private readonly seeded: Promise<void> | undefined;

  constructor(
    readonly root: string,
    readonly key: string,
    private readonly host: SessionHost,
  ) {
    this.warm = warmGuideline(root, key);
    this.seeded = host.early(this)?.then((entries) => {
      for (const [entry, value] of entries) this.warm.cache.set(entry, value);
    });
  }

  /**
   * Something the guideline is read from changed (an edit, a save, a file on disk): check
   * again. When the server is idle the check starts at once (after the messages already
   * received), so a single edit is not kept waiting; while a check runs, the next one waits
   * `debounceMs`, so that a burst of keystrokes is checked once, for its last version.
   */
  changed(): void {
    const generation = ++this.generation;
    const delay = this.timer !== undefined || this.running > 0 ? this.host.debounceMs() : 0;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check(generation);
    }, delay);
  }

  /** A file on disk changed (the editor said so, or saved one): look at the disk again, then check. */
  diskChanged(): void {
    this.disk = undefined;
    this.changed();
  }

  /** The check of the open documents as they are now, waiting for it when one is due. */
  async current(): Promise<CheckResult | undefined> {
    if (this.latest && this.isCurrent(this.latest)) return this.latest;
    if (this.timer === undefined && this.running === 0) this.changed();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * The sources on disk. The warm guideline looks at every file's metadata (a few ms); while
   * the editor reports changed files, that look is taken only after a report or a save.
   */
  private onDisk(): Promise<GuidelineOnDisk> {
    if (!this.host.watchesFiles()) return this.warm.onDisk();
    const disk = (this.disk ??= this.warm.onDisk());
    disk.catch(() => {
      if (this.disk === disk) this.disk = undefined;
    });
    return disk;
  }

  private async check(generation: number): Promise<void> {
    this.running++;
    try {
      const onDisk = await this.onDisk();
      await this.seeded;
      if (generation !== this.generation) return;
      const buffers = this.buffers();
      const result = checkGuideline(onDisk, buffers, this.warm.cache);
      // Lets edits that arrived during the check be handled first: if one did, this result is stale.
      await new Promise((resolve) => setImmediate(resolve));
      if (generation !== this.generation) return;
      this.latest = result;
      this.host.publish(this, result);
      this.settle(result);
    } catch (error) {
      this.host.failed(this, error);
      if (generation === this.generation) this.settle(undefined);
    } finally {
      this.running--;
    }
  }

  private buffers(): Map<string, Buffer> {
    const buffers = new Map<string, Buffer>();
    for (const [file, document] of this.host.documents(this)) {
      const text = document.getText();
      buffers.set(file, { text, version: document.version, tree: file.endsWith('.md') ? this.treeOf(file, text) : undefined });
    }
    for (const file of this.trees.keys()) if (!buffers.has(file)) this.trees.delete(file);
    return buffers;
  }

  /**
   * The chapter's tree, parsed again only where it was edited since the last check. Not for a
   * chapter just opened: its text is most often the one on disk, which the parse cache has read.
   */
  private treeOf(file: string, text: string): Root | undefined {
    const kept = this.trees.get(file);
    if (kept?.text === text) return kept.tree;
    const tree = kept ? reparse(kept.tree ? (kept as ParsedText) : undefined, text) : undefined;
    this.trees.set(file, { text, tree });
    return tree;
  }

  private settle(result: CheckResult | undefined): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve(result);
  }

  private isCurrent(result: CheckResult): boolean {
    const documents = this.host.documents(this);
    if (documents.size !== result.versions.size) return false;
    for (const [file, document] of documents) if (result.versions.get(file) !== document.version) return false;
    return true;
  }
}
