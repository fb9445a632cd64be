import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskCache } from './disk-cache.js';
import { main } from './main.js';
import { guidelineYaml, tempProject } from './test-support/temp-project.js';

/** Runs the command line with a parse cache on disk, as the bin does. */
async function check(root: string): Promise<string> {
  let stdout = '';
  await main(['check', '--format', 'json'], { cwd: root, stdout: (text) => (stdout += text), stderr: () => undefined }, (projectRoot) => new DiskCache(projectRoot, 'test'));
  return stdout;
}

describe('checking with the cache on disk', () => {
  it('reports the same findings from the cache, and the new ones as soon as a source changes', async () => {
    const chapter = 'guideline-src/g/13-aterfall.md';
    const root = await tempProject({
      'guideline-src/g/guideline.yaml': guidelineYaml,
      'guideline-src/g/references.yaml': '- id: "1"\n',
      [chapter]: '# 13 Återfall\n\nText [@1] och [@2].\n',
      'guideline-src/g/14-uppfoljning.md': '# 14 Uppföljning\n\nDostarlimab 500 mg var 3:e vecka rekommenderas.\n',
    });
    const cold = await check(root);
    expect(await check(root)).toBe(cold);

    await writeFile(path.join(root, chapter), '# 13 Återfall\n\nText [@1] och [@3].\n');
    const edited = JSON.parse(await check(root)) as { diagnostics: { ruleId: string; message: string }[] };
    expect(edited.diagnostics.filter((d) => d.ruleId === 'unresolved-citation').map((d) => d.message)).toEqual([expect.stringContaining('`@3`')]);

    // A change in a shared file (the references) reaches every chapter read from the cache.
    await writeFile(path.join(root, 'guideline-src/g/references.yaml'), '- id: "1"\n- id: "3"\n');
    const fixed = JSON.parse(await check(root)) as { diagnostics: { ruleId: string }[] };
    expect(fixed.diagnostics.some((d) => d.ruleId === 'unresolved-citation')).toBe(false);
  });
});
