import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadGuideline } from '@guideline-as-code/parser';
import { runChecks } from '@guideline-as-code/checks';
import remarkPresetGuideline, { remarkGuidelineLint } from './index.js';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';

async function lint(text: string) {
  const file = new VFile({ path: chapterPath, cwd: repositoryRoot, value: text });
  await remark().use(remarkPresetGuideline).process(file);
  return file.messages;
}

describe('remark-preset-guideline', () => {
  it('shows on the chapter exactly what guideline check shows for that file', async () => {
    const text = await readFile(new URL(`../../../${chapterPath}`, import.meta.url), 'utf8');
    const messages = await lint(text);
    const expected = runChecks(await loadGuideline(repositoryRoot, 'livmoderkroppscancer')).filter((d) => d.source?.file === chapterPath && !d.suppressed);
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.reason])).toEqual(expected.map((d) => [d.ruleId, d.source?.start.line, d.source?.start.column, d.message.sv]));
  });

  it('lints the editor’s unsaved text, with errors fatal as remark-lint marks them', async () => {
    const text = `${await readFile(new URL(`../../../${chapterPath}`, import.meta.url), 'utf8')}\nNy mening [@999].\n`;
    const error = (await lint(text)).find((m) => m.ruleId === 'unresolved-citation');
    expect(error).toMatchObject({ fatal: true, source: 'guideline' });
    expect(error?.reason).toContain('`@999`');
  });

  it('leaves out acknowledged findings, and shows them as info messages with the reason when asked', async () => {
    const text = await readFile(new URL(`../../../${chapterPath}`, import.meta.url), 'utf8');
    const acknowledged = runChecks(await loadGuideline(repositoryRoot, 'livmoderkroppscancer')).filter((d) => d.source?.file === chapterPath && d.suppressed);
    expect(acknowledged.length).toBeGreaterThan(0);
    const hidden = await lint(text);
    expect(hidden.filter((m) => acknowledged.some((d) => d.ruleId === m.ruleId && d.source?.start.line === m.line))).toEqual([]);
    const file = new VFile({ path: chapterPath, cwd: repositoryRoot, value: text });
    await remark().use(remarkPresetGuideline).use(remarkGuidelineLint, { showAcknowledged: true }).process(file);
    const shown = file.messages.filter((m) => m.fatal === undefined);
    expect(shown.map((m) => [m.ruleId, m.line])).toEqual(acknowledged.map((d) => [d.ruleId, d.source?.start.line]));
    expect(shown[0]?.reason).toContain(`[godtagen: ${acknowledged[0]!.suppressed!.reason}]`);
    expect(file.messages.length - shown.length).toBe(hidden.length);
  });

  it('leaves Markdown that is no chapter alone: outside guideline-src, and READMEs inside it', async () => {
    for (const path of ['README.md', 'guideline-src/lexicon/README.md', 'guideline-src/livmoderkroppscancer/README.md']) {
      const file = new VFile({ path, cwd: repositoryRoot, value: 'Text [@999].\n' });
      await remark().use(remarkPresetGuideline).process(file);
      expect(file.messages).toEqual([]);
    }
  });

  it('runs in remark-cli through the repository’s .remarkrc.json', async () => {
    const remarkBin = fileURLToPath(new URL('../node_modules/.bin/remark', import.meta.url));
    const { stderr } = await promisify(execFile)(remarkBin, [chapterPath, '--no-stdout', '--no-color'], { cwd: repositoryRoot, timeout: 500_000 });
    expect(stderr).toContain('missing-evidence-grade');
    expect(stderr).toMatch(/⚠ \d+ warnings?/);
  });
});
