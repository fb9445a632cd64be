// One builder per rejection, so that every message for a code is written in one place.
import { DoseCalculationError, type DoseInputField, type LocalizedText } from './dose-calculation-error.js';
import { plausibilityLimitSource } from './dose-limit.js';
import type { Quantity } from './quantity.js';
import type { QuantitySpec } from './quantity-spec.js';
import { showNumber, showQuantity, showValue } from './show.js';

type Spec = QuantitySpec<string>;

function withHint(text: LocalizedText, hint: LocalizedText | undefined): LocalizedText {
  return hint ? { en: `${text.en} ${hint.en}`, sv: `${text.sv} ${hint.sv}` } : text;
}

export function notAQuantity(spec: Spec, input: unknown): DoseCalculationError {
  const example = `\`{ value: ${spec.example.value}, unit: '${spec.example.unit}' }\``;
  return new DoseCalculationError(
    'not-a-quantity',
    {
      en: `${spec.name.en} must be given as a value and a unit, e.g. ${example}; got \`${showValue(input)}\`.`,
      sv: `${spec.name.sv} ska anges som värde och enhet, t.ex. ${example}; fick \`${showValue(input)}\`.`,
    },
    spec.field,
  );
}

export function notFinite(spec: Spec, value: unknown, unit: unknown): DoseCalculationError {
  const given = showQuantity(value, unit);
  return new DoseCalculationError(
    'not-finite',
    {
      en: `${spec.name.en} must be a finite number; got ${given}.`,
      sv: `${spec.name.sv} måste vara ett ändligt tal; fick ${given}.`,
    },
    spec.field,
  );
}

/** The value is finite but overflows once converted, e.g. `1e308 g` to mg. */
export function tooLargeToConvert(spec: Spec, value: number, unit: string): DoseCalculationError {
  const given = showQuantity(value, unit);
  return new DoseCalculationError(
    'not-finite',
    {
      en: `${spec.name.en} ${given} is too large to calculate with.`,
      sv: `${spec.name.sv} ${given} går inte att räkna med: talet är för stort.`,
    },
    spec.field,
  );
}

export function notPositive(spec: Spec, value: number, unit: string): DoseCalculationError {
  const given = showQuantity(value, unit);
  return new DoseCalculationError(
    'not-positive',
    {
      en: `${spec.name.en} must be greater than zero; got ${given}.`,
      sv: `${spec.name.sv} måste vara större än noll; fick ${given}.`,
    },
    spec.field,
  );
}

/** The value is positive but underflows to zero once converted, e.g. `1e-320 ug` to mg. */
export function tooSmallToConvert(spec: Spec, value: number, unit: string): DoseCalculationError {
  const given = showQuantity(value, unit);
  return new DoseCalculationError(
    'not-positive',
    {
      en: `${spec.name.en} ${given} is too small to calculate with.`,
      sv: `${spec.name.sv} ${given} går inte att räkna med: talet är för litet.`,
    },
    spec.field,
  );
}

export function unknownUnit(spec: Spec, unit: unknown, suggestion: string | undefined): DoseCalculationError {
  const shown = typeof unit === 'string' ? `\`${unit}\`` : `\`${showValue(unit)}\``;
  const didYouMean = suggestion ? { en: ` (did you mean \`${suggestion}\`?)`, sv: ` (menade du \`${suggestion}\`?)` } : { en: '', sv: '' };
  return new DoseCalculationError(
    'unknown-unit',
    {
      en: `${spec.name.en} is given in ${shown}, which is not a UCUM unit code${didYouMean.en}; use ${spec.expected.en}.`,
      sv: `${spec.name.sv} har enheten ${shown}, som inte är en UCUM-enhetskod${didYouMean.sv}; använd ${spec.expected.sv}.`,
    },
    spec.field,
  );
}

export function annotatedUnit(spec: Spec, unit: string, annotation: string): DoseCalculationError {
  return new DoseCalculationError(
    'annotated-unit',
    withHint(
      {
        en: `${spec.name.en} is given in \`${unit}\`, whose annotation \`${annotation}\` UCUM reads as 1, so the unit cannot be checked; use ${spec.expected.en}.`,
        sv: `${spec.name.sv} har enheten \`${unit}\`, vars annotering \`${annotation}\` UCUM läser som 1, så enheten kan inte kontrolleras; använd ${spec.expected.sv}.`,
      },
      spec.unitHint?.(unit),
    ),
    spec.field,
  );
}

