import type { Impact } from '../change.js';

/** A changeset as the changesets tool reads it: front matter of package bumps, then the summary. */
export interface Changeset {
  releases: { name: string; type: Impact }[];
  summary: string;
}

/** Writes the Markdown of a changeset file. */
export function writeChangeset(changeset: Changeset): string {
  const front = changeset.releases.map((release) => `"${release.name}": ${release.type}`);
  return `---\n${front.join('\n')}\n---\n\n${changeset.summary.trim()}\n`;
}

/** Reads a changeset file's releases; an unreadable front matter gives none. */
export function readChangesetReleases(text: string): Changeset['releases'] {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const releases: Changeset['releases'] = [];
  for (const line of front.split(/\r?\n/)) {
    const match = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (match) releases.push({ name: match[1]!, type: match[2] as Impact });
  }
  return releases;
}
