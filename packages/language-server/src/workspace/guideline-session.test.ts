import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { GuidelineSession, type SessionHost } from './guideline-session.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';
const uri = pathToFileURL(`${repoRoot}${chapterPath}`).href;
const chapter = readFileSync(`${repoRoot}${chapterPath}`, 'utf8');

/**
 * A session on the real guideline whose one open document is the chapter, recording the
 * versions it publishes; `whenRead` is called each time a check reads the open documents.
 */
function session(whenRead: () => void = () => undefined) {
  const published: number[] = [];
  let document = TextDocument.create(uri, 'markdown', 1, chapter);
  const host: SessionHost = {
    documents: () => {
      whenRead();
      return new Map([[chapterPath, document]]);
    },
    debounceMs: () => 5,
    watchesFiles: () => false,
    publish: (_session, result) => void published.push(result.versions.get(chapterPath)!),
    early: () => undefined,
    failed: (_session, error) => {
      throw error;
    },
  };
  const guideline = new GuidelineSession(repoRoot, 'livmoderkroppscancer', host);
  const edit = (version: number) => {
    document = TextDocument.create(uri, 'markdown', version, `${chapter}\nMening ${version}.\n`);
    guideline.changed();
  };
  return { guideline, published, edit };
}

describe('a guideline session', () => {
  it('checks a burst of edits once, for the last version', async () => {
    const { guideline, published, edit } = session();
    for (let version = 2; version <= 6; version++) edit(version);
    expect((await guideline.current())?.versions.get(chapterPath)).toBe(6);
    expect(published).toEqual([6]);
  }, 120_000);

  it('drops a check that a newer edit overtook while it ran, before publishing it, and publishes the newer one', async () => {
    let overtake = true;
    const { guideline, published, edit } = session(() => {
      // The editor sends version 3 while version 2 is being checked: it is handled as soon as the check lets go.
      if (overtake) setImmediate(() => edit(3));
      overtake = false;
    });
    edit(2);
    expect((await guideline.current())?.versions.get(chapterPath)).toBe(3);
    expect(published).toEqual([3]);
  }, 120_000);
});
