import type { DrugNode, FractionValue, GraphIndex, RegimenComponentNode, RegimenNode, SectionNode, Source } from '@guideline-as-code/model';
import type {
  DrugComponent,
  DrugDose,
  FractionationValue,
  RadiotherapyComponent,
  Regimen,
  RegimenDrug,
  SupportingRecommendation,
} from '../../runtime/regimen-types.js';
import type { SourceSpan } from '../../runtime/source-span.js';
import type { SourceTexts } from '../../source-texts.js';
import { FieldReader } from '../fields.js';

/** Every regimen the guideline defines, in reading order, as the regimens package publishes it. */
export function readRegimens(index: GraphIndex, texts: SourceTexts): Regimen[] {
  const reader = new RegimenReader(index, texts);
  return index.ofType('regimen').map((regimen) => reader.regimen(regimen));
}

class RegimenReader {
  private readonly fields: FieldReader;

  constructor(
    private readonly index: GraphIndex,
    private readonly texts: SourceTexts,
  ) {
    this.fields = new FieldReader(texts);
  }

  regimen(node: RegimenNode): Regimen {
    const rows = this.index.targets(node.id, 'contains').filter((child): child is RegimenComponentNode => child.type === 'regimenComponent');
    const section = this.node<SectionNode>(node.section, 'section');
    const components = rows.map((row) => (node.kind === 'radiotherapy' ? this.radiotherapy(row) : this.drugComponent(row)));
    return {
      id: node.key,
      name: this.fields.stated(node.name, this.within(node.source, `[${node.name}]`, 1)),
      kind: node.kind,
      intent: node.intent === null ? this.fields.notStated(null) : this.fields.stated(node.intent, this.intentAttribute(node)),
      section: { number: section.number, title: section.title, source: this.texts.span(section.source) },
      phases: Math.max(1, ...components.map((component) => component.phase)),
      components,
      recommendations: this.recommendations(node),
      source: this.texts.span(node.source),
    };
  }

  private drugComponent(row: RegimenComponentNode): DrugComponent {
    const { fields } = this;
    const cell = (name: string): Source | undefined => row.fields[name];
    const dose: DrugDose | null =
      row.amount && row.unit && row.doseKind && row.unit !== 'Gy' && row.doseKind !== 'radiation'
        ? { amount: { low: row.amount.low, high: row.amount.high }, unit: row.unit, kind: row.doseKind }
        : null;
    const cycles = row.cycles || row.cyclesText ? { low: row.cycles?.low ?? null, high: row.cycles?.high ?? null, inWords: row.cyclesText ?? null } : null;
    return {
      kind: 'drug',
      id: componentId(row),
      phase: row.phase,
      drug: this.drug(row),
      dose: fields.field(dose, cell('dose'), row.source),
      route: fields.field(row.route, cell('route'), row.source),
      // Regimen tables have no column for treatment days and the parser reads none.
      days: fields.notStated(null),
      interval: fields.field(row.intervalDays && { days: { ...row.intervalDays }, pause: row.pause && { ...row.pause } }, cell('interval'), row.source),
      cycles: fields.field(cycles, cell('cycles'), row.source),
      maxDuration: fields.field(row.maxDuration && { ...row.maxDuration }, cell('maxDuration'), row.source),
      statedIn: this.statedIn(row),
      source: this.texts.span(row.source),
    };
  }

  private radiotherapy(row: RegimenComponentNode): RadiotherapyComponent {
    const cell = row.fields['dose'] ?? row.source;
    const value = (fraction: FractionValue | null | undefined, derivation: string): FractionationValue => {
      if (!fraction) return this.fields.notStated(null);
      const range = { low: fraction.low, high: fraction.high };
      if (!fraction.derived) return this.fields.stated(range, cell);
      return { notStated: true, derived: range, derivation, source: this.texts.span(cell) };
    };
    const fractionation = row.fractionation;
    return {
      kind: 'radiotherapy',
      id: componentId(row),
      phase: row.phase,
      fractionation: {
        unit: 'Gy',
        dosePerFraction: value(fractionation?.dosePerFraction, 'total dose ÷ number of fractions'),
        fractions: value(fractionation?.fractions, 'total dose ÷ dose per fraction'),
        total: value(fractionation?.total, 'dose per fraction × number of fractions'),
      },
      statedIn: this.statedIn(row),
      source: this.texts.span(row.source),
    };
  }

