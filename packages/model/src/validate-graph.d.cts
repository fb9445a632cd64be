// Type of the standalone validator that scripts/compile-validators.mjs generates with ajv.
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** The schema object whose keyword failed (validators compiled with `verbose`). */
  parentSchema?: Readonly<Record<string, unknown>>;
}
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
declare const validators: { validateGraph: CompiledValidator; validateNode: CompiledValidator };
export = validators;
