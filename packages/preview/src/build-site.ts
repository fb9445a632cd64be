import type { GuidelineNode, SectionNode } from '@guideline-as-code/model';
import { h } from 'hastscript';
import { chapterPage } from './chapter/chapter-page.js';
import { word } from './i18n.js';
import { findingsPage } from './pages/findings-page.js';
import { document, type PageFrame } from './pages/layout.js';
import { recommendationsPage } from './pages/recommendations-page.js';
import { referencesPage } from './pages/references-page.js';
import { regimenIndexPage, regimenPages, regimenValueSpans } from './pages/regimen-pages.js';
import { sitePaths } from './pages/site-paths.js';
import type { PreviewGuideline, SiteLanguage } from './site-input.js';

/** One file of the site: its path under the site folder and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

/**
 * The pages of the site (without its assets): an index of the guidelines and, in a folder per
 * guideline, a page per chapter and per regimen, the regimens, recommendations, references
 * and findings. Pure: everything comes from the graphs, the findings and the chapters' mdast.
 */
export function buildSitePages(guidelines: readonly PreviewGuideline[], language: SiteLanguage): SiteFile[] {
  const files: SiteFile[] = [];
  for (const guideline of guidelines) files.push(...guidelinePages(guideline, language));
  const list = guidelines.map((guideline) => h('li', [h('a', { href: `${guideline.key}/${firstPage(guideline)}` }, titleOf(guideline))]));
  files.push({ path: 'index.html', text: document(language, word('siteTitle', language), 'assets/', [h('main', { id: 'main' }, [h('h1', word('siteTitle', language)), h('ul', list)])]) });
  return files;
}

function guidelinePages(guideline: PreviewGuideline, language: SiteLanguage): SiteFile[] {
  const chapters = guideline.chapters.map((chapter) => {
    const top = guideline.graph.nodes.find((node): node is SectionNode => node.type === 'section' && node.depth === 1 && node.source.file === chapter.path);
    return { chapter, href: sitePaths.chapter(chapter.path), title: top ? `${top.number} ${top.title}` : chapter.path };
  });
  const frame = (current: string): PageFrame => ({ language, guidelineTitle: titleOf(guideline), chapters: chapters.map(({ href, title }) => ({ href, title })), current });
  const anchors = regimenValueSpans(guideline);
  const numbered = guideline.diagnostics.map((diagnostic, index) => ({ diagnostic, index }));
  const at = (file: string, text: string): SiteFile => ({ path: `${guideline.key}/${file}`, text });
  return [
    ...chapters.map(({ chapter, href }) =>
      at(href, chapterPage({
        guideline,
        chapter,
        findings: numbered.filter(({ diagnostic }) => diagnostic.source?.file === chapter.path),
        anchors: anchors.filter((span) => span.file === chapter.path),
        frame: frame(href),
      })),
    ),
    ...regimenPages(guideline, frame(sitePaths.regimens)).map((regimen) => at(regimen.file, regimen.html)),
    at(sitePaths.regimens, regimenIndexPage(guideline, frame(sitePaths.regimens))),
    at(sitePaths.recommendations, recommendationsPage(guideline, frame(sitePaths.recommendations))),
    at(sitePaths.references, referencesPage(guideline, frame(sitePaths.references))),
    at(sitePaths.findings, findingsPage(guideline.diagnostics, new Set(guideline.chapters.map((chapter) => chapter.path)), frame(sitePaths.findings))),
  ];
}

function titleOf(guideline: PreviewGuideline): string {
  const node = guideline.graph.nodes.find((candidate): candidate is GuidelineNode => candidate.type === 'guideline');
  return node?.title ?? guideline.key;
}

function firstPage(guideline: PreviewGuideline): string {
  const first = guideline.chapters[0];
  return first ? sitePaths.chapter(first.path) : sitePaths.findings;
}
