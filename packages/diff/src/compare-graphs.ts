import type { GraphNode, KnowledgeGraph } from '@guideline-as-code/model';
import { type GuidelineChange, type GuidelineDiff, type Impact, higher } from './change.js';
import { clinicalTypes, countedTypes, fieldImpact, publishedIdTypes, trialArmImpact } from './impact-table.js';
import { fieldLabels, keyOf, lookupOf, type NodeLookup, subjectOf, valueText } from './labels.js';
import { describeAdded, describeRemoved } from './describe-presence.js';
import { plainText, sameValue, stableJson } from './values.js';

/** Fields compared together as one dose (amount, unit and dose kind are one cell of the text). */
const doseFields = ['amount', 'unit', 'doseKind'];

/**
 * The changes between two versions of one guideline, matched by id: every field whose value
 * changed (source positions ignored), every node added or removed, each with its impact.
 * Dose statements left unmatched in one sentence are paired in order, so a corrected drug in a
 * trial arm shows as a change of that arm rather than as one dose removed and another added.
 */
export function compareGraphs(base: KnowledgeGraph, head: KnowledgeGraph): GuidelineDiff {
  const before = lookupOf(base);
  const after = lookupOf(head);
  const changes: GuidelineChange[] = [];
  const removed = base.nodes.filter((node) => !after(node.id) && !countedTypes.has(node.type));
  const added = head.nodes.filter((node) => !before(node.id) && !countedTypes.has(node.type));
  const paired = pairDoseStatements(removed, added);
  for (const node of head.nodes) {
    const old = before(node.id);
    if (old && !countedTypes.has(node.type)) changes.push(...fieldChanges(old, node, before, after));
  }
  for (const [old, node] of paired) changes.push(...fieldChanges(old, node, before, after));
  const pairedIds = new Set(paired.flatMap(([old, node]) => [old.id, node.id]));
  for (const node of removed) if (!pairedIds.has(node.id) && !partOfRemoved(node, removed)) changes.push(describeRemoved(node, before, impactOfRemoval(node)));
  for (const node of added) if (!pairedIds.has(node.id) && !partOfAdded(node, added)) changes.push(describeAdded(node, after, head, impactOfAddition(node)));
  const citations = countedChange(base, head);
  if (citations) changes.push(citations);
  const bump = changes.reduce<Impact | null>((top, change) => (top === null ? change.impact : higher(top, change.impact)), null);
  return { guideline: head.guideline, bump, changes };
}

function fieldChanges(old: GraphNode, node: GraphNode, before: NodeLookup, after: NodeLookup): GuidelineChange[] {
  const table = fieldImpact[node.type];
  const a = old as unknown as Record<string, unknown>;
  const b = node as unknown as Record<string, unknown>;
  if (!table) {
    // Lexicon drugs, the guideline node: metadata, compared whole.
    return stableJson({ ...a, id: '' }) === stableJson({ ...b, id: '' }) ? [] : [change(node, 'metadata', null, null, 'patch', after)];
  }
  const result: GuidelineChange[] = [];
  const doseImpact = table['amount'];
  if (doseImpact && doseFields.some((field) => !sameValue(a[field], b[field]))) {
    result.push(change(node, 'dose', valueText(old, 'dose', before), valueText(node, 'dose', after), roleImpact(node, doseImpact), after));
  }
  for (const [field, impact] of Object.entries(table)) {
    if (doseFields.includes(field) || sameValue(a[field], b[field])) continue;
    // A changed evidence grade is reported as a grade, not as a reworded sentence.
    if (field === 'text' && withoutGrades(a[field]) === withoutGrades(b[field])) continue;
    // A rule whose condition changed has a new wording too; one line says both.
    if (field === 'conditionText' && !sameValue(a['condition'], b['condition'])) continue;
    result.push(change(node, field, valueText(old, field, before), valueText(node, field, after), roleImpact(node, impact), after));
  }
  return result;
}

