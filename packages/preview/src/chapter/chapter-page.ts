import type { CitationNode, DoseStatementNode, GraphNode, RecommendationNode, RuleNode } from '@guideline-as-code/model';
import { parseMarkdown, type ChapterFile } from '@guideline-as-code/parser';
import type { Source } from '@guideline-as-code/types';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { word } from '../i18n.js';
import { page, type PageFrame } from '../pages/layout.js';
import { conditionText } from '../readings/condition-text.js';
import type { PreviewGuideline } from '../site-input.js';
import { annotateDoses, placeAfter } from './annotate-doses.js';
import { annotateFindings, type NumberedFinding } from './annotate-findings.js';
import { annotateAnchors, annotateCitations, annotateRecommendations } from './annotate-links.js';
import { chapterToHast } from './render-chapter.js';
import { TextRanges } from './text-ranges.js';

/** What a chapter page is built from besides the chapter itself. */
export interface ChapterPageInput {
  guideline: PreviewGuideline;
  chapter: ChapterFile;
  /** Findings of this chapter file, numbered among all of the guideline. */
  findings: readonly NumberedFinding[];
  /** Spans in this chapter that other pages link to. */
  anchors: readonly Source[];
  frame: PageFrame;
}

/**
 * A chapter as readers see it, annotated from the graph and the findings by source position:
 * findings at their place, recommendations with grade and readable condition, dose statements
 * with their reading, citations linked to the references, and anchors for regimen values.
 */
export function chapterPage(input: ChapterPageInput): string {
  const { guideline, chapter, frame } = input;
  const { language } = frame;
  const inChapter = <T extends GraphNode['type']>(type: T) =>
    guideline.graph.nodes.filter((node): node is Extract<GraphNode, { type: T }> => node.type === type && node.source.file === chapter.path);
  const rules = inChapter('rule') as RuleNode[];
  const tree = chapterToHast(chapter.tree ?? parseMarkdown(chapter.text), {
    regimenLabel: word('regimen', language),
    conditionAt: (offset) => {
      const rule = rules.find((candidate) => candidate.source.start.offset === offset);
      if (!rule) return undefined;
      const text = rule.condition ? conditionText(rule.condition, guideline.patientFacts, language) : rule.conditionText.value;
      return { key: rule.key, text, label: word('condition', language) };
    },
  });
  const ranges = new TextRanges(tree, chapter.text);
  const after = new Map<Element, Element>();
  // Outer before inner: each pass wraps text inside what earlier passes made.
  const unplaced = annotateFindings(ranges, input.findings, language, after);
  annotateRecommendations(ranges, inChapter('recommendation') as RecommendationNode[], language);
  const tooltips = annotateDoses(ranges, inChapter('doseStatement') as DoseStatementNode[], guideline.graph, language);
  annotateCitations(ranges, inChapter('citation') as CitationNode[]);
  annotateAnchors(ranges, input.anchors);
  placeAfter(tree, new Map([...after, ...tooltips]));

  const title = inChapter('section').find((section) => section.depth === 1);
  const heading = title ? `${title.number} ${title.title}` : chapter.path;
  const content: ElementContent[] = [
    h('p.hint', word('doseHint', language)),
    ...(unplaced.length > 0 ? [unplacedFindings(unplaced, language)] : []),
    ...(tree.children.filter((child) => child.type !== 'doctype') as ElementContent[]),
  ];
  return page(heading, [h('article.chapter', content)], frame);
}

function unplacedFindings(findings: readonly NumberedFinding[], language: PageFrame['language']): Element {
  return h('aside.unplaced', { ariaLabel: word('findingsWithoutPlace', language) }, [
    h('p.box-title', word('findingsWithoutPlace', language)),
    h('ul', findings.map(({ diagnostic, index }) => h('li', [h('a', { href: `findings.html#${`row-${index + 1}`}` }, `${diagnostic.ruleId}: ${diagnostic.message[language]}`)]))),
  ]);
}
