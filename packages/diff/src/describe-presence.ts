import type { GraphNode, KnowledgeGraph } from '@guideline-as-code/model';
import type { GuidelineChange, Impact } from './change.js';
import { keyOf, type NodeLookup, subjectOf, valueText } from './labels.js';
import { display, plainText } from './values.js';

/** "Ny regim: KarPak (karboplatin AUC 5, paklitaxel 175 mg/m2)", "Ny rekommendation `x`: …". */
export function describeAdded(node: GraphNode, lookup: NodeLookup, graph: KnowledgeGraph, impact: Impact): GuidelineChange {
  const fields = node as unknown as Record<string, unknown>;
  const subject = subjectOf(node, lookup);
  let message = { sv: `Ny: ${subject.sv}`, en: `New: ${subject.en}` };
  if (node.type === 'regimen') {
    const parts = graph.nodes
      .filter((other) => other.type === 'regimenComponent' && (other as { regimen?: unknown }).regimen === node.id)
      .map((component) => [display((component as { drugName?: unknown }).drugName), valueText(component, 'dose', lookup)].filter(Boolean).join(' '));
    const name = display(fields['name']) ?? keyOf(node.id);
    message = { sv: `Ny regim: ${name} (${parts.join(', ')})`, en: `New regimen: ${name} (${parts.join(', ')})` };
  } else if (node.type === 'recommendation') {
    const rule = graph.nodes.find((other) => other.type === 'rule' && (other as { recommendation?: unknown }).recommendation === node.id);
    const grade = valueText(node, 'grade', lookup);
    const condition = rule ? valueText(rule, 'condition', lookup) : null;
    const text = plainText(fields['text']);
    message = {
      sv: `Ny rekommendation \`${keyOf(node.id)}\`${grade ? ` ${grade}` : ''}${condition ? ` (villkor: ${condition})` : ''}: ${text}`,
      en: `New recommendation \`${keyOf(node.id)}\`${grade ? ` ${grade}` : ''}${condition ? ` (condition: ${condition})` : ''}: ${text}`,
    };
  } else if (node.type === 'rule') {
    const condition = valueText(node, 'condition', lookup) ?? '';
    message = { sv: `Ny beslutsregel \`${keyOf(node.id)}\`: ${condition}`, en: `New decision rule \`${keyOf(node.id)}\`: ${condition}` };
  } else if (node.type === 'doseStatement' || node.type === 'statement') {
    const text = plainText(fields['text']);
    message = { sv: `${subject.sv} ny: ”${text}”`, en: `${subject.en} added: “${text}”` };
  }
  return { kind: 'added', nodeType: node.type, id: node.id, impact, message, wordingOnly: impact === 'patch' };
}

/** "Regim KarPak borttagen", with the id apps may have stored. */
export function describeRemoved(node: GraphNode, lookup: NodeLookup, impact: Impact): GuidelineChange {
  const subject = subjectOf(node, lookup);
  const text = node.type === 'statement' || node.type === 'doseStatement' ? `: ”${plainText((node as { text?: unknown }).text)}”` : '';
  return {
    kind: 'removed',
    nodeType: node.type,
    id: node.id,
    impact,
    message: { sv: `${subject.sv} borttagen (id \`${node.id}\`)${text}`, en: `${subject.en} removed (id \`${node.id}\`)${text}` },
    wordingOnly: impact === 'patch',
  };
}
