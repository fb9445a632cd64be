import type { GraphNode, RegimenComponentNode, RegimenNode } from '@guideline-as-code/model';
import type { Field, Source } from '@guideline-as-code/types';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { word } from '../i18n.js';
import type { PreviewGuideline, SiteLanguage } from '../site-input.js';
import { page, type PageFrame } from './layout.js';
import { sitePaths } from './site-paths.js';

/** The columns of a regimen table: a word and the field of a component it shows. */
const columns = [
  ['phase', undefined],
  ['drug', 'drugName'],
  ['dose', 'amount'],
  ['route', 'route'],
  ['interval', 'intervalDays'],
  ['cycles', 'cycles'],
  ['maxDuration', 'maxDuration'],
  ['statedIn', 'statedIn'],
] as const;

const intents = { palliative: { sv: 'palliativ', en: 'palliative' }, curative: { sv: 'kurativ', en: 'curative' } } as const;

type ComponentField = Exclude<(typeof columns)[number][1], undefined>;

const regimensOf = (guideline: PreviewGuideline) => guideline.graph.nodes.filter((node): node is RegimenNode => node.type === 'regimen');
const componentsOf = (guideline: PreviewGuideline, regimen: RegimenNode) =>
  guideline.graph.nodes.filter((node): node is RegimenComponentNode => node.type === 'regimenComponent' && node.regimen === regimen.id);

/** Every span a regimen page links to: where each stated (or explicitly not stated) value is written. */
export function regimenValueSpans(guideline: PreviewGuideline): Source[] {
  const spans: Source[] = [];
  for (const regimen of regimensOf(guideline)) {
    spans.push(regimen.name.source);
    for (const component of componentsOf(guideline, regimen)) {
      for (const [, field] of columns) {
        const value = field ? fieldOf(component, field) : undefined;
        if (value?.source) spans.push(value.source);
      }
    }
  }
  return spans;
}

/** One page per regimen: its components as a table, each value linked to the text that states it. */
export function regimenPages(guideline: PreviewGuideline, frame: PageFrame): { file: string; html: string }[] {
  return regimensOf(guideline).map((regimen) => ({
    file: sitePaths.regimen(regimen.key),
    html: page(`${word('regimen', frame.language)} ${regimen.name.value}`, regimenContent(guideline, regimen, frame.language), { ...frame, current: sitePaths.regimens }),
  }));
}

/** The list of regimens, each linked to its page. */
export function regimenIndexPage(guideline: PreviewGuideline, frame: PageFrame): string {
  const items = regimensOf(guideline).map((regimen) => h('li', [h('a', { href: sitePaths.regimen(regimen.key) }, regimen.name.value), ` (${sectionNumber(guideline, regimen.section)})`]));
  return page(word('regimens', frame.language), [h('h1', word('regimens', frame.language)), h('ul', items)], frame);
}

function regimenContent(guideline: PreviewGuideline, regimen: RegimenNode, language: SiteLanguage): ElementContent[] {
  const intent = regimen.intent.notStated ? word('notStated', language) : intents[regimen.intent.value][language];
  return [
    h('h1', [`${word('regimen', language)}: `, h('a', { href: sitePaths.spanLink(regimen.name.source) }, regimen.name.value)]),
    h('p', [`${word('section', language)} ${sectionNumber(guideline, regimen.section)} · ${word('intent', language)}: ${intent}`]),
    h('table.regimen-table', [
      h('caption', `${regimen.name.value}: ${word('showInText', language)} – ${language === 'sv' ? 'varje värde länkar till raden som anger det' : 'each value links to the line that states it'}`),
      h('thead', [h('tr', columns.map(([label]) => h('th', { scope: 'col' }, word(label, language))))]),
      h('tbody', componentsOf(guideline, regimen).map((component) => componentRow(component, language))),
    ]),
  ];
}

function componentRow(component: RegimenComponentNode, language: SiteLanguage): Element {
  return h(
    'tr',
    columns.map(([, field]) => {
      if (!field) return h('td', String(component.phase));
      const value = fieldOf(component, field);
      return h('td', valueCell(value, language));
    }),
  );
}

/** A value as written, linked to where it is written; "not stated" (with the place that says so, if any). */
function valueCell(value: Field<unknown>, language: SiteLanguage): ElementContent[] {
  const shown = value.notStated ? word('notStated', language) : value.text;
  if (!value.source) return [h('span.not-stated', shown)];
  return [h(value.notStated ? 'a.value.not-stated' : 'a.value', { href: sitePaths.spanLink(value.source) }, shown)];
}

/** The field a column shows; cycles written in words ("till progress") stand in for a number. */
function fieldOf(component: RegimenComponentNode, field: ComponentField): Field<unknown> {
  if (field === 'cycles' && component.cycles.notStated && !component.cyclesInWords.notStated) return component.cyclesInWords;
  return component[field] as Field<unknown>;
}

function sectionNumber(guideline: PreviewGuideline, sectionId: string): string {
  const section = guideline.graph.nodes.find((node): node is Extract<GraphNode, { type: 'section' }> => node.id === sectionId && node.type === 'section');
  return section ? `${section.number} ${section.title}` : sectionId;
}
