/**
 * `markdown` with the `## ` section that starts with `heading` replaced by `section` (up to
 * the next `## ` heading), or with `section` appended when there is no such section yet.
 */
export function replaceSection(markdown: string, heading: string, section: readonly string[]): string {
  const lines = markdown.trimEnd().split('\n');
  const start = lines.indexOf(heading);
  const body = [...section];
  while (body.at(-1) === '') body.pop();
  if (start === -1) return `${[...lines, '', ...body].join('\n')}\n`;
  let end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  if (end === -1) end = lines.length;
  const after = lines.slice(end);
  return `${[...lines.slice(0, start), ...body, ...(after.length > 0 ? ['', ...after] : [])].join('\n')}\n`;
}
