import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '@guideline-as-code/types';
import { configFileName, readConfigText, type LoadedChecksConfig } from '@guideline-as-code/checks';
import { guidelineFolders, readGuidelineSources, type GuidelineSources } from '@guideline-as-code/parser';
import { DiskSnapshot } from './disk-snapshot.js';
import { RunCache } from './run-cache.js';

/** A guideline's sources and rule settings as they are on disk, with what went wrong reading them. */
export interface GuidelineOnDisk {
  sources: GuidelineSources;
  /** Files that could not be read, are not UTF-8 or lead outside guideline-src/. */
  diagnostics: Diagnostic[];
  config: LoadedChecksConfig;
}

/**
 * One guideline, kept warm between the runs of one process (an editor's language server, or
 * remark-cli over several files). Its files are read again only when a look at the file system
 * says one may have changed (see `DiskSnapshot`); what is parsed from them (YAML, chapters) is
 * kept by content hash in `cache`, so a file is parsed again only when its content changed.
 */
export class WarmGuideline {
  readonly cache = new RunCache();
  private last: { snapshot: DiskSnapshot; onDisk: GuidelineOnDisk; configText: string | undefined } | undefined;
  private pending: Promise<GuidelineOnDisk> | undefined;

  constructor(
    private readonly root: string,
    private readonly key: string,
  ) {}

  /** The sources on disk now. Runs that ask at the same time share one look at the disk. */
  onDisk(): Promise<GuidelineOnDisk> {
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async refresh(): Promise<GuidelineOnDisk> {
    // Taken before reading: a file written while it is read differs from this snapshot next time.
    const snapshot = await DiskSnapshot.take(this.root, guidelineFolders(this.key), [configFileName]);
    if (this.last && snapshot.unchangedSince(this.last.snapshot)) return this.last.onDisk;
    const { sources, diagnostics } = await readGuidelineSources(this.root, this.key);
    const configText = await this.readConfig();
    const config = this.last && this.last.configText === configText ? this.last.onDisk.config : configFromText(configText);
    this.last = { snapshot, onDisk: { sources, diagnostics, config }, configText };
    return this.last.onDisk;
  }

  private async readConfig(): Promise<string | undefined> {
    const file = path.join(this.root, configFileName);
    return existsSync(file) ? readFile(file, 'utf8') : undefined;
  }
}

function configFromText(text: string | undefined): LoadedChecksConfig {
  return text === undefined ? { config: {}, diagnostics: [] } : readConfigText(text);
}

const guidelines = new Map<string, WarmGuideline>();

/** The warm guideline `key` of the project at `root`, the same one for every run of this process. */
export function warmGuideline(root: string, key: string): WarmGuideline {
  const id = `${root}\0${key}`;
  let guideline = guidelines.get(id);
  if (!guideline) guidelines.set(id, (guideline = new WarmGuideline(root, key)));
  return guideline;
}
