import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSitePages } from './build-site.js';
import type { PreviewGuideline, SiteLanguage } from './site-input.js';

/** The style sheet and scripts shipped with this package (`assets/`, beside `dist/` and `src/`). */
const assetsDir = fileURLToPath(new URL('../assets/', import.meta.url));

/**
 * Writes the site to `outDir` (emptied first, so no page of a removed chapter lingers):
 * the pages and the assets. Returns the paths written, relative to `outDir`.
 */
export async function writeSite(outDir: string, guidelines: readonly PreviewGuideline[], language: SiteLanguage): Promise<string[]> {
  const pages = buildSitePages(guidelines, language);
  await rm(outDir, { recursive: true, force: true });
  for (const file of pages) {
    const target = path.join(outDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text);
  }
  await mkdir(path.join(outDir, 'assets'), { recursive: true });
  const assets = await readdir(assetsDir);
  for (const asset of assets) await copyFile(path.join(assetsDir, asset), path.join(outDir, 'assets', asset));
  return [...pages.map((file) => file.path), ...assets.map((asset) => `assets/${asset}`)];
}
