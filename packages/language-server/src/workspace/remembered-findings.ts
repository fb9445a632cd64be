import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentKey, hashOfPackages, toolchainPackages, type GuidelineSources } from '@guideline-as-code/parser';
import type { GuidelineOnDisk } from '@guideline-as-code/remark-preset-guideline';
import type { Diagnostic } from '@guideline-as-code/types';
import { packageManifest } from '../package-files.js';
import { adoptCodeVersion, knownCodeVersion } from './code-version-slot.js';

/** Where the findings are kept, under the project's node_modules like the command line's parse cache. */
export const rememberedFolder = 'node_modules/.cache/guideline-as-code/language-server';

/** What one guideline's file holds: the key of the sources it was found on, and the findings. */
interface Remembered {
  key: string;
  findings: readonly Diagnostic[];
}

/**
 * The findings of the last check of each guideline as it is on disk (every open buffer equal
 * to its file), kept in the project, one file per guideline. A server that starts and opens an
 * unchanged chapter publishes them at once, while its own first check is still reading; that
 * check publishes its findings again when it ends. The key holds the text of every source the
 * check read, its reading findings, the rule settings and a hash of the code that checked
 * (every file of the toolchain's packages, and the versions of their dependencies), so what is
 * remembered is exactly what a check would find, or it is not used. A file that cannot be read
 * or written is a miss: the server then simply waits for its check, as without it.
 */
export class RememberedFindings {
  constructor(
    private readonly root: string,
    private readonly codeVersion: () => string = serverCodeVersion,
  ) {}

  /** The key of a guideline as on disk: what its findings depend on. */
  keyOf(onDisk: GuidelineOnDisk): string {
    const files = sourceFiles(onDisk.sources).flatMap((file) => [file.path, file.text]);
    return contentKey('language-server findings', this.version(), JSON.stringify(onDisk.config.config), JSON.stringify(onDisk.diagnostics), ...files);
  }

  /** The findings kept for the guideline `guideline` under `key`, if those are the ones kept. */
  get(guideline: string, key: string): readonly Diagnostic[] | undefined {
    try {
      const kept = JSON.parse(readFileSync(this.file(guideline), 'utf8')) as Remembered;
      return kept.key === key && Array.isArray(kept.findings) ? kept.findings : undefined;
    } catch {
      return undefined; // nothing kept yet, or unreadable
    }
  }

  /** Keeps the findings of a check of the guideline as on disk, in place of those kept before. */
  set(guideline: string, key: string, findings: readonly Diagnostic[]): void {
    try {
      const dir = path.dirname(this.file(guideline));
      if (!existsSync(dir)) removeOtherVersions(path.join(this.root, rememberedFolder), this.version());
      mkdirSync(dir, { recursive: true });
      writeFileSync(this.file(guideline), JSON.stringify({ key, findings } satisfies Remembered));
    } catch {
      // e.g. a read-only checkout: the server works as without it
    }
  }

  private version(): string {
    return this.codeVersion();
  }

  private file(guideline: string): string {
    return path.join(this.root, rememberedFolder, this.version(), `${guideline}.json`);
  }
}

/** Every file a check of the guideline reads. */
function sourceFiles(sources: GuidelineSources): { path: string; text: string }[] {
  const optional = [sources.metadata, sources.references, sources.trials, sources.patientFacts];
  return [...optional.map((file) => file ?? { path: '-', text: '' }), ...sources.chapters, ...sources.lexicon];
}

/**
 * The SHA-256 of the server's bundles, written into them by scripts/bundle.mjs; not defined when
 * the server runs from tsc's output (tests, the package imported as a library).
 */
declare const __serverBundleHash: string | undefined;

/**
 * The server's code: in the bundles, their hash, stamped in at build time (nothing to read); else
 * this package and every package of ours it loads, hashed once per process (or by the
 * early-reading worker, see `read-early.ts`).
 */
export function serverCodeVersion(): string {
  const bundleHash = typeof __serverBundleHash === 'string' ? __serverBundleHash : undefined;
  return knownCodeVersion() ?? adoptCodeVersion((bundleHash ?? hashOfPackages(toolchainPackages(packageManifest()))).slice(0, 16));
}

/** Findings kept by other code are never read again: their folder goes. */
function removeOtherVersions(base: string, keep: string): void {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return; // nothing kept yet
  }
  for (const name of names) if (name !== keep) rmSync(path.join(base, name), { recursive: true, force: true });
}