function change(node: GraphNode, field: string, from: string | null, to: string | null, impact: Impact, lookup: NodeLookup): GuidelineChange {
  const subject = subjectOf(node, lookup);
  const label = fieldLabels[field] ?? { sv: field, en: field };
  const none = { sv: 'saknas', en: 'not stated' };
  const message =
    field === 'condition'
      ? { sv: `Villkor för \`${keyOf(node.id)}\` ändrat: ${from ?? none.sv} → ${to ?? none.sv}`, en: `Condition of \`${keyOf(node.id)}\` changed: ${from ?? none.en} → ${to ?? none.en}` }
      : field === 'dose'
        ? { sv: `${subject.sv}: ${from ?? none.sv} → ${to ?? none.sv}`, en: `${subject.en}: ${from ?? none.en} → ${to ?? none.en}` }
        : { sv: `${subject.sv}: ${label.sv} ${from ?? none.sv} → ${to ?? none.sv}`, en: `${subject.en}: ${label.en} ${from ?? none.en} → ${to ?? none.en}` };
  return { kind: 'changed', nodeType: node.type, id: node.id, field, before: from, after: to, impact, message, wordingOnly: impact === 'patch' };
}

/** A trial arm's change is minor whatever the field: it describes evidence, not treatment. */
function roleImpact(node: GraphNode, impact: Impact): Impact {
  const role = (node as { role?: unknown }).role;
  return node.type === 'doseStatement' && role === 'trialArm' && impact === 'major' ? trialArmImpact : impact;
}

function impactOfRemoval(node: GraphNode): Impact {
  if (node.type === 'doseStatement') return roleImpact(node, 'major');
  return publishedIdTypes.has(node.type) ? 'major' : 'patch';
}

function impactOfAddition(node: GraphNode): Impact {
  return clinicalTypes.has(node.type) ? 'minor' : 'patch';
}

/** Unmatched dose statements of one sentence, paired in the order they are written. */
function pairDoseStatements(removed: GraphNode[], added: GraphNode[]): [GraphNode, GraphNode][] {
  const pairs: [GraphNode, GraphNode][] = [];
  const open = added.filter((node) => node.type === 'doseStatement');
  for (const old of removed.filter((node) => node.type === 'doseStatement')) {
    const index = open.findIndex((node) => sameSentence(old, node));
    if (index < 0) continue;
    pairs.push([old, open[index]!]);
    open.splice(index, 1);
  }
  return pairs;
}

const sameSentence = (a: GraphNode, b: GraphNode): boolean => {
  const x = a as { statement?: unknown; role?: unknown };
  const y = b as { statement?: unknown; role?: unknown };
  return x.statement === y.statement && x.role === y.role;
};

/** Components of a regimen, sentences and doses of a recommendation, said by their whole. */
function partOfAdded(node: GraphNode, added: GraphNode[]): boolean {
  return ownerIds(node).some((owner) => added.some((other) => other.id === owner));
}

function partOfRemoved(node: GraphNode, removed: GraphNode[]): boolean {
  return ownerIds(node).some((owner) => removed.some((other) => other.id === owner));
}

function ownerIds(node: GraphNode): string[] {
  const fields = node as unknown as Record<string, unknown>;
  if (node.type === 'regimenComponent') return [String(fields['regimen'])];
  if (node.type === 'statement' && typeof fields['recommendation'] === 'string') return [fields['recommendation']];
  if (node.type === 'rule') return [String(fields['recommendation'])];
  return [];
}

/** Citations are compared as a count: their ids follow the sentence they stand in. */
function countedChange(base: KnowledgeGraph, head: KnowledgeGraph): GuidelineChange | null {
  const keys = (graph: KnowledgeGraph) => graph.nodes.filter((node) => node.type === 'citation').map((node) => stableJson({ ...node, id: '' }));
  const a = keys(base);
  const b = keys(head);
  const gone = a.filter((key) => !b.includes(key)).length;
  const come = b.filter((key) => !a.includes(key)).length;
  if (gone === 0 && come === 0) return null;
  return {
    kind: 'changed',
    nodeType: 'citation',
    id: 'citation:*',
    impact: 'patch',
    message: { sv: `Citeringar: ${come} nya, ${gone} borttagna`, en: `Citations: ${come} added, ${gone} removed` },
    wordingOnly: true,
  };
}

const gradeMark = /\s*\(\s*\+[+\s]*\)/g;
const withoutGrades = (text: unknown): string => plainText(text).replace(gradeMark, '');
