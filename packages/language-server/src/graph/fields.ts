import type { DoseStatementNode } from '@guideline-as-code/model';
import type { Derived, NotStated, Stated } from '@guideline-as-code/types';

type Provenanced<T> = Stated<T> | NotStated | Derived<T>;

/**
 * A node field's value, whether the graph gives it plain (`175`) or with its provenance
 * (`{ notStated: false, value: 175, source, text }`), as graph fields are moving to
 * `Stated<T>`; null when the text does not state it. Every field the server reads goes through
 * here, so that the change of shape is adapted in one place.
 */
export function fieldValue<T>(field: T | Provenanced<T> | null | undefined): T | null {
  if (field === null || field === undefined) return null;
  if (isProvenanced<T>(field)) return field.notStated ? null : field.value;
  return field;
}

function isProvenanced<T>(field: unknown): field is Provenanced<T> {
  return typeof field === 'object' && field !== null && typeof (field as { notStated?: unknown }).notStated === 'boolean';
}

/** What a dose statement states, read through `fieldValue`. */
export interface DoseReading {
  text: string;
  role: DoseStatementNode['role'];
  drugText: string | null;
  /** Where the drug was taken from when the dose's sentence names none: a heading or an earlier sentence, and its line. */
  drugFrom: { kind: 'heading' | 'sentence'; line: number } | null;
  inn: string | null;
  atc: string | null;
  regimen: string | null;
  regimenText: string | null;
  trial: string | null;
  amount: NonNullable<DoseStatementNode['amount']> | null;
  unit: DoseStatementNode['unit'];
  doseKind: DoseStatementNode['doseKind'];
  intervalDays: NonNullable<DoseStatementNode['intervalDays']> | null;
  pause: NonNullable<DoseStatementNode['pause']> | null;
  cycles: NonNullable<DoseStatementNode['cycles']> | null;
  maxDuration: NonNullable<DoseStatementNode['maxDuration']> | null;
  route: DoseStatementNode['route'];
  fractionation: NonNullable<DoseStatementNode['fractionation']> | null;
  phase: number;
  phaseCount: number;
}

export function doseReading(node: DoseStatementNode): DoseReading {
  return {
    text: fieldValue(node.text) ?? '',
    role: fieldValue(node.role) ?? 'practice',
    drugText: fieldValue(node.drugText),
    drugFrom: node.drugFromHeading ? { kind: 'heading', line: node.drugFromHeading.start.line } : node.drugFromSentence ? { kind: 'sentence', line: node.drugFromSentence.start.line } : null,
    inn: fieldValue(node.inn),
    atc: fieldValue(node.atc),
    regimen: fieldValue(node.regimen),
    regimenText: fieldValue(node.regimenText),
    trial: fieldValue(node.trial),
    amount: fieldValue(node.amount),
    unit: fieldValue(node.unit),
    doseKind: fieldValue(node.doseKind),
    intervalDays: fieldValue(node.intervalDays),
    pause: fieldValue(node.pause),
    cycles: fieldValue(node.cycles),
    maxDuration: fieldValue(node.maxDuration),
    route: fieldValue(node.route),
    fractionation: fieldValue(node.fractionation),
    phase: fieldValue(node.phase) ?? 1,
    phaseCount: fieldValue(node.phaseCount) ?? 1,
  };
}
