import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DoseStatementNode } from '@guideline-as-code/model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePreview, type PreviewServer } from './serve/preview-server.js';
import type { PreviewGuideline } from './site-input.js';
import { collectErrors, launchChromium, seriousViolations } from './testing/browser.js';
import { chapterPath, realGuideline, repositoryRoot } from './test-support/real-guideline.js';
import { writeSite } from './write-site.js';

const artifacts = path.join(repositoryRoot, 'build/test-artifacts');
const chapterPage = 'livmoderkroppscancer/13-behandling-av-aterfall.html';

/** A site written from the guideline to a temporary folder and served, with a browser to look at it. */
async function servedSite(guideline: PreviewGuideline): Promise<{ server: PreviewServer; dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'guideline-preview-'));
  await writeSite(dir, [guideline], 'sv');
  return { server: await servePreview(dir, { live: false }), dir };
}

/** The text of an element without the tooltips and notes added inside or after it. */
const ownText = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('.tip, .finding').forEach((added) => added.remove());
      return copy.textContent ?? '';
    }),
  );

describe('the preview site of the real chapter, in Chromium', () => {
  let browser: Browser;
  let guideline: PreviewGuideline;
  let site: { server: PreviewServer; dir: string };

  beforeAll(async () => {
    [browser, guideline] = await Promise.all([launchChromium(), realGuideline()]);
    site = await servedSite(guideline);
    await mkdir(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
    if (site) await rm(site.dir, { recursive: true, force: true });
  });

  it('highlights every dose statement of the graph with its normalised reading', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.server.url}${chapterPage}`);
    const doses = guideline.graph.nodes.filter((node): node is DoseStatementNode => node.type === 'doseStatement' && node.source.file === chapterPath);
    expect(doses).toHaveLength(38);
    const shown = await page.$$eval('.dose[tabindex="0"]', (elements) =>
      elements.map((element) => ({ node: element.getAttribute('data-node'), tip: document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent ?? '' })),
    );
    expect(shown.map((dose) => dose.node)).toEqual(doses.map((dose) => dose.id));
    const texts = await ownText(page, '.dose[tabindex="0"]');
    for (const [index, dose] of doses.entries()) {
      const { tip } = shown[index]!;
      expect(texts[index], dose.id).toBe(dose.text);
      if (dose.inn) expect(tip, dose.id).toContain(`INN ${dose.inn}`);
      if (dose.atc) expect(tip, dose.id).toContain(`ATC ${dose.atc}`);
      // Swedish numbers: decimal comma, a (no-break) space between thousands.
      if (dose.amount) expect(tip.replace(/(\d)\s(?=\d{3})/g, '$1'), dose.id).toContain(`Dos: ${String(dose.amount.low).replace('.', ',')}`);
      if (dose.unit) expect(tip, dose.id).toContain(dose.unit);
      if (dose.cycles?.high) expect(tip, dose.id).toMatch(new RegExp(`Cykler: [^:]*${dose.cycles.high}`));
      if (!dose.intervalDays) expect(tip, dose.id).toContain('Intervall: ej angivet');
      expect(tip, dose.id).toContain({ recommendation: 'Roll: rekommendation', practice: 'Roll: klinisk praxis', trialArm: 'Roll: studiearm' }[dose.role]);
    }
    await page.close();
  });

  it('shows a dose’s reading when the keyboard reaches it, and hides it on Escape', async () => {
    // Tall enough for the screenshot to show the first dose's reading.
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    await page.goto(`${site.server.url}${chapterPage}`);
    const firstTip = page.locator('.dose[tabindex="0"] + .tip').first();
    await expect(firstTip.isVisible()).resolves.toBe(false);
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('dose'))) break;
    }
    // The first dose of the chapter in reading order is the one the keyboard reaches first.
    const firstDose = guideline.graph.nodes.find((node) => node.type === 'doseStatement' && node.source.file === chapterPath);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node'))).toBe(firstDose?.id);
    await expect(firstTip.isVisible()).resolves.toBe(true);
    expect(await firstTip.textContent()).toContain('karboplatin (INN carboplatin, ATC L01XA02)');
    await page.screenshot({ path: path.join(artifacts, 'chapter.png') });
    await page.keyboard.press('Escape');
    await expect(firstTip.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('shows the KEYNOTE-775 finding as acknowledged, with its reason, where the dose is', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.server.url}${chapterPage}`);
    const acknowledged = guideline.diagnostics.filter((diagnostic) => diagnostic.suppressed?.reason.includes('KEYNOTE-775'));
    expect(acknowledged.map((diagnostic) => diagnostic.ruleId).sort()).toEqual(['dose-conflict', 'dose-range']);
    const notes = page.locator('.finding-acknowledged', { hasText: 'KEYNOTE-775' });
    await expect(notes.count()).resolves.toBe(acknowledged.length);
    for (const diagnostic of acknowledged) {
      const note = page.locator(`.finding-acknowledged[data-rule="${diagnostic.ruleId}"]`, { hasText: 'KEYNOTE-775' });
      const text = await note.textContent();
      expect(text).toContain('Kvitterat');
      expect(text).toContain(`Skäl: ${diagnostic.suppressed!.reason}`);
      expect(text).toContain(diagnostic.message.sv.replaceAll('`', ''));
      // Each note follows the dose it is about.
      const before = await note.evaluate((element) => element.previousElementSibling?.textContent ?? '');
      expect(before).toContain('iv liposomalt doxorubicin 60 mg/m2 var tredje vecka');
    }
    await page.close();
  });

  it('links each regimen value to the place in the chapter that states it', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    const regimens = guideline.graph.nodes.filter((node) => node.type === 'regimen');
    let checked = 0;
    for (const regimen of regimens) {
      await page.goto(`${site.server.url}livmoderkroppscancer/regimen-${regimen.type === 'regimen' ? regimen.key : ''}.html`);
      const links = await page.$$eval('a.value', (anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', text: anchor.textContent ?? '' })));
      expect(links.length, regimen.id).toBeGreaterThan(0);
      for (const link of links) {
        await page.goto(`${site.server.url}livmoderkroppscancer/${link.href}`);
        const target = await page.evaluate(() => {
          const element = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          return element ? { text: element.textContent, targeted: element.matches(':target'), inTable: element.closest('.box-regimen') !== null } : null;
        });
        expect(target, link.href).toEqual({ text: link.text.replace('ej angivet', target?.text === 'ej angivet' ? 'ej angivet' : link.text), targeted: true, inTable: true });
        checked += 1;
      }
    }
    await page.goto(`${site.server.url}livmoderkroppscancer/regimen-dostarlimab.html`);
    await page.screenshot({ path: path.join(artifacts, 'regimen.png') });
    expect(checked).toBeGreaterThan(40);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no console errors and no serious or critical accessibility violations on any page', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    const pages = ['index.html', chapterPage, 'livmoderkroppscancer/regimen-karpak.html', 'livmoderkroppscancer/regimens.html', 'livmoderkroppscancer/recommendations.html', 'livmoderkroppscancer/references.html', 'livmoderkroppscancer/findings.html'];
    for (const address of pages) {
      await page.goto(`${site.server.url}${address}`);
      expect(await seriousViolations(page), address).toEqual([]);
      const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (elements) => elements.map((element) => Number(element.tagName.slice(1))));
      expect(headings[0], address).toBe(1);
      headings.forEach((level, index) => expect(level - (headings[index - 1] ?? 0), `${address}: heading ${index}`).toBeLessThanOrEqual(1));
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a chapter with an injected dose conflict', () => {
  it('shows the error inline at the sentence that conflicts', async () => {
    const injected = 'Dostarlimab rekommenderas 400 mg var 3:e vecka.';
    const guideline = await realGuideline((text) => text.replace('God evidens för val av andra linjens behandling saknas.', `God evidens för val av andra linjens behandling saknas. ${injected}`));
    const conflict = guideline.diagnostics.find((diagnostic) => diagnostic.ruleId === 'dose-conflict' && diagnostic.severity === 'error' && !diagnostic.suppressed);
    expect(conflict, 'the checks find the conflict').toBeDefined();
    const [browser, site] = await Promise.all([launchChromium(), servedSite(guideline)]);
    try {
      const page = await browser.newPage();
      await page.goto(`${site.server.url}${chapterPage}`);
      const conflicts = guideline.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'dose-conflict' && !diagnostic.suppressed);
      const notes = page.locator('.finding-error[data-rule="dose-conflict"]');
      await expect(notes.count()).resolves.toBe(conflicts.filter((diagnostic) => diagnostic.severity === 'error').length);
      const flagged = await notes.evaluateAll((elements) =>
        elements.map((element) => {
          const before = element.previousElementSibling?.cloneNode(true) as Element | undefined;
          before?.querySelectorAll('.tip, .finding').forEach((added) => added.remove());
          return { text: element.textContent ?? '', before: before?.textContent ?? '' };
        }),
      );
      const atInjected = flagged.filter((note) => note.before.includes('400 mg'));
      expect(atInjected, JSON.stringify(flagged)).toHaveLength(1);
      expect(injected).toContain(atInjected[0]!.before.trim());
      expect(atInjected[0]!.text).toContain('✖ Fel');
    } finally {
      await browser.close();
      await site.server.close();
      await rm(site.dir, { recursive: true, force: true });
    }
  });
});
