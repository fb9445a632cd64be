import type { GraphNode, KnowledgeGraph } from '@guideline-as-code/model';
import type { LocalizedText } from '@guideline-as-code/types';
import { display, shown } from './values.js';

/** What messages call each compared field. */
export const fieldLabels: Record<string, LocalizedText> = {
  dose: { sv: 'dos', en: 'dose' },
  drug: { sv: 'läkemedel', en: 'drug' },
  regimen: { sv: 'regim', en: 'regimen' },
  route: { sv: 'väg', en: 'route' },
  intervalDays: { sv: 'intervall (dagar)', en: 'interval (days)' },
  pause: { sv: 'paus', en: 'pause' },
  cycles: { sv: 'cykler', en: 'cycles' },
  cyclesInWords: { sv: 'cykler', en: 'cycles' },
  maxDuration: { sv: 'maximal behandlingstid', en: 'maximum duration' },
  fractionation: { sv: 'fraktionering', en: 'fractionation' },
  phase: { sv: 'fas', en: 'phase' },
  grade: { sv: 'evidensgrad', en: 'evidence grade' },
  condition: { sv: 'villkor', en: 'condition' },
  conditionText: { sv: 'villkorets lydelse', en: 'wording of the condition' },
  regimens: { sv: 'regimer', en: 'regimens' },
  recommendation: { sv: 'rekommendation', en: 'recommendation' },
  intent: { sv: 'syfte', en: 'intent' },
  kind: { sv: 'slag', en: 'kind' },
  name: { sv: 'namn', en: 'name' },
  text: { sv: 'text', en: 'text' },
  title: { sv: 'rubrik', en: 'title' },
  drugName: { sv: 'läkemedelsnamn', en: 'drug name' },
  statedIn: { sv: 'avsnitt', en: 'sections' },
  section: { sv: 'avsnitt', en: 'section' },
  nct: { sv: 'NCT-nummer', en: 'NCT id' },
  aliases: { sv: 'alias', en: 'aliases' },
  csl: { sv: 'referensdata', en: 'reference data' },
  edition: { sv: 'utgåva', en: 'edition' },
};

/** The node's id without its type prefix. */
export const keyOf = (id: string): string => id.slice(id.indexOf(':') + 1);

/** Looks nodes up by id in one version. */
export type NodeLookup = (id: string) => GraphNode | undefined;

export function lookupOf(graph: KnowledgeGraph): NodeLookup {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return (id) => byId.get(id);
}

function nameOf(id: string | null | undefined, lookup: NodeLookup): string {
  if (!id) return '';
  const node = lookup(id) as (GraphNode & { name?: unknown; inn?: unknown }) | undefined;
  const name = node ? display(node.name) : null;
  return name ?? keyOf(id);
}

/** How a message names a node: "Paklitaxel i KarPak", "Rekommendation `dostarlimab-vid-dmmr`". */
export function subjectOf(node: GraphNode, lookup: NodeLookup): LocalizedText {
  const fields = node as unknown as Record<string, unknown>;
  const key = `\`${keyOf(node.id)}\``;
  switch (node.type) {
    case 'regimenComponent': {
      const drug = capitalised(display(fields['drugName']) ?? keyOf(String(fields['drug'] ?? node.id)));
      const regimen = nameOf(fields['regimen'] as string, lookup);
      return { sv: `${drug} i ${regimen}`, en: `${drug} in ${regimen}` };
    }
    case 'doseStatement': {
      const drug = String(fields['drugText'] ?? fields['regimenText'] ?? '') || keyOf(node.id);
      const trial = fields['trial'] as string | null;
      if (fields['role'] === 'trialArm' && trial) {
        const name = nameOf(trial, lookup);
        return { sv: `Studiearm i ${name} (${drug})`, en: `Trial arm of ${name} (${drug})` };
      }
      return { sv: `Dos ${key}`, en: `Dose ${key}` };
    }
    case 'regimen':
      return { sv: `Regim ${nameOf(node.id, lookup)}`, en: `Regimen ${nameOf(node.id, lookup)}` };
    case 'recommendation':
      return { sv: `Rekommendation ${key}`, en: `Recommendation ${key}` };
    case 'rule':
      return { sv: `Beslutsregel ${key}`, en: `Decision rule ${key}` };
    case 'statement':
      return { sv: `Mening ${key}`, en: `Sentence ${key}` };
    case 'section':
      return { sv: `Avsnitt ${keyOf(node.id)}`, en: `Section ${keyOf(node.id)}` };
    case 'trial':
      return { sv: `Studie ${nameOf(node.id, lookup)}`, en: `Trial ${nameOf(node.id, lookup)}` };
    case 'reference':
      return { sv: `Referens ${keyOf(node.id)}`, en: `Reference ${keyOf(node.id)}` };
    default:
      return { sv: `${node.type} ${key}`, en: `${node.type} ${key}` };
  }
}

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);

/** A field's value for a message; the grade in its written form `(++)`. */
export function valueText(node: GraphNode, field: string, lookup: NodeLookup): string | null {
  const fields = node as unknown as Record<string, unknown>;
  if (field === 'dose') return doseText(fields);
  if (field === 'grade') {
    const grade = shown(fields['grade']).value;
    return typeof grade === 'string' ? `(${grade})` : null;
  }
  if (field === 'condition') return display(fields['conditionText']);
  if (node.type === 'doseStatement' && field === 'drug') return (fields['drugText'] as string | null) ?? nameOf(fields['drug'] as string, lookup);
  if (field === 'regimens' && Array.isArray(fields['regimens'])) return (fields['regimens'] as string[]).map(keyOf).join(', ');
  return display(fields[field]);
}

/** Amount and unit together, as the source wrote them when it did. */
function doseText(fields: Record<string, unknown>): string | null {
  const amount = shown(fields['amount']);
  if (amount.value === null) return null;
  if (amount.text) return amount.text;
  const unit = display(fields['unit']);
  return [display(fields['amount']), unit].filter(Boolean).join(' ');
}
