// How values appear in error messages: as the user typed them, in backticks.

/** Formats any input value for a message, whatever its type. */
export function showValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Cyclic objects cannot be serialised; their type is all the message needs.
    return Object.prototype.toString.call(value);
  }
}

/** `70 kg`, in backticks. */
export function showQuantity(value: unknown, unit: unknown): string {
  const unitText = typeof unit === 'string' ? unit : showValue(unit);
  return `\`${showValue(value)} ${unitText}\``;
}

/** A converted value for a message: six significant digits hide binary noise (170.00220000000004). */
export function showNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}