export function wrongUnit(spec: Spec, unit: string): DoseCalculationError {
  return new DoseCalculationError(
    'wrong-unit',
    withHint(
      {
        en: `${spec.name.en} is given in \`${unit}\`, which cannot be converted to \`${spec.unit}\`; use ${spec.expected.en}.`,
        sv: `${spec.name.sv} har enheten \`${unit}\`, som inte kan räknas om till \`${spec.unit}\`; använd ${spec.expected.sv}.`,
      },
      spec.unitHint?.(unit),
    ),
    spec.field,
  );
}

/** A height in `cm` so small that it must be metres: 1.7 cm for 1.7 m. */
export function heightLooksLikeMetres(spec: Spec, value: number): DoseCalculationError {
  const given = showQuantity(value, 'cm');
  const asCentimetres = `\`${showNumber(value * 100)} cm\``;
  const asMetres = `\`${value} m\``;
  return new DoseCalculationError(
    'height-looks-like-metres',
    {
      en: `${spec.name.en} ${given} looks like metres: did you mean ${asCentimetres} or ${asMetres}?`,
      sv: `${spec.name.sv} ${given} ser ut att vara i meter: menade du ${asCentimetres} eller ${asMetres}?`,
    },
    spec.field,
  );
}

/** A value outside a plausibility or accepted range; `min` is absent when only a maximum applies. */
export function outOfRange(
  code: 'implausible-height' | 'implausible-weight' | 'implausible-gfr' | 'implausible-body-surface-area' | 'auc-out-of-range',
  spec: Spec,
  given: { value: number; unit: string },
  converted: number,
  range: { readonly min?: number; readonly max: number },
  why: LocalizedText,
): DoseCalculationError {
  const shown = showQuantity(given.value, given.unit);
  const inUnit = given.unit === spec.unit ? '' : ` (${showNumber(converted)} ${spec.unit})`;
  const limits =
    range.min === undefined
      ? { en: `above ${range.max} ${spec.unit}`, sv: `över ${range.max} ${spec.unit}` }
      : { en: `outside ${range.min} to ${range.max} ${spec.unit}`, sv: `utanför ${range.min}–${range.max} ${spec.unit}` };
  return new DoseCalculationError(
    code,
    {
      en: `${spec.name.en} ${shown}${inUnit} is ${limits.en}, ${why.en}.`,
      sv: `${spec.name.sv} ${shown}${inUnit} ligger ${limits.sv}, ${why.sv}.`,
    },
    spec.field,
    { ...(range.min === undefined ? {} : { min: range.min }), max: range.max, unit: spec.unit, source: plausibilityLimitSource },
  );
}

/** The dose needs a patient value that was not given; `messages` says which and why. */
export function missingPatientValue(field: DoseInputField, messages: LocalizedText): DoseCalculationError {
  return new DoseCalculationError('missing-patient-value', messages, field);
}

export function unknownDoseKind(kind: unknown): DoseCalculationError {
  const shown = `\`${showValue(kind)}\``;
  const kinds = '`flat`, `body-surface`, `weight`, `auc`';
  return new DoseCalculationError(
    'unknown-dose-kind',
    {
      en: `Dose kind ${shown} is not known; use one of ${kinds}.`,
      sv: `Dostypen ${shown} är okänd; använd en av ${kinds}.`,
    },
    'kind',
  );
}

export function unknownBodySurfaceAreaMethod(method: unknown): DoseCalculationError {
  const shown = `\`${showValue(method)}\``;
  return new DoseCalculationError(
    'unknown-body-surface-area-method',
    {
      en: `Body-surface area method ${shown} is not known; use \`mosteller\` or \`dubois\`.`,
      sv: `Kroppsytemetoden ${shown} är okänd; använd \`mosteller\` eller \`dubois\`.`,
    },
    'bodySurfaceAreaMethod',
  );
}

/** The inputs passed every check but their product is no usable dose (overflow or underflow). */
export function doseOutOfRange(field: DoseInputField, amount: Quantity, result: number): DoseCalculationError {
  const calculated = showQuantity(result, 'mg');
  const prescribed = showQuantity(amount.value, amount.unit);
  return new DoseCalculationError(
    'dose-out-of-range',
    {
      en: `The calculated dose, ${calculated}, cannot be used; check the dose ${prescribed} and the patient's values.`,
      sv: `Den beräknade dosen, ${calculated}, går inte att använda; kontrollera dosen ${prescribed} och patientens värden.`,
    },
    field,
  );
}
