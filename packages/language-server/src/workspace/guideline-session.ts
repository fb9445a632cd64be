import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '@guideline-as-code/types';
import { warmGuideline, type GuidelineOnDisk, type WarmGuideline } from '@guideline-as-code/remark-preset-guideline';
import type { Root } from 'mdast';
import { checkGuideline, type Buffer, type CheckResult } from './check-guideline.js';
import { reparse, type ParsedText } from './incremental-tree.js';
import { RememberedFindings } from './remembered-findings.js';

/** What a session needs from the server: the open documents, the debounce, and where results go. */
export interface SessionHost {
  /** The open documents of this guideline, by path relative to the project root. */
  documents(session: GuidelineSession): Map<string, TextDocument>;
  debounceMs(): number;
  /** True when the editor tells the server about changed files, so the disk need not be looked at before every check. */
  watchesFiles(): boolean;
  /** Findings for the open documents of the versions in `result.versions`. */
  publish(session: GuidelineSession, result: { findings: readonly Diagnostic[]; versions: ReadonlyMap<string, number> }): void;
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
  /** The findings of the last check of the guideline as on disk, kept in the project for the next server. */
  private readonly remembered: RememberedFindings;
  /** The key of the sources whose kept findings were published, and of those this session kept. */
  private publishedKey: string | undefined;
  private keptKey: string | undefined;

  constructor(
    readonly root: string,
    readonly key: string,
    private readonly host: SessionHost,
  ) {
    this.warm = warmGuideline(root, key);
    this.remembered = new RememberedFindings(root);
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
      if (this.latest === undefined) this.publishRemembered(onDisk);
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
      this.remember(onDisk, buffers, result);
    } catch (error) {
      this.host.failed(this, error);
      if (generation === this.generation) this.settle(undefined);
    } finally {
      this.running--;
    }
  }

  /**
   * Before the first check of this session has ended: when every open document is as on disk
   * and a server checked exactly these sources with exactly this code before, its findings are
   * published at once (see `RememberedFindings`); the check publishes its own when it ends.
   */
  private publishRemembered(onDisk: GuidelineOnDisk): void {
    const documents = this.host.documents(this);
    if (documents.size === 0 || ![...documents].every(([file, document]) => isAsOnDisk(onDisk, file, document.getText()))) return;
    const key = this.remembered.keyOf(onDisk);
    if (key === this.publishedKey) return; // already published for these sources
    const findings = this.remembered.get(this.key, key);
    if (findings === undefined) return;
    this.publishedKey = key;
    try {
      this.host.publish(this, { findings, versions: new Map([...documents].map(([file, document]) => [file, document.version])) });
    } catch {
      // A kept file damaged by hand: the check's findings follow as without it.
    }
  }

  /** Keeps the findings of a check of the guideline as on disk for the next server. */
  private remember(onDisk: GuidelineOnDisk, buffers: ReadonlyMap<string, Buffer>, result: CheckResult): void {
    if (![...buffers].every(([file, buffer]) => isAsOnDisk(onDisk, file, buffer.text))) return;
    const key = this.remembered.keyOf(onDisk);
    if (key === this.keptKey) return; // kept already
    this.keptKey = key;
    this.remembered.set(this.key, key, result.findings);
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

/** Whether an open document's text is its file's on disk (a buffer of a file not on disk never is). */
function isAsOnDisk(onDisk: GuidelineOnDisk, file: string, text: string): boolean {
  const { sources } = onDisk;
  const onDiskFile = [sources.metadata, sources.references, sources.trials, ...sources.chapters].find((source) => source?.path === file);
  return onDiskFile?.text === text;
}
