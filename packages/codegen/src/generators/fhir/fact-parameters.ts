import type { Facts } from '@guideline-as-code/conditions';
import type { Parameters, ParametersParameter } from '@medplum/fhirtypes';

/**
 * A patient's facts as the `Parameters` resource the applicability conditions read as `%facts`:
 * one `parameter` per known fact, `name` the fact id, `valueCode` for an enumeration value,
 * `valueBoolean` for yes/no, `valueDecimal` for a number. An unknown fact has no parameter.
 */
export function factParameters(facts: Facts): Parameters {
  const parameter: ParametersParameter[] = [];
  for (const [name, value] of Object.entries(facts).sort(([a], [b]) => a.localeCompare(b))) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') parameter.push({ name, valueCode: value });
    else if (typeof value === 'boolean') parameter.push({ name, valueBoolean: value });
    else parameter.push({ name, valueDecimal: value });
  }
  return { resourceType: 'Parameters', parameter };
}
