import type { LocalizedText } from '@guideline-as-code/types';

/** A JSON Schema object, read for the words of a message. */
export type SchemaNode = Readonly<Record<string, unknown>>;

/**
 * What a value of the schema looks like, in words: "ett objekt med `code` och `source`",
 * "en av `mg`, `mg/m2`", "en ATC-kod som `L01XA02`". Formats whose shape is hard to say from
 * the schema alone are named by their title.
 */
export function describeExpected(schema: SchemaNode): LocalizedText {
  const title = typeof schema['title'] === 'string' ? schema['title'] : '';
  const named = namedFormats[title];
  if (named) return named;
  if (Array.isArray(schema['enum'])) return oneOf(schema['enum']);
  if ('const' in schema) return { sv: `\`${String(schema['const'])}\``, en: `\`${String(schema['const'])}\`` };
  if (typeof schema['pattern'] === 'string' && Array.isArray(schema['examples'])) {
    const example = String(schema['examples'][0]);
    return { sv: `en text av formen \`${example}\``, en: `a text of the form \`${example}\`` };
  }
  const types = Array.isArray(schema['type']) ? (schema['type'] as string[]) : typeof schema['type'] === 'string' ? [schema['type']] : [];
  if (types.length === 0) return { sv: 'ett tillåtet värde', en: 'an allowed value' };
  const words = types.map((type) => typeWords(type, schema));
  return { sv: words.map((w) => w.sv).join(' eller '), en: words.map((w) => w.en).join(' or ') };
}

/** What was found, in words: "talet `12`", "texten `abc`", "en lista". */
export function describeValue(value: unknown): LocalizedText {
  if (value === null || value === undefined) return { sv: 'ett tomt värde', en: 'an empty value' };
  if (typeof value === 'number') return { sv: `talet \`${value}\``, en: `the number \`${value}\`` };
  if (typeof value === 'boolean') return { sv: `\`${String(value)}\``, en: `\`${String(value)}\`` };
  if (typeof value === 'string') return { sv: `texten \`${shorten(value)}\``, en: `the text \`${shorten(value)}\`` };
  if (Array.isArray(value)) return { sv: 'en lista', en: 'a list' };
  return { sv: 'ett objekt', en: 'an object' };
}

/** The known key nearest to a misspelt one (`titel` → `title`), if one is near enough. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance <= Math.max(key.length >= 4 ? 2 : 1, Math.floor(key.length / 3)) && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

const namedFormats: Readonly<Record<string, LocalizedText>> = {
  AtcCode: { sv: 'en ATC-kod av formen `L01XA02`', en: 'an ATC code of the form `L01XA02`' },
  CslDate: {
    sv: 'ett datum enligt CSL-JSON, t.ex. `{ date-parts: [[2022, 3, 1]] }` eller texten `"2022-03-01"`',
    en: 'a CSL-JSON date, e.g. `{ date-parts: [[2022, 3, 1]] }` or the text `"2022-03-01"`',
  },
  EdtfDate: { sv: 'ett datum av formen `2022-03-01`', en: 'a date of the form `2022-03-01`' },
  RuleSettingSource: {
    sv: '`off`, `info`, `warning` eller `error`, eller `[grad, alternativ]`',
    en: '`off`, `info`, `warning` or `error`, or `[severity, options]`',
  },
};

function typeWords(type: string, schema: SchemaNode): LocalizedText {
  switch (type) {
    case 'object': {
      const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
      if (required.length === 0) return { sv: 'ett objekt (nyckel: värde)', en: 'an object (key: value pairs)' };
      const keys = required.map((key) => `\`${key}\``);
      return { sv: `ett objekt med ${joined(keys, 'och')}`, en: `an object with ${joined(keys, 'and')}` };
    }
    case 'array':
      return { sv: 'en lista', en: 'a list' };
    case 'string':
      return { sv: 'en text', en: 'a text' };
    case 'integer':
      return { sv: 'ett heltal', en: 'a whole number' };
    case 'number':
      return { sv: 'ett tal', en: 'a number' };
    case 'boolean':
      return { sv: '`true` eller `false`', en: '`true` or `false`' };
    default:
      return { sv: `\`${type}\``, en: `\`${type}\`` };
  }
}

function oneOf(values: readonly unknown[]): LocalizedText {
  const listed = values.slice(0, 12).map((value) => `\`${String(value)}\``);
  const more = values.length > 12 ? { sv: ' …', en: ' …' } : { sv: '', en: '' };
  if (values.length === 1) return { sv: listed[0]!, en: listed[0]! };
  return { sv: `en av ${listed.join(', ')}${more.sv}`, en: `one of ${listed.join(', ')}${more.en}` };
}

function joined(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
