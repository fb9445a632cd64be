import type { Diagnostic, LocalizedText, Source } from '@guideline-as-code/types';
import type { PatientFactsSource } from '@guideline-as-code/model';
import { readValidSource } from '../sources/read-source.js';
import type { PositionedFile } from '../sources/positioned-file.js';

export type FactType = 'enum' | 'boolean' | 'number';

/** One allowed value of a patient fact and the words of the text that state it. */
export interface FactValue {
  value: string | boolean;
  label: LocalizedText;
  phrases: string[];
  inflected: boolean;
  source: Source;
}

/** A patient fact that recommendations and rules may depend on, e.g. MMR status. */
export interface PatientFact {
  id: string;
  label: LocalizedText;
  type: FactType;
  unit: string | null;
  values: FactValue[];
  source: Source;
}

/** The patient facts that fit the schema; a fact or value that does not is reported and left out. */
export function readPatientFacts(yaml: PositionedFile, diagnostics: Diagnostic[]): PatientFact[] {
  const read = readValidSource<PatientFactsSource>('patientFacts', yaml, diagnostics);
  return (read.value?.facts ?? []).map((fact) => ({
    id: fact.id,
    label: { sv: fact.label.sv, en: fact.label.en },
    type: fact.type,
    unit: fact.unit ?? null,
    values: (fact.values ?? []).map((value) => ({
      value: value.value,
      label: { sv: value.label.sv, en: value.label.en },
      phrases: value.phrases ?? [],
      inflected: value.inflected === true,
      source: read.sourceOf(value),
    })),
    source: read.sourceOf(fact),
  }));
}
