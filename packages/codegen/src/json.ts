/** JSON as published: two-space indent and a final newline, so files diff well and build byte-identically. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
