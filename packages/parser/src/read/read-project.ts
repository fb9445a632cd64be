import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { wholeFile, type Diagnostic, type FindingId, type LocalizedText } from '@guideline-as-code/types';
import type { GuidelineSources, SourceFile } from '../guideline-sources.js';
import { decodeSource } from './decode.js';
import { substanceIndexFile } from '../lexicon/read-substance-index.js';

/** The folder under the project root that holds all clinical content. */
export const sourcesFolder = 'guideline-src';
/** Folders under guideline-src/ that are shared vocabulary, not guidelines. */
const sharedFolders = new Set(['lexicon', 'vocabulary']);

/** The project root: the nearest folder, from `start` upwards, that holds guideline-src/. */
export function findProjectRoot(start: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, sourcesFolder))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The folders one guideline is read from: its own, and the shared lexicon and vocabulary. */
export function guidelineFolders(key: string): [guideline: string, lexicon: string, vocabulary: string] {
  return [`${sourcesFolder}/${key}`, `${sourcesFolder}/lexicon`, `${sourcesFolder}/vocabulary`];
}

/**
 * The guidelines of a project: every folder under guideline-src/ except the shared ones. A
 * symbolic link counts as a folder unless it points at a file, so that a link that leads out
 * of guideline-src/ (or nowhere) is reported when the guideline is read, not skipped silently.
 */
export async function findGuidelines(projectRoot: string): Promise<string[]> {
  const entries = await readdir(path.join(projectRoot, sourcesFolder), { withFileTypes: true });
  const keys: string[] = [];
  for (const entry of entries) {
    if (sharedFolders.has(entry.name) || entry.name.startsWith('.')) continue;
    if (entry.isDirectory() || (entry.isSymbolicLink() && !(await pointsAtFile(path.join(projectRoot, sourcesFolder, entry.name))))) keys.push(entry.name);
  }
  return keys.sort();
}

async function pointsAtFile(link: string): Promise<boolean> {
  try {
    return (await stat(link)).isFile();
  } catch {
    // A link that leads nowhere is not a file; reading it as a guideline reports it.
    return false;
  }
}

/**
 * Reads the source files of one guideline (and the shared lexicon and vocabulary) from disk.
 * A file that cannot be read, is not UTF-8, or resolves outside guideline-src/ (a symlink or
 * `..`) is reported with its path; the other files are still read.
 */
export async function readGuidelineSources(projectRoot: string, key: string, shared: SharedReads = new Map()): Promise<{ sources: GuidelineSources; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const root = await realpath(path.join(projectRoot, sourcesFolder));
  const reader = new SourceReader(projectRoot, root, diagnostics);
  const [dir, lexiconDir, vocabularyDir] = guidelineFolders(key);
  const names = (await reader.insideSources(dir)) ? await reader.list(dir) : [];
  const chapters = await reader.readAll(names.filter((name) => name.endsWith('.md') && name !== `${dir}/README.md`));
  const lexicon = await readOnce(shared, lexiconDir, async () => {
    const found: Diagnostic[] = [];
    const lexiconReader = new SourceReader(projectRoot, root, found);
    return { files: await lexiconReader.readAll((await lexiconReader.list(lexiconDir)).filter((name) => /\.ya?ml$/.test(name) || name === `${lexiconDir}/${substanceIndexFile}`)), diagnostics: found };
  });
  diagnostics.push(...lexicon.diagnostics);
  const sources: GuidelineSources = { key, chapters, lexicon: lexicon.files };
  const optional = async (name: string) => (names.includes(name) ? reader.read(name) : undefined);
  const assign = <K extends 'metadata' | 'references' | 'trials' | 'patientFacts'>(field: K, file: SourceFile | undefined) => {
    if (file) sources[field] = file;
  };
  assign('metadata', await optional(`${dir}/guideline.yaml`));
  assign('references', await optional(`${dir}/references.yaml`));
  assign('trials', await optional(`${dir}/trials.yaml`));
  const facts = `${vocabularyDir}/patient-facts.yaml`;
  if ((await reader.list(vocabularyDir)).includes(facts)) assign('patientFacts', await reader.read(facts));
  return { sources, diagnostics };
}

