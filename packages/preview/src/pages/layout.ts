import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { word } from '../i18n.js';
import type { SiteLanguage } from '../site-input.js';
import { sitePaths } from './site-paths.js';

const stringifier = unified().use(rehypeStringify);

/** What a page of one guideline needs besides its content. */
export interface PageFrame {
  language: SiteLanguage;
  guidelineTitle: string;
  /** Chapter pages, for the navigation: file name and title. */
  chapters: { href: string; title: string }[];
  /** Which navigation entry is the current page. */
  current: string;
}

/** A whole HTML page of a guideline: skip link, navigation, the content in `main`, scripts. */
export function page(title: string, content: ElementContent[], frame: PageFrame): string {
  const { language } = frame;
  const entries = [
    ...frame.chapters.map((chapter) => ({ href: chapter.href, label: chapter.title })),
    { href: sitePaths.regimens, label: word('regimens', language) },
    { href: sitePaths.recommendations, label: word('recommendations', language) },
    { href: sitePaths.references, label: word('references', language) },
    { href: sitePaths.findings, label: word('findings', language) },
  ];
  const nav = h('nav', { ariaLabel: word('navigation', language) }, [
    h('ul', entries.map((entry) => h('li', [h('a', { href: entry.href, ...(entry.href === frame.current ? { ariaCurrent: 'page' } : {}) }, entry.label)]))),
  ]);
  return document(language, `${title} – ${frame.guidelineTitle}`, '../assets/', [
    h('a.skip', { href: '#main' }, language === 'sv' ? 'Hoppa till innehållet' : 'Skip to content'),
    h('header.site', [h('p.site-title', [h('a', { href: '../index.html' }, word('siteTitle', language)), ` · ${frame.guidelineTitle}`]), nav]),
    h('main', { id: 'main' }, content),
  ]);
}

/** An HTML document with the site's style sheet and scripts under `assets`. */
export function document(language: SiteLanguage, title: string, assets: string, body: Element[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: language }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', title),
          h('link', { rel: 'stylesheet', href: `${assets}site.css` }),
        ]),
        h('body', [...body, h('script', { src: `${assets}site.js` }), h('script', { src: `${assets}live.js` })]),
      ]),
    ],
  };
  return `${stringifier.stringify(tree)}\n`;
}
