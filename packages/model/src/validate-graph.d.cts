// Type of the standalone validator that scripts/compile-validators.mjs generates with ajv.
interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
declare const validators: { validateGraph: CompiledValidator; validateNode: CompiledValidator };
export = validators;
