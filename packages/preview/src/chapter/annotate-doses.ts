import type { DoseStatementNode, KnowledgeGraph } from '@guideline-as-code/model';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { doseReading } from '../readings/dose-reading.js';
import type { SiteLanguage } from '../site-input.js';
import { sitePaths } from '../pages/site-paths.js';
import type { TextRanges } from './text-ranges.js';

/**
 * Highlights every dose statement of the chapter as a focusable element, with its normalised
 * reading in a tooltip that shows on hover and on keyboard focus (described by it for screen
 * readers). Returns the tooltips to place right after their dose (see `placeAfter`).
 */
export function annotateDoses(ranges: TextRanges, doses: readonly DoseStatementNode[], graph: KnowledgeGraph, language: SiteLanguage): Map<Element, Element> {
  const tooltips = new Map<Element, Element>();
  for (const dose of doses) {
    const id = sitePaths.nodeId(dose.id);
    const tip = h('span.tip', { id: `tip-${id}`, role: 'tooltip' }, [
      h('span.tip-title', dose.text),
      ...doseReading(dose, graph, language).map((line) => h('span.tip-line', [h('span.tip-label', `${line.label}: `), line.value])),
    ]);
    const pieces = ranges.wrap(dose.source.start.offset, dose.source.end.offset, (first) =>
      h('span.dose', {
        dataNode: dose.id,
        dataInn: dose.inn ?? '',
        dataAtc: dose.atc ?? '',
        ...(first ? { id, tabIndex: 0, ariaDescribedBy: `tip-${id}` } : {}),
      }),
    );
    const last = pieces.at(-1);
    if (last) tooltips.set(last.wrapper, tip);
  }
  return tooltips;
}

/** Puts each added element right after its anchor element, wherever that ended up in the tree. */
export function placeAfter(tree: { children: unknown[] }, after: ReadonlyMap<Element, Element>): void {
  if (after.size === 0) return;
  const children: unknown[] = [];
  for (const child of tree.children) {
    children.push(child);
    const added = after.get(child as Element);
    if (added) children.push(added);
    if ((child as Element).type === 'element') placeAfter(child as Element, after);
  }
  tree.children = children;
}
