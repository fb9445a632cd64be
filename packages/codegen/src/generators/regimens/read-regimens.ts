import { type DrugNode, type GraphIndex, type RegimenComponentNode, type RegimenNode, type SectionNode } from '@guideline-as-code/model';
import { statedValue, type Field, type NotStated, type Stated } from '@guideline-as-code/types';
import type { CycleCount, DoseInterval, DrugComponent, DrugDose, FractionationValue, RadiotherapyComponent, Regimen, RegimenDrug, SupportingRecommendation } from '../../runtime/regimen-types.js';
import { graphNode } from '../graph-node.js';

const silent: NotStated = { notStated: true, source: null, text: null };

/**
 * Every regimen the guideline defines, in reading order, as the regimens package publishes it:
 * a projection of the graph, whose every value already carries the span that states it.
 */
export function readRegimens(index: GraphIndex): Regimen[] {
  return index.ofType('regimen').map((regimen) => readRegimen(regimen, index));
}

function readRegimen(node: RegimenNode, index: GraphIndex): Regimen {
  const rows = index.targets(node.id, 'contains').filter((child): child is RegimenComponentNode => child.type === 'regimenComponent');
  const section = graphNode<SectionNode>(index, node.section, 'section');
  const components = rows.map((row) => (node.kind === 'radiotherapy' ? radiotherapy(row, index) : drugComponent(row, index)));
  return {
    id: node.key,
    name: node.name,
    kind: node.kind,
    intent: node.intent,
    section: { number: section.number, title: section.title, source: section.source },
    phases: Math.max(1, ...components.map((component) => component.phase)),
    components,
    recommendations: recommendations(node, index),
    source: node.source,
  };
}

function drugComponent(row: RegimenComponentNode, index: GraphIndex): DrugComponent {
  return {
    kind: 'drug',
    id: componentId(row),
    phase: row.phase,
    drug: drug(row, index),
    dose: dose(row),
    route: row.route,
    // Regimen tables have no column for treatment days and the parser reads none.
    days: silent,
    interval: withValue(row.intervalDays, (days): DoseInterval => ({ days, pause: statedValue(row.pause) ?? null })),
    cycles: cycles(row),
    maxDuration: row.maxDuration,
    statedIn: statedIn(row, index),
    source: row.source,
  };
}

/**
 * The graph's million units as the UCUM code an app calculates with, and their kind as the
 * scaling the dose calculator knows: `MU` is a flat amount, `MU/kg` one per kg.
 */
const PUBLISHED_UNITS: Readonly<Record<'MU' | 'MU/kg', { unit: DrugDose['unit']; kind: DrugDose['kind'] }>> = {
  MU: { unit: '10*6.[iU]', kind: 'flat' },
  'MU/kg': { unit: '10*6.[iU]/kg', kind: 'weight' },
};

/** The dose cell read as a drug dose: amount, UCUM unit and kind, stated together or not at all. */
function dose(row: RegimenComponentNode): Field<DrugDose> {
  const unit = statedValue(row.unit);
  const kind = statedValue(row.doseKind);
  if (row.amount.notStated || unit === undefined || kind === undefined || unit === 'Gy' || kind === 'radiation') return row.amount.notStated ? row.amount : silent;
  if (unit === 'MU' || unit === 'MU/kg') return withValue(row.amount, (amount): DrugDose => ({ amount, ...PUBLISHED_UNITS[unit] }));
  if (kind === 'units' || kind === 'units-per-weight') return silent;
  return withValue(row.amount, (amount): DrugDose => ({ amount, unit, kind }));
}

function cycles(row: RegimenComponentNode): Field<CycleCount> {
  if (!row.cyclesInWords.notStated) return withValue(row.cyclesInWords, (inWords): CycleCount => ({ low: null, high: null, inWords }));
  return withValue(row.cycles, ({ low, high }): CycleCount => ({ low, high, inWords: null }));
}

function radiotherapy(row: RegimenComponentNode, index: GraphIndex): RadiotherapyComponent {
  const { fractionation } = row;
  const value = (part: 'dosePerFraction' | 'fractions' | 'total', derivation: string): FractionationValue => {
    const fraction = fractionation.notStated ? null : fractionation.value[part];
    if (fractionation.notStated || !fraction) return fractionation.notStated ? fractionation : silent;
    const range = { low: fraction.low, high: fraction.high };
    const { source, text } = fractionation;
    return fraction.derived ? { notStated: true, derived: range, derivation, source, text } : { notStated: false, value: range, source, text };
  };
  return {
    kind: 'radiotherapy',
    id: componentId(row),
    phase: row.phase,
    fractionation: {
      unit: 'Gy',
      dosePerFraction: value('dosePerFraction', 'total dose ÷ number of fractions'),
      fractions: value('fractions', 'total dose ÷ dose per fraction'),
      total: value('total', 'dose per fraction × number of fractions'),
    },
    statedIn: statedIn(row, index),
    source: row.source,
  };
}

/** The lexicon's drug (INN and ATC with their lexicon spans) and the name the row writes. */
function drug(row: RegimenComponentNode, index: GraphIndex): RegimenDrug {
  if (row.drug === null) {
    const notStated = row.drugName.notStated ? row.drugName : silent;
    return { key: null, inn: notStated, atc: notStated, name: notStated };
  }
  const node = graphNode<DrugNode>(index, row.drug, 'drug');
  return { key: node.key, inn: node.inn, atc: node.atc, name: row.drugName };
}

/** The section numbers of the table's Avsnitt column. */
function statedIn(row: RegimenComponentNode, index: GraphIndex): Stated<readonly string[]> | NotStated {
  return withValue(row.statedIn, (ids) => ids.map((id) => graphNode<SectionNode>(index, id, 'section').number));
}

/**
 * The recommendations that give this regimen: those whose decision rule (`::villkor[…]{regim=…}`)
 * names it. The link is the rule's `regim=` attribute, the grade the recommendation's `(+++)`.
 */
function recommendations(regimen: RegimenNode, index: GraphIndex): SupportingRecommendation[] {
  const supporting: SupportingRecommendation[] = [];
  for (const rule of index.ofType('rule')) {
    if (!rule.regimens.includes(regimen.id)) continue;
    const target = index.get(rule.recommendation);
    if (!target || (target.type !== 'recommendation' && target.type !== 'statement')) continue;
    if (supporting.some((known) => known.id === target.id)) continue;
    supporting.push({
      id: target.id,
      text: target.text,
      grade: target.type === 'recommendation' ? target.grade : silent,
      source: target.source,
      link: rule.regimenLink,
    });
  }
  return supporting;
}

/** A field with its value turned into the published shape; the span and text stay. */
function withValue<T, U>(field: Field<T>, map: (value: T) => U): Field<U> {
  return field.notStated ? field : { notStated: false, value: map(field.value), source: field.source, text: field.text };
}

/** `regimenComponent:karpak/paclitaxel` → `karpak/paclitaxel`: the node id without its type. */
function componentId(row: RegimenComponentNode): string {
  return row.id.slice('regimenComponent:'.length);
}