  /** The lexicon's drug; all not stated when the row's drug cell says "ej angivet" (regimen-incomplete reports it). */
  private drug(row: RegimenComponentNode): RegimenDrug {
    const cell = row.fields['drug'];
    if (row.drug === null) {
      const notStated = this.fields.notStated(cell);
      return { key: null, inn: notStated, atc: notStated, name: notStated };
    }
    const drug = this.node<DrugNode>(row.drug, 'drug');
    const lexicon = drug.source.file;
    return {
      key: drug.key,
      inn: this.fields.stated(drug.inn, this.texts.yamlValue(lexicon, ['inn'])),
      atc: drug.atc === null ? this.fields.notStated(null) : this.fields.stated(drug.atc, this.texts.yamlValue(lexicon, ['atc', 'code'])),
      name: this.fields.field(row.drugText, cell, row.source),
    };
  }

  /** The section numbers of the table's Avsnitt column. */
  private statedIn(row: RegimenComponentNode) {
    const numbers = row.statedIn.map((id) => this.node<SectionNode>(id, 'section').number);
    return this.fields.stated(numbers, row.fields['sections'] ?? row.source);
  }

  /**
   * The recommendations that give this regimen: those whose decision rule (`::villkor[…]{regim=…}`)
   * names it. The link points at the rule, the grade at the recommendation's `(+++)`.
   */
  private recommendations(regimen: RegimenNode): SupportingRecommendation[] {
    const supporting: SupportingRecommendation[] = [];
    for (const rule of this.index.ofType('rule')) {
      if (!rule.regimens.includes(regimen.id)) continue;
      const target = this.index.get(rule.recommendation);
      if (!target || (target.type !== 'recommendation' && target.type !== 'statement')) continue;
      if (supporting.some((known) => known.id === target.id)) continue;
      const grade = target.type === 'recommendation' ? target.grade : null;
      supporting.push({
        id: target.id,
        text: target.text,
        grade: grade === null ? this.fields.notStated(null) : this.fields.stated(grade, this.within(target.source, `(${grade})`)),
        source: this.texts.span(target.source),
        link: this.attribute(rule.source.file, rule.source.start.offset, this.texts.text(rule.source), /\bregim(?:en)?=(?:"[^"]*"|[^\s}]+)/),
      });
    }
    return supporting;
  }

  /** The `intent=…` attribute on the regimen's opening line. */
  private intentAttribute(regimen: RegimenNode): SourceSpan {
    const line = this.texts.firstLine(regimen.source);
    return this.attribute(regimen.source.file, regimen.source.start.offset, line.text, /\bintent=(?:"[^"]*"|[^\s}]+)/);
  }

  /** The first match of an attribute pattern in `text` (which starts at `offset`), or all of `text`. */
  private attribute(file: string, offset: number, text: string, pattern: RegExp): SourceSpan {
    const match = pattern.exec(text);
    if (!match) return this.texts.spanAt(file, offset, offset + text.length);
    return this.texts.spanAt(file, offset + match.index, offset + match.index + match[0].length);
  }

  /** The span of `needle` (less `trim` characters at each end) inside a source, or the source itself. */
  private within(source: Source, needle: string, trim = 0): SourceSpan {
    const at = this.texts.text(source).indexOf(needle);
    if (at === -1) return this.texts.span(source);
    const start = source.start.offset + at + trim;
    return this.texts.spanAt(source.file, start, start + needle.length - 2 * trim);
  }

  private node<T extends { type: string }>(id: string, type: T['type']): T {
    const node = this.index.get(id);
    if (!node || node.type !== type) throw new Error(`The graph has no ${type} \`${id}\`.`);
    return node as unknown as T;
  }
}

/** `regimenComponent:karpak/1` → `karpak/1`. */
function componentId(row: RegimenComponentNode): string {
  return row.id.slice(row.id.indexOf(':') + 1);
}
