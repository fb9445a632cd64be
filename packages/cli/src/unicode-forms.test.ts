// The chapter saved as NFD (as some macOS editors write it), with CRLF line endings or with a
// byte-order mark gives the same findings as the chapter as it is: every string the tool
// compares (prose, directive attributes such as `mening="…"`, quoted acknowledgements, ids,
// lexicon names) is read composed.
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { realGuideline } from './test-support/real-guideline.js';
import { run } from './test-support/temp-project.js';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string | null;
  line: number | null;
}

/** The findings of `check` on the real guideline with its chapter saved by `save`, as comparable lines. */
async function findingsOf(save: (chapter: string) => string | Uint8Array): Promise<string[]> {
  const root = await realGuideline(save);
  try {
    const { stdout } = await run(root, 'check', '--format', 'json', '--lang', 'en', '--no-cache');
    const findings = (JSON.parse(stdout) as { diagnostics: JsonFinding[] }).diagnostics;
    return findings.map((f) => `${f.file}:${f.line}  ${f.severity}  ${f.ruleId}  ${f.message}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const decomposedNote = /\s{2}info\s{2}decomposed-character\s{2}/;

describe('the real chapter in other Unicode forms and line endings', () => {
  it('gives the same findings saved as NFD, with CRLF, with a BOM, or all three', async () => {
    const original = await findingsOf((chapter) => chapter);
    expect(original.some((line) => line.includes('dose-conflict')), 'the chapter has findings to compare').toBe(true);
    expect(original.filter((line) => decomposedNote.test(line))).toEqual([]);

    const nfd = await findingsOf((chapter) => chapter.normalize('NFD'));
    // NFD is a fact about the file, told once as a note (not a warning), at its first decomposed letter.
    expect(nfd.filter((line) => decomposedNote.test(line))).toHaveLength(1);
    expect(nfd.filter((line) => !decomposedNote.test(line))).toEqual(original);

    expect(await findingsOf((chapter) => chapter.replace(/\n/g, '\r\n'))).toEqual(original);
    expect(await findingsOf((chapter) => `\uFEFF${chapter}`)).toEqual(original);
    const all = await findingsOf((chapter) => `\uFEFF${chapter.normalize('NFD').replace(/\n/g, '\r\n')}`);
    expect(all.filter((line) => !decomposedNote.test(line))).toEqual(original);
  }, 180_000);
});
