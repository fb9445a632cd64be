import type { CitationNode, RecommendationNode } from '@guideline-as-code/model';
import type { Source } from '@guideline-as-code/types';
import { h } from 'hastscript';
import { word } from '../i18n.js';
import { sitePaths } from '../pages/site-paths.js';
import type { SiteLanguage } from '../site-input.js';
import type { TextRanges } from './text-ranges.js';

/** Links each citation (`@126`) to its entry on the references page. */
export function annotateCitations(ranges: TextRanges, citations: readonly CitationNode[]): void {
  for (const citation of citations) {
    ranges.wrap(citation.source.start.offset, citation.source.end.offset, (first) =>
      h('a.citation', { href: `${sitePaths.references}#${sitePaths.referenceId(citation.key)}`, ...(first ? { id: sitePaths.nodeId(citation.id) } : {}) }),
    );
  }
}

/** Gives the spans other pages link to (a regimen value's cell) an id, once per span. */
export function annotateAnchors(ranges: TextRanges, spans: readonly Source[]): void {
  const seen = new Set<string>();
  for (const span of spans) {
    const id = sitePaths.spanId(span);
    if (seen.has(id)) continue;
    seen.add(id);
    ranges.wrap(span.start.offset, span.end.offset, (first) => h('span.anchor', first ? { id } : {}));
  }
}

/** Marks each recommendation (an id to link to) and its evidence grade as a badge with words. */
export function annotateRecommendations(ranges: TextRanges, recommendations: readonly RecommendationNode[], language: SiteLanguage): void {
  for (const recommendation of recommendations) {
    ranges.wrap(recommendation.source.start.offset, recommendation.source.end.offset, (first) =>
      h('span.recommendation', first ? { id: sitePaths.nodeId(recommendation.id) } : {}),
    );
    const grade = recommendation.grade;
    if (grade.notStated) continue;
    ranges.wrap(grade.source.start.offset, grade.source.end.offset, () =>
      h(`span.grade.grade-${grade.value.length}`, { title: `${word('grade', language)} ${grade.value}` }),
    );
  }
}
