import type { LocalizedText } from '@guideline-as-code/types';
import { valueAt, type ValuePath } from '../instance-path.js';
import type { AjvError } from '../validate-graph.d.cts';
import { closestKey, describeExpected, describeValue, type SchemaNode } from './describe.js';

/**
 * A schema error in words a clinician understands, in Swedish and English:
 * "`atc` ska vara ett objekt med `code` och `source`, inte talet `12`."
 */
export function explainSchemaError(error: AjvError, path: ValuePath, data: unknown): LocalizedText {
  const schema: SchemaNode = error.parentSchema ?? {};
  const field = fieldName(path);
  const found = describeValue(valueAt(data, path));
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const key = String(params['missingProperty']);
      return { sv: `${field.sv} saknar \`${key}\`, som måste anges.`, en: `${field.en} has no \`${key}\`, which is required.` };
    }
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const known = Object.keys((schema['properties'] ?? {}) as Record<string, unknown>);
      const guess = closestKey(key, known);
      const hint: LocalizedText = guess
        ? { sv: ` Menade du \`${guess}\`?`, en: ` Did you mean \`${guess}\`?` }
        : known.length <= 12
          ? { sv: ` Kända nycklar: ${quoted(known)}.`, en: ` Known keys: ${quoted(known)}.` }
          : { sv: '', en: '' };
      return { sv: `Okänd nyckel \`${key}\` i ${field.svIn}.${hint.sv}`, en: `Unknown key \`${key}\` in ${field.enIn}.${hint.en}` };
    }
    case 'pattern':
      if (schema['pattern'] === '\\S') return { sv: `${field.sv} får inte vara tom.`, en: `${field.en} must not be empty.` };
      break;
    case 'minimum':
      return { sv: `${field.sv} ska vara minst ${String(params['limit'])}, inte ${found.sv}.`, en: `${field.en} must be at least ${String(params['limit'])}, not ${found.en}.` };
    case 'minItems':
    case 'maxItems': {
      const at = error.keyword === 'minItems' ? { sv: 'minst', en: 'at least' } : { sv: 'högst', en: 'at most' };
      return { sv: `${field.sv} ska ha ${at.sv} ${String(params['limit'])} poster.`, en: `${field.en} must have ${at.en} ${String(params['limit'])} items.` };
    }
    case 'uniqueItems':
      return { sv: `${field.sv} har samma värde två gånger (post ${Number(params['j']) + 1} och ${Number(params['i']) + 1}).`, en: `${field.en} has the same value twice (items ${Number(params['j']) + 1} and ${Number(params['i']) + 1}).` };
    default:
      break;
  }
  const expected = describeExpected(schema);
  return { sv: `${field.sv} ska vara ${expected.sv}, inte ${found.sv}.`, en: `${field.en} must be ${expected.en}, not ${found.en}.` };
}

interface FieldName {
  sv: string;
  en: string;
  /** The place an unknown key stands in: "posten", "`atc`". */
  svIn: string;
  enIn: string;
}

/** `atc`, "Post 2 i `names`", or the file itself, for the start of a sentence. */
function fieldName(path: ValuePath): FieldName {
  const last = path.at(-1);
  if (last === undefined) return { sv: 'Filen', en: 'The file', svIn: 'filen', enIn: 'the file' };
  if (typeof last === 'string') return { sv: `\`${last}\``, en: `\`${last}\``, svIn: `\`${last}\``, enIn: `\`${last}\`` };
  const list = path.at(-2);
  const ofList = typeof list === 'string' ? { sv: ` i \`${list}\``, en: ` of \`${list}\`` } : { sv: ' i listan', en: ' of the list' };
  return {
    sv: `Post ${last + 1}${ofList.sv}`,
    en: `Item ${last + 1}${ofList.en}`,
    svIn: `post ${last + 1}${ofList.sv}`,
    enIn: `item ${last + 1}${ofList.en}`,
  };
}

function quoted(items: readonly unknown[]): string {
  return items.map((item) => `\`${String(item)}\``).join(', ');
}
