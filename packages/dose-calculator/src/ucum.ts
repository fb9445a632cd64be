// The only module that touches the UCUM library, so that it can be swapped or upgraded in one place.
import ucum from '@lhncbc/ucum-lhc';

/** What UCUM says about a unit string. */
export type UnitCheck =
  | { readonly status: 'valid'; readonly code: string }
  /** `suggestion` is the UCUM code UCUM offers for a unit name, e.g. `kg` for `kilogram`. */
  | { readonly status: 'unknown'; readonly suggestion?: string }
  /** UCUM reads an annotation such as `{1.73_m2}` as 1, so the unit would silently lose meaning. */
  | { readonly status: 'annotated'; readonly annotation: string };

type Utils = ReturnType<typeof ucum.UcumLhcUtils.getInstance>;
let utils: Utils | undefined;

// The unit tables take some 30 ms to load, so they are loaded on first use, not on import.
function ucumUtils(): Utils {
  utils ??= ucum.UcumLhcUtils.getInstance();
  return utils;
}

/** Checks that `unit` is a valid UCUM code without annotations; returns it normalised (trimmed). */
export function checkUnit(unit: string): UnitCheck {
  const code = unit.trim();
  const annotation = /\{[^{}]*\}/.exec(code);
  if (annotation) return { status: 'annotated', annotation: annotation[0] };
  if (!looksLikeUcum(code)) return { status: 'unknown' };
  let validation;
  try {
    validation = ucumUtils().validateUnitString(code);
  } catch {
    // The library throws on a few malformed strings; for the caller that is an unknown unit.
    return { status: 'unknown' };
  }
  // `unit.code` is missing for names on Object.prototype (`toString`), which the library's
  // table lookup finds and calls valid.
  if (validation.status !== 'valid' || validation.unit?.code === undefined) {
    return validation.ucumCode && validation.status !== 'valid'
      ? { status: 'unknown', suggestion: validation.ucumCode }
      : { status: 'unknown' };
  }
  return { status: 'valid', code };
}

// Strings the library would reject anyway, but only after logging a parser crash to the
// console: blanks, characters outside printable ASCII, braces (annotations are refused above,
// and an unbalanced brace is no unit), empty parentheses, and a closing parenthesis followed
// by anything but an operator or another one (`(5)8`, `(4)(74)`: UCUM gives a group no exponent).
function looksLikeUcum(code: string): boolean {
  return /^[\x21-\x7e]+$/.test(code) && !/[{}]/.test(code) && !code.includes('()') && !/\)[^./)]/.test(code);
}

/**
 * Converts `value` from one valid UCUM unit to another. Returns `undefined` when the units
 * measure different things (`cm` to `kg`), including mass and amount of substance, which
 * would need a molecular weight.
 */
export function convertUnit(value: number, fromUnit: string, toUnit: string): number | undefined {
  // Spare a round trip through UCUM's factors, which can change the last digit (5 → 4.999…).
  if (fromUnit === toUnit) return value;
  if (!looksLikeUcum(fromUnit) || !looksLikeUcum(toUnit)) return undefined;
  try {
    const conversion = ucumUtils().convertUnitTo(fromUnit, value, toUnit);
    return conversion.status === 'succeeded' && conversion.toVal !== null ? conversion.toVal : undefined;
  } catch {
    // As above: a unit the library cannot handle is a unit we cannot convert.
    return undefined;
  }
}
