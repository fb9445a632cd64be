import type { Diagnostic, LocalizedText, Source } from '@guideline-as-code/types';
import { Fields } from '../yaml/fields.js';
import type { YamlFile } from '../yaml/yaml-file.js';

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

const factTypes: readonly FactType[] = ['enum', 'boolean', 'number'];

export function readPatientFacts(yaml: YamlFile, diagnostics: Diagnostic[]): PatientFact[] {
  const root = new Fields(yaml, [], diagnostics, yaml.value ?? {});
  root.onlyKeys(['facts']);
  return root.list('facts').flatMap((item, index) => {
    const fields = new Fields(yaml, ['facts', index], diagnostics, item);
    fields.onlyKeys(['id', 'label', 'type', 'unit', 'values']);
    const id = fields.string('id');
    const type = fields.string('type') as FactType | null;
    if (id === null || type === null) return [];
    if (!factTypes.includes(type)) {
      diagnostics.push({
        ruleId: 'source-shape',
        severity: 'error',
        message: {
          en: `Fact type \`${type}\` is unknown; use \`enum\`, \`boolean\` or \`number\`.`,
          sv: `Fakta-typen \`${type}\` är okänd; använd \`enum\`, \`boolean\` eller \`number\`.`,
        },
        source: yaml.sourceAt(fields.at('type')),
      });
      return [];
    }
    const values = fields.list('values').flatMap((valueItem, valueIndex) =>
      readValue(yaml, ['facts', index, 'values', valueIndex], diagnostics, valueItem),
    );
    return [{ id, label: readLabel(yaml, fields, diagnostics), type, unit: fields.string('unit', false), values, source: yaml.sourceAt(['facts', index]) }];
  });
}

function readValue(yaml: YamlFile, path: (string | number)[], diagnostics: Diagnostic[], item: unknown): FactValue[] {
  const fields = new Fields(yaml, path, diagnostics, item);
  fields.onlyKeys(['value', 'label', 'phrases', 'inflected']);
  const raw = fields.value['value'];
  if (typeof raw !== 'string' && typeof raw !== 'boolean') {
    fields.string('value');
    return [];
  }
  return [{
    value: raw,
    label: readLabel(yaml, fields, diagnostics),
    phrases: fields.strings('phrases'),
    inflected: fields.value['inflected'] === true,
    source: yaml.sourceAt(path),
  }];
}

function readLabel(yaml: YamlFile, fields: Fields, diagnostics: Diagnostic[]): LocalizedText {
  const label = new Fields(yaml, fields.at('label'), diagnostics, fields.value['label']);
  const sv = label.string('sv') ?? '';
  return { sv, en: label.string('en') ?? sv };
}
