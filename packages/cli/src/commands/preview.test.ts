import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@guideline-as-code/preview/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot, run, tempProject } from '../test-support/temp-project.js';

const chapter = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';
const bin = fileURLToPath(new URL('../../bin/guideline.cjs', import.meta.url));

/** A copy of the real guideline in a temporary project, to edit freely. */
async function copyOfRealGuideline(): Promise<string> {
  const root = await tempProject({});
  await cp(path.join(repositoryRoot, 'guideline-src/livmoderkroppscancer'), path.join(root, 'guideline-src/livmoderkroppscancer'), { recursive: true });
  return root;
}

/** Starts `guideline preview --watch` as the editor would, and waits for the address it prints. */
function startWatching(root: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'preview', '--watch', '--cwd', root], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url) resolve({ child, url });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`preview --watch ended with ${code}: ${output}`)));
  });
}

describe('guideline preview', () => {
  const roots: string[] = [];
  afterAll(async () => {
    for (const root of roots) await rm(root, { recursive: true, force: true });
  });

  it('writes the site of every guideline to build/site, findings and all', async () => {
    const root = await copyOfRealGuideline();
    roots.push(root);
    const result = await run(root, 'preview', '--lang', 'en');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/wrote the preview to build\/site \(\d+ files, \d+ ms\)/);
    const page = await readFile(path.join(root, 'build/site/livmoderkroppscancer/13-behandling-av-aterfall.html'), 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page.match(/class="dose" [^>]*tabindex="0"/g)).toHaveLength(38);
    expect(existsSync(path.join(root, 'build/site/assets/site.css'))).toBe(true);
  });

  it('--watch serves the site and the open page shows a dose edited in the source', async () => {
    const root = await copyOfRealGuideline();
    roots.push(root);
    const { child, url } = await startWatching(root);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${url}livmoderkroppscancer/13-behandling-av-aterfall.html`);
      // The chapter writes a no-break space between the number and the unit.
      const before = 'liposomalt doxorubicin i dosen 40';
      await expect(page.locator('.dose', { hasText: before }).count()).resolves.toBe(1);
      const text = await readFile(path.join(root, chapter), 'utf8');
      expect(text).toContain(before);
      await writeFile(path.join(root, chapter), text.replace(before, 'liposomalt doxorubicin i dosen 45'));
      // The page reloads by itself after the rebuild; the locator waits across the reload.
      const edited = page.locator('.dose', { hasText: 'liposomalt doxorubicin i dosen 45' });
      await edited.waitFor({ timeout: 300_000 });
      const tip = await page.locator(`#${await edited.getAttribute('aria-describedby')}`).textContent();
      expect(tip).toContain('Dos: 45 mg/m2');
    } finally {
      await browser.close();
      child.kill('SIGTERM');
    }
  });
});
