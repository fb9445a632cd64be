/**
 * The TypeError an accessor throws for an id that is not one (from untyped code): `message`
 * with `{id}` standing for the id, in backticks, and `{known}` for the ids there are.
 */
export function unknownIdError(message: string, id: unknown, known: readonly string[] = []): TypeError {
  // One pass with a function: an id holding `{known}`, `$&` or `$1` is written as it is.
  return new TypeError(message.replace(/\{id\}|\{known\}/g, (placeholder) => (placeholder === '{id}' ? `\`${String(id)}\`` : known.join(', '))));
}