/**
 * The shared folders (the lexicon: hundreds of files) as read once by a command that reads
 * several guidelines, with the findings made while reading them; by folder. Give the same
 * map to every `readGuidelineSources` of one run, and a new one to the next run.
 */
export type SharedReads = Map<string, Promise<{ files: SourceFile[]; diagnostics: Diagnostic[] }>>;

function readOnce(shared: SharedReads, dir: string, read: () => Promise<{ files: SourceFile[]; diagnostics: Diagnostic[] }>) {
  let reading = shared.get(dir);
  if (reading === undefined) {
    reading = read();
    shared.set(dir, reading);
  }
  return reading;
}

class SourceReader {
  constructor(
    private readonly projectRoot: string,
    private readonly sourcesRoot: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /**
   * Regular files (not links) listed from a folder that is inside guideline-src/: they cannot
   * lead outside it, so `read` need not resolve their paths one by one (the lexicon has hundreds).
   */
  private readonly plainFiles = new Set<string>();

  /** Files directly in a folder (relative paths, sorted); a missing folder is empty. */
  async list(dir: string): Promise<string[]> {
    try {
      const folder = path.join(this.projectRoot, dir);
      const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
      const inside = this.isInside(await realpath(folder));
      for (const entry of entries) if (inside && entry.isFile()) this.plainFiles.add(`${dir}/${entry.name}`);
      return entries.map((entry) => `${dir}/${entry.name}`).sort();
    } catch {
      // A guideline without a lexicon or vocabulary folder is allowed; missing files are reported where needed.
      return [];
    }
  }

  /** False, with a finding, when a folder is a link that leads outside guideline-src/ or nowhere. */
  async insideSources(dir: string): Promise<boolean> {
    try {
      if (this.isInside(await realpath(path.join(this.projectRoot, dir)))) return true;
      this.report(dir, 'path-outside-sources', {
        en: `This folder points outside \`${sourcesFolder}/\` (a symbolic link or \`..\`); its files were not read.`,
        sv: `Mappen pekar utanför \`${sourcesFolder}/\` (en symbolisk länk eller \`..\`); dess filer lästes inte.`,
      });
    } catch (error) {
      this.report(dir, 'unreadable-file', {
        en: `This folder cannot be read: ${(error as Error).message}.`,
        sv: `Mappen går inte att läsa: ${(error as Error).message}.`,
      });
    }
    return false;
  }

  private isInside(real: string): boolean {
    return real === this.sourcesRoot || real.startsWith(this.sourcesRoot + path.sep);
  }

  async readAll(files: string[]): Promise<SourceFile[]> {
    return files.map((file) => this.read(file)).filter((file): file is SourceFile => file !== undefined);
  }

  /**
   * One source file, read synchronously: a check reads hundreds of small files (the lexicon's
   * among them) and waits for all of them, and a promise and a thread-pool round trip for each
   * step of each file cost more than the reading itself. A regular file listed from a folder
   * inside guideline-src/ is read at once; any other path is resolved first, and opened without
   * blocking so that a named pipe is skipped rather than waited on.
   */
  read(file: string): SourceFile | undefined {
    const absolute = path.join(this.projectRoot, file);
    try {
      if (this.plainFiles.has(file)) return { path: file, text: decodeSource(file, readFileSync(absolute), this.diagnostics) };
      const real = realpathSync.native(absolute);
      if (!this.isInside(real)) {
        this.report(file, 'path-outside-sources', {
          en: `This file points outside \`${sourcesFolder}/\` (a symbolic link or \`..\`); it was not read.`,
          sv: `Filen pekar utanför \`${sourcesFolder}/\` (en symbolisk länk eller \`..\`); den lästes inte.`,
        });
        return undefined;
      }
      // Non-blocking, so that a FIFO named like a chapter is opened (and skipped) instead of waited on.
      const fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      try {
        if (!fstatSync(fd).isFile()) return undefined;
        return { path: file, text: decodeSource(file, readFileSync(fd), this.diagnostics) };
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      this.report(file, 'unreadable-file', {
        en: `This file cannot be read: ${(error as Error).message}.`,
        sv: `Filen går inte att läsa: ${(error as Error).message}.`,
      });
      return undefined;
    }
  }

  private report(file: string, ruleId: FindingId, message: LocalizedText): void {
    this.diagnostics.push({ ruleId, severity: 'error', message, source: wholeFile(file) });
  }
}
