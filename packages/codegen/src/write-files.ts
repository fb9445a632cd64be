import { mkdir, readFile, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What writing a folder changed. */
export interface WriteSummary {
  written: number;
  unchanged: number;
  deleted: number;
}

/**
 * Makes `folder` hold exactly `files` (paths relative to it, forward slashes): writes files
 * whose content differs, and deletes every other file and every folder left empty, so that
 * nothing stale from an earlier build survives.
 */
export async function writeFolder(folder: string, files: ReadonlyMap<string, string>): Promise<WriteSummary> {
  const summary: WriteSummary = { written: 0, unchanged: 0, deleted: 0 };
  await mkdir(folder, { recursive: true });
  for (const existing of await listFiles(folder)) {
    if (files.has(existing)) continue;
    await rm(path.join(folder, existing));
    summary.deleted++;
  }
  for (const relative of [...files.keys()].sort()) {
    const file = path.join(folder, relative);
    const content = files.get(relative)!;
    if ((await readIfExists(file)) === content) {
      summary.unchanged++;
      continue;
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    summary.written++;
  }
  await removeEmptyFolders(folder, false);
  return summary;
}

async function listFiles(folder: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(path.join(folder, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(folder, relative)));
    else files.push(relative);
  }
  return files;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function removeEmptyFolders(folder: string, removeSelf: boolean): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) await removeEmptyFolders(path.join(folder, entry.name), true);
  }
  if (removeSelf && (await readdir(folder)).length === 0) await rmdir(folder);
}
