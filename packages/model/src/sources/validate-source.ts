import type { Diagnostic, Source } from '@guideline-as-code/types';
import validators from '../generated/validate-sources.cjs';
import { instancePathKeys, type ValuePath } from '../instance-path.js';
import { explainSchemaError } from './explain-schema-error.js';
import type { SourceFormat } from './source-schemas.js';
import type { AjvError } from '../validate-graph.d.cts';

/** Where the values and keys of a source file are, as its reader knows them. */
export interface SourceLocator {
  /** The span of the value at a path (the nearest existing node where the path leads nowhere). */
  valueAt(path: ValuePath): Source;
  /** The span of the key of the entry at a path, e.g. the `titel` of `titel: …`. */
  keyAt(path: ValuePath): Source;
}

/** What a schema says about one source value. */
export interface SourceValidation {
  diagnostics: Diagnostic[];
  /** The path of every value that broke the schema (for an unknown key: the key's entry). */
  invalid: ValuePath[];
}

/**
 * Validates a source value (a lexicon entry, a reference list, …) against its JSON Schema with
 * the validator precompiled at build time, and maps every error's instance path back to the
 * YAML or JSON node it concerns. The rule id is `schema:<keyword>`, as for the graph; the
 * message says in Swedish and English what was expected and what was found.
 */
export function validateSource(format: SourceFormat, value: unknown, locate: SourceLocator): SourceValidation {
  const validate = validators[format];
  if (validate(value)) return { diagnostics: [], invalid: [] };
  const errors = withoutBranchErrors(validate.errors ?? []);
  const diagnostics: Diagnostic[] = [];
  const invalid: ValuePath[] = [];
  for (const error of errors) {
    const path = instancePathKeys(error.instancePath, value);
    const unknownKey = error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : null;
    diagnostics.push({
      ruleId: `schema:${error.keyword}`,
      severity: 'error',
      message: explainSchemaError(error, path, value),
      source: unknownKey === null ? locate.valueAt(path) : locate.keyAt([...path, unknownKey]),
    });
    invalid.push(unknownKey === null ? path : [...path, unknownKey]);
  }
  return { diagnostics, invalid };
}

/**
 * Where a value matches none of the alternatives of an `anyOf` (a CSL date that is neither a
 * text nor an object), ajv also reports why each alternative failed; one finding that names
 * what is expected says more. An `if`/`then` error repeats the `then` error it comes with.
 */
function withoutBranchErrors(errors: readonly AjvError[]): AjvError[] {
  const alternatives = errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf').map((error) => error.instancePath);
  const within = (path: string, parent: string) => path === parent || path.startsWith(`${parent}/`);
  return errors.filter((error) => {
    if (error.keyword === 'if') return false;
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') return true;
    return !alternatives.some((parent) => within(error.instancePath, parent));
  });
}
