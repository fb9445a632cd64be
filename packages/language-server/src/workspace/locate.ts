import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findProjectRoot, sourcesFolder } from '@guideline-as-code/parser';

/** Where an open document is in a guideline project. */
export interface Located {
  /** The project root: the folder that holds guideline-src/. */
  root: string;
  /** The guideline's folder name under guideline-src/. */
  key: string;
  /** The file relative to the root, with forward slashes, as graph sources name it. */
  relative: string;
}

/** Folders under guideline-src/ that are shared by all guidelines, not guidelines. */
const sharedFolders = new Set(['lexicon', 'vocabulary']);

/**
 * The guideline a document belongs to, or null for anything else (a file outside
 * guideline-src/, an untitled buffer, the shared lexicon, a README), which the server leaves alone.
 */
export function locate(uri: string): Located | null {
  if (!uri.startsWith('file:')) return null;
  const absolute = fileURLToPath(uri);
  const root = findProjectRoot(path.dirname(absolute));
  if (!root) return null;
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  const [top, key, name, ...deeper] = relative.split('/');
  if (top !== sourcesFolder || !key || !name || deeper.length > 0 || sharedFolders.has(key) || name === 'README.md') return null;
  return { root, key, relative };
}

/** The URI of a source file named as graph sources name it (relative to the project root). */
export function fileUri(root: string, relative: string): string {
  return pathToFileURL(path.join(root, ...relative.split('/'))).href;
}
