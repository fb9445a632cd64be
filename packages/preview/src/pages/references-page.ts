import type { CitationNode, ReferenceNode } from '@guideline-as-code/model';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { word } from '../i18n.js';
import type { PreviewGuideline, SiteLanguage } from '../site-input.js';
import { page, type PageFrame } from './layout.js';
import { sitePaths } from './site-paths.js';

/** The reference list: each entry with what the source gives, what it lacks, and where it is cited. */
export function referencesPage(guideline: PreviewGuideline, frame: PageFrame): string {
  const { language } = frame;
  const references = guideline.graph.nodes.filter((node): node is ReferenceNode => node.type === 'reference').sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const citations = guideline.graph.nodes.filter((node): node is CitationNode => node.type === 'citation');
  const items = references.map((reference) => {
    const citedAt = citations.filter((citation) => citation.key === reference.key);
    return h('li', { id: sitePaths.referenceId(reference.key), value: reference.number ?? undefined }, [
      ...describe(reference, language),
      h('p.cited', [
        `${word('citedFrom', language)}: `,
        ...(citedAt.length === 0
          ? [word('notCited', language)]
          : citedAt.flatMap((citation, index) => [
              ...(index > 0 ? [', '] : []),
              h('a', { href: `${sitePaths.chapter(citation.source.file)}#${sitePaths.nodeId(citation.id)}` }, `${citation.source.start.line}:${citation.source.start.column}`),
            ])),
      ]),
    ]);
  });
  return page(word('references', language), [h('h1', word('references', language)), h('ol.references', items)], frame);
}

function describe(reference: ReferenceNode, language: SiteLanguage): ElementContent[] {
  const csl = reference.csl as Record<string, unknown>;
  const authors = Array.isArray(csl['author']) ? (csl['author'] as { family?: string; literal?: string }[]).map((author) => author.family ?? author.literal ?? '').filter(Boolean).join(', ') : '';
  const issued = (csl['issued'] as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
  const parts = [authors, typeof csl['title'] === 'string' ? csl['title'] : '', typeof csl['container-title'] === 'string' ? csl['container-title'] : '', issued ? String(issued) : ''].filter(Boolean);
  const missing = reference.notStated ?? [];
  return [
    h('p', [h('strong', `[${reference.key}]`), ' ', parts.length > 0 ? `${parts.join('. ')}.` : '']),
    ...(missing.length > 0 ? [h('p.not-stated', `${word('missingDetails', language)}: ${missing.join(', ')}`)] : []),
  ];
}
