/**
 * The TypeError an accessor throws for an id that is not one (from untyped code): `message`
 * with `{id}` standing for the id, in backticks.
 */
export function unknownIdError(message: string, id: unknown): TypeError {
  // A function, so that `$&` or `$1` in the id is not read as a replacement pattern.
  return new TypeError(message.replace('{id}', () => `\`${String(id)}\``));
}
